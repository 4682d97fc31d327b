namespace Orkhon.Tests.Cli;

/// <summary>
/// The date cases of the "Reliability first" report, through the real program: each used to end the
/// command with an unhandled exception (exit 134 or a stack trace) and, in an ingest, to store nothing.
/// </summary>
public sealed class ReliabilityRegressionTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static void AssertNoStackTrace(CliResult result) =>
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);

    [Theory]
    [InlineData("Nomads lived on the steppe 3000 years ago.")]
    [InlineData("The treaty was signed 99999999999 days ago.")]
    [InlineData("It happened 2147483648 years ago.")]
    public void Extract_DatedDocumentWithAnOutOfRangePhrase_CodesTheRestAndNotesIt(string sentence)
    {
        var file = _dir.Write("a.md", $"---\ndate: 2024-05-01\n---\n{sentence} Mongolia and Japan signed an accord on 3 March 2025.\n");
        var result = CliRunner.Run(_dir.File("o.db"), "extract", "--format", "jsonl", "--explain", file);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("JPN", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("ignored", result.Stderr, StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void Ingest_FolderWithOutOfRangePhrases_StoresEveryFile()
    {
        _dir.Write("in/1.md", "---\ndate: 2024-05-01\n---\nNomads lived on the steppe 3000 years ago.\n");
        _dir.Write("in/2.md", "---\ndate: 2024-05-01\n---\nThe treaty was signed 99999999999 days ago.\n");
        _dir.Write("in/3.txt", "Mongolia and Japan signed an accord on 3 March 2025.");
        var result = CliRunner.Run(_dir.File("o.db"), "ingest", "--format", "json", _dir.File("in"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(3, System.Text.Json.JsonDocument.Parse(result.Stdout).RootElement.GetProperty("added").GetArrayLength());
        AssertNoStackTrace(result);
    }

    [Theory]
    [InlineData("--from", "9999-12")]
    [InlineData("--from", "9999-12-31")]
    [InlineData("--to", "0001-01")]
    [InlineData("--from", "9999/..")]
    public void Events_DatesAtTheCalendarsEdge_Answer(string option, string value)
    {
        var result = CliRunner.Run(_dir.File("o.db"), "events", option, value, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        AssertNoStackTrace(result);
    }

    [Fact]
    public void Extract_FrontMatterDateAtTheCalendarsEnd_DoesNotCrash()
    {
        var file = _dir.Write("a.md", "---\ndate: 9999-12\n---\nMongolia and Japan signed an accord last year.\n");
        var result = CliRunner.Run(_dir.File("o.db"), "extract", "--format", "jsonl", file);
        Assert.True(result.ExitCode is 0 or 2, result.ToString());
        AssertNoStackTrace(result);
    }
}
