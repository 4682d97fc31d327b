using System.Text;
using Orkhon.Domain;
using Orkhon.Reading;

namespace Orkhon.Tests.Reading;

public sealed class DocumentReaderTests
{
    [Fact]
    public void ReadFile_PlainText_KeepsTextAsIs()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", "Mongolia joined the WTO in 1997.\n");
        var result = DocumentReader.ReadFile(path);
        Assert.True(result.IsSuccess);
        Assert.Equal("Mongolia joined the WTO in 1997.\n", result.Document!.Text);
        Assert.Equal(path, result.Document.Path);
    }

    [Fact]
    public void ReadFile_Utf8Bom_IsDropped_Utf16WithBom_IsDecoded()
    {
        using var dir = new TempDirectory();
        var bom = dir.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. "Ulaanbaatar"u8]);
        Assert.Equal("Ulaanbaatar", DocumentReader.ReadFile(bom).Document!.Text);
        var utf16 = dir.WriteBytes("u16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Өргөө")]);
        Assert.Equal("Өргөө", DocumentReader.ReadFile(utf16).Document!.Text);
    }

    [Fact]
    public void ReadFile_Markdown_FrontMatterGivesMetadataAndIsNotText()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.md", "---\ntitle: Visit to Bishkek\nurl: https://example.org/x\ndate: 2025-07-21\n---\nThe president arrived.\n");
        var doc = DocumentReader.ReadFile(path).Document!;
        Assert.Equal("Visit to Bishkek", doc.Title);
        Assert.Equal("https://example.org/x", doc.Url);
        Assert.Equal(FuzzyDate.OfDay(2025, 7, 21), doc.Published);
        Assert.Equal("The president arrived.\n", doc.Text);
    }

    [Fact]
    public void ReadFile_Html_DropsFurnitureAndReadsMeta()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.html", """
            <html><head><title>Fallback</title>
            <meta property="og:title" content="Mongolia and Uzbekistan sign accords">
            <meta property="article:published_time" content="2024-06-14T08:00:00Z">
            <link rel="canonical" href="https://news.example/mng-uzb"></head>
            <body><nav>Home | World | Sport</nav>
            <article><h1>Mongolia and Uzbekistan sign accords</h1>
            <p>President Khurelsukh   visited Tashkent in June 2024.</p>
            <div class="share-buttons">Share on Facebook</div>
            <figure><img src="x.jpg"><figcaption>Photo: press office</figcaption></figure>
            <p>Photo credit: Office of the President</p>
            <p>#Mongolia #Uzbekistan</p>
            <script>alert('x')</script></article>
            <footer>© News</footer></body></html>
            """);
        var doc = DocumentReader.ReadFile(path).Document!;
        Assert.Equal("Mongolia and Uzbekistan sign accords", doc.Title);
        Assert.Equal("https://news.example/mng-uzb", doc.Url);
        Assert.Equal(FuzzyDate.OfDay(2024, 6, 14), doc.Published);
        Assert.Equal("Mongolia and Uzbekistan sign accords\n\nPresident Khurelsukh visited Tashkent in June 2024.", doc.Text);
    }

    [Fact]
    public void ReadFile_OptionsOverrideFileMetadata()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.md", "---\ntitle: Own\n---\nText.\n");
        var doc = DocumentReader.ReadFile(path, new ReadOptions { Title = "Given", PublishedDate = FuzzyDate.OfMonth(2024, 9) }).Document!;
        Assert.Equal("Given", doc.Title);
        Assert.Equal(FuzzyDate.OfMonth(2024, 9), doc.Published);
    }

    // Bad input: each case is refused with a message naming the file (and the position where one applies).
    [Fact]
    public void ReadFile_Missing_NamesTheFile()
    {
        var problem = DocumentReader.ReadFile("/nonexistent/x.txt").Problem!;
        Assert.Equal("/nonexistent/x.txt", problem.Path);
        Assert.Contains("no such file", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n")]
    public void ReadFile_Empty_IsRefused(string content)
    {
        using var dir = new TempDirectory();
        var problem = DocumentReader.ReadFile(dir.Write("e.txt", content)).Problem!;
        Assert.Contains("empty", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_Binary_ReportsOffsetOfFirstNul()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("b.txt", [.. "ab\ncd"u8, 0, 1, 2]);
        var problem = DocumentReader.ReadFile(path).Problem!;
        Assert.Contains("binary", problem.Message, StringComparison.Ordinal);
        Assert.Equal(5, problem.ByteOffset);
        Assert.Equal(2, problem.Line);
        Assert.StartsWith(path + ":2 (byte 5)", problem.ToString(), StringComparison.Ordinal);
    }

    // A problem of the parsed text has a line but no byte offset: the line was dropped from the message header, which named
    // only the file.
    [Theory]
    [InlineData("---\ntitle: x\nno end\n", 1)] // front matter never closed: the opening line
    [InlineData("---\ntitle: x\ndate: [1, 2\n---\nText.\n", 3)] // bad YAML on the third line
    public void ReadFile_BadFrontMatter_NamesTheFileAndLine(string content, int line)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("front.md", content);
        var problem = DocumentReader.ReadFile(path).Problem!;
        Assert.Equal(line, problem.Line);
        Assert.Null(problem.ByteOffset);
        Assert.StartsWith($"{path}:{line}: front matter", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_InvalidUtf8_ReportsByteOffsetAndLine()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("bad.txt", [.. "line one\nline two \u00e9"u8, 0xC3, 0x28, .. " rest"u8]);
        var problem = DocumentReader.ReadFile(path).Problem!;
        Assert.Contains("invalid UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, problem.Line);
        Assert.Equal(20, problem.ByteOffset);
    }

    [Fact]
    public void ReadFile_InvalidUtf8FarIntoTheFile_NamesItsOffsetAndLine()
    {
        using var dir = new TempDirectory();
        var line = "Mongolia and China signed an agreement.\n"u8.ToArray();
        var text = Enumerable.Repeat(line, 2000).SelectMany(b => b).ToArray();
        var path = dir.WriteBytes("bad.txt", [.. text, 0xFF, .. "after"u8]);
        var problem = DocumentReader.ReadFile(path).Problem!;
        Assert.Contains("invalid UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Equal(text.Length, problem.ByteOffset);
        Assert.Equal(2001, problem.Line);
    }

    [Fact]
    public void ReadFile_OverTheSizeLimit_IsRefusedWithoutReading()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("big.txt", new string('a', 2000));
        var problem = DocumentReader.ReadFile(path, new ReadOptions { MaxFileBytes = 1000 }).Problem!;
        Assert.Contains("over the limit", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_UnsupportedType_IsRefused()
    {
        using var dir = new TempDirectory();
        var problem = DocumentReader.ReadFile(dir.Write("x.pdf", "%PDF")).Problem!;
        Assert.Contains("unsupported file type", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_UnclosedFrontMatter_IsRefusedWithLine()
    {
        using var dir = new TempDirectory();
        var problem = DocumentReader.ReadFile(dir.Write("x.md", "---\ntitle: x\nno end")).Problem!;
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void ReadFile_InvalidYamlInFrontMatter_NamesTheLineOfTheFile()
    {
        using var dir = new TempDirectory();
        var problem = DocumentReader.ReadFile(dir.Write("x.md", "---\ntitle: x\nurl: [unclosed\n---\nMongolia and Japan signed an accord.")).Problem!;
        Assert.True(problem.Line is >= 3, $"line {problem.Line}: {problem}");
    }

    [Fact]
    public void ReadText_BrokenNestedHtml_DoesNotThrow()
    {
        var result = DocumentReader.ReadText("<div><p>Mongolia <b>and <i>Japan</div></p> signed <table><tr><td>an accord.", DocumentFormat.Html, "x.html");
        Assert.True(result.IsSuccess);
        Assert.Contains("Mongolia and Japan", result.Document!.Text, StringComparison.Ordinal);
    }
}
