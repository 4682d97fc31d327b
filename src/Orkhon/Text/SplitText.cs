using Orkhon.Domain;

namespace Orkhon.Text;

/// <summary>
/// A text split into sentences once, for everything that needs its sentences: the split runs on the
/// normalised text (curly quotes and the ellipsis character read as their plain forms, so "”" closes a
/// sentence as '"' does), and because normalising keeps every offset, the same bounds cut the original
/// text into the sentences a store keeps. Stored rows and the evidence spans of extracted events thus
/// always name the same sentences.
/// </summary>
public sealed class SplitText
{
    private SplitText(string text, string normalised, List<(int Start, int End)> bounds)
    {
        Text = text;
        Normalised = normalised;
        Bounds = bounds;
    }

    /// <summary>The text as the document has it.</summary>
    public string Text { get; }

    /// <summary><see cref="Text"/> through <see cref="TextNormaliser"/>: same length, same offsets (the same instance when nothing needed folding).</summary>
    public string Normalised { get; }

    /// <summary>The sentences' positions, valid in both <see cref="Text"/> and <see cref="Normalised"/>.</summary>
    public IReadOnlyList<(int Start, int End)> Bounds { get; }

    public static SplitText Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = TextNormaliser.Normalise(text);
        return new SplitText(text, normalised, SentenceSplitter.Bounds(normalised));
    }

    /// <summary>The sentences as stored: the original text at each bound, numbered from 0.</summary>
    public List<Sentence> Sentences()
    {
        var sentences = new List<Sentence>(Bounds.Count);
        foreach (var (start, end) in Bounds)
        {
            sentences.Add(new Sentence(sentences.Count, start, end, Text[start..end]));
        }

        return sentences;
    }
}
