using System.Text;
using Orkhon.Reading;

namespace Orkhon.Tests.Reading;

public sealed class FrontMatterTests
{
    [Theory]
    // text, the file line the problem is reported on
    [InlineData("---\ntitle: a\n  b: [\n---\nx", 3)] // an indented mapping under a plain value
    [InlineData("---\n\ntitle: x\nbad: [a\n---\nbody", 4)] // a list still open at the end of the block
    [InlineData("---\ntitle: x\r\rdate: : :\n---\n", 2)] // lone carriage returns are not the file's line breaks
    [InlineData("---\ntitle: x\nno end", 1)] // never closed: the opening line
    [InlineData("---\ntitle: [unclosed\ndate years ago\n---\n", 2)] // fuzzing: YamlDotNet threw InvalidOperationException
    [InlineData("---\ntitle: !!str[unclosed\ndate:3000\n---\n", 2)] // fuzzing: YamlDotNet threw ArgumentException
    public void TryParse_MalformedBlock_ReportsTheFileLine(string text, int line)
    {
        Assert.False(FrontMatter.TryParse(text, out _, out var error, out var errorLine));
        Assert.False(string.IsNullOrEmpty(error));
        Assert.Equal(line, errorLine);
        Assert.Contains(error.Contains("never closed", StringComparison.Ordinal) ? "never closed" : $" line {line}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_NestedValuesAndAliases_KeepsOnlyTopLevelPlainValues()
    {
        var text = "---\ntitle: Visit\ntags: [a, b]\nauthor:\n  name: X\nanchor: &x Shared\nalias: *x\n? [complex]\n: skipped\nurl: U\n---\nBody";

        Assert.True(FrontMatter.TryParse(text, out var frontMatter, out _, out _));

        Assert.Equal(new Dictionary<string, string> { ["title"] = "Visit", ["anchor"] = "Shared", ["url"] = "U" }, frontMatter.Fields);
        Assert.Equal("Body", text[frontMatter.BodyStart..]);
    }

    [Theory]
    [InlineData('[', ']')] // flow sequences
    [InlineData('{', '}')] // flow mappings
    public void TryParse_HundredThousandNestedCollections_IsRefusedQuicklyWithItsLine(char open, char close)
    {
        var text = "---\ntitle: T\ntags: " + new string(open, 100_000) + new string(close, 100_000) + "\n---\nBody";

        var ((ok, error, line), elapsed) = HtmlHostileInputTests.OnSmallStack(() =>
            (FrontMatter.TryParse(text, out _, out var e, out var l), e, l));

        Assert.True(elapsed < TimeSpan.FromSeconds(120), $"{elapsed.TotalSeconds:F1} s"); // a hang guard only: the refusal below is what the old reader (40 s, no refusal) failed
        Assert.False(ok);
        Assert.Equal(3, line);
        Assert.Contains($"more than {FrontMatter.MaxFlowNesting} deep", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_NestingAtTheLimit_IsRead()
    {
        var nested = new string('[', FrontMatter.MaxFlowNesting) + new string(']', FrontMatter.MaxFlowNesting);

        Assert.True(FrontMatter.TryParse($"---\ntags: {nested}\ntitle: T\n---\nBody", out var frontMatter, out _, out _));
        Assert.Equal("T", frontMatter.Get("title"));
    }

    [Fact]
    public void TryParse_DeeplyNestedBlockSequence_DoesNotOverflowTheStack()
    {
        // "- - - … x": each dash opens a sequence inside the previous one.
        var text = "---\nlist: \n  " + string.Concat(Enumerable.Repeat("- ", 50_000)) + "x\ntitle: T\n---\nBody";

        var (frontMatter, elapsed) = HtmlHostileInputTests.OnSmallStack(() =>
            FrontMatter.TryParse(text, out var parsed, out _, out _) ? parsed : null);

        Assert.True(elapsed < TimeSpan.FromSeconds(120), $"{elapsed.TotalSeconds:F1} s"); // a hang guard only: the stack overflow this checks for would end the process
        Assert.Equal("T", frontMatter?.Get("title"));
    }

    [Theory]
    [InlineData("9999-12")]
    [InlineData("0000-00-00")]
    [InlineData("garbage")]
    [InlineData("3000 years ago")]
    public void TryParse_AnyDateText_IsKeptAsText(string date)
    {
        Assert.True(FrontMatter.TryParse($"---\ndate: {date}\n---\nBody", out var frontMatter, out _, out _));
        Assert.Equal(date, frontMatter.Get("date"));
    }
}
