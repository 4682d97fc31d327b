using System.Text;
using Orkhon.Extraction;
using Orkhon.Reading;
using Orkhon.Text;

namespace Orkhon.Tests.Text;

public sealed class FoldedTextTests
{
    // Curly quotes, dashes, a non-breaking space, a backtick, an ellipsis and a character outside the BMP, over the size
    // the streamed read starts at, so that folded characters fall at every offset of its chunks.
    private static string LargeText()
    {
        var text = new StringBuilder();
        for (var line = 0; text.Length < StreamedUtf8File.SmallestStreamedBytes; line++)
        {
            text.Append($"Mongolia’s president visited Beijing on 3\u00A0September 2024 – talks went “well”. A `note` followed… 𝐀 {line}.\n");
            text.Append("Japan condemned North Korea's missile launch on Tuesday.\n");
        }

        return text.ToString();
    }

    [Fact]
    public void TryReadFolded_GivesTheNormalisedTextAndTheDocumentsOwnAtAnySpan()
    {
        using var dir = new TempDirectory();
        var text = LargeText();
        var path = dir.Write("large.txt", text);
        Assert.Null(DocumentReader.ReadFileForExtraction(path, new ReadOptions { MaxFileBytes = long.MaxValue }, out var read));
        var folded = read!;
        Assert.Equal(TextNormaliser.Normalise(text), folded.Normalised);
        Assert.False(folded.IsUnchanged);
        Assert.Equal(text, folded.Original(0, text.Length));
        var random = new Random(23);
        for (var i = 0; i < 200; i++)
        {
            var start = random.Next(text.Length);
            var end = start + random.Next(Math.Min(300, text.Length - start) + 1);
            Assert.Equal(text[start..end], folded.Original(start, end));
        }
    }

    [Fact]
    public void SplitTextOfFolded_SplitsAndExtractsAsTheWholeText()
    {
        using var dir = new TempDirectory();
        var text = LargeText();
        var path = dir.Write("large.txt", text);
        Assert.Null(DocumentReader.ReadFileForExtraction(path, new ReadOptions { MaxFileBytes = long.MaxValue }, out var read));
        var folded = SplitText.Of(read!);
        var whole = SplitText.Of(text);
        Assert.Equal(whole.Bounds, folded.Bounds);
        Assert.Equal(whole.Sentences(), folded.Sentences());
        Assert.Equal(text, folded.Text);
        var date = new DateOnly(2024, 9, 10);
        var events = EventExtractor.Default.Extract(whole, date);
        Assert.NotEmpty(events);
        Assert.Equal(events, EventExtractor.Default.Extract(folded, date));
    }

    [Theory]
    [InlineData("large.md")]     // Markdown has front matter to read: the whole read
    [InlineData("small.txt")]    // under the streaming size: the whole read
    public void ReadFileForExtraction_OtherFiles_ReadWhole(string name)
    {
        using var dir = new TempDirectory();
        var path = dir.Write(name, name == "small.txt" ? "Mongolia’s president arrived." : LargeText());
        var whole = DocumentReader.ReadFileForExtraction(path, new ReadOptions { MaxFileBytes = long.MaxValue }, out var folded);
        Assert.Null(folded);
        Assert.Equal(DocumentReader.ReadFile(path, new ReadOptions { MaxFileBytes = long.MaxValue }).Document!.Text, whole!.Document!.Text);
    }

    [Fact]
    public void ReadFileForExtraction_TextThatFoldsToBlanks_ReadWhole()
    {
        using var dir = new TempDirectory();
        // A zero-width space folds to a space but is no white space: whether the document is empty is the whole read's call.
        var path = dir.Write("blank.txt", new string('\u200B', (int)StreamedUtf8File.SmallestStreamedBytes));
        var whole = DocumentReader.ReadFileForExtraction(path, new ReadOptions { MaxFileBytes = long.MaxValue }, out var folded);
        Assert.Null(folded);
        Assert.True(whole!.IsSuccess);
        Assert.True(DocumentReader.ReadFile(path, new ReadOptions { MaxFileBytes = long.MaxValue }).IsSuccess);
    }
}
