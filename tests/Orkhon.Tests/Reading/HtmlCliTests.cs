using Orkhon.Tests.Cli;

namespace Orkhon.Tests.Reading;

/// <summary>The hostile page through the real program: it used to die with exit 134 (stack overflow).</summary>
public sealed class HtmlCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Extract_ThirtyFiveThousandNestedSpans_ExitsNormally()
    {
        var page = _dir.Write("deep.html", HtmlHostileInputTests.Nest("<span>", 35_000, "Mongolia and Japan signed an economic partnership agreement in 2015."));

        var result = CliRunner.Run(_dir.File("orkhon.db"), "extract", "--format", "jsonl", page);

        Assert.True(result.ExitCode is 0 or 2, result.ToString());
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
