using System.Text.Json;
using Orkhon.Cli;

namespace Orkhon.Tests.Cli;

/// <summary>
/// The analysis verbs at the edges that used to print a stack trace (issue 8): each ends with a one-line
/// message and exit 1 (a bad command-line value), or with a sensible answer, and never shows a build path.
/// </summary>
public sealed class AnalysisEdgeCaseTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private CliResult Orkhon(params string[] args) => CliRunner.Run(_dir.File("orkhon.db"), args);

    private static void AssertNoStackTrace(CliResult r)
    {
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("balance", "--to", "9999", "--by", "quarter")] // the last quarter of 9999 overflowed; now too many periods
    [InlineData("balance", "--from", "0001", "--to", "9999")] // 9,999 years: 8.9 MB of empty rows before
    [InlineData("balance", "--from", "2024", "--to", "9999", "--by", "quarter", "--format", "json")]
    public void Balance_HugeRange_RefusedWithTheLimitAndExit1(params string[] args)
    {
        var r = Orkhon(args);
        Assert.True(r.ExitCode == ExitCodes.Usage, r.ToString());
        Assert.Contains("at most 1,000 periods", r.Stderr, StringComparison.Ordinal);
        Assert.Equal("", r.Stdout.Trim());
        AssertNoStackTrace(r);
    }

    [Theory]
    [InlineData("mongolia-2023", null, "2011")] // in force from 2011-02-10: not 1961, the knowledge base's first row
    [InlineData("mongolia-1994", null, "1994")]
    [InlineData("mongolia-2023", "1990", "1990")] // asked for: earlier years are shown
    public void Balance_ByYear_RunsWhileTheFrameworkWasInForceUnlessAsked(string framework, string? from, string firstPeriod)
    {
        string[] args = from is null
            ? ["balance", "--framework", framework, "--format", "json"]
            : ["balance", "--framework", framework, "--from", from, "--format", "json"];
        var r = Orkhon(args);
        Assert.True(r.ExitCode == 0, r.ToString());
        var periods = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(firstPeriod, periods[0].GetProperty("period").GetProperty("label").GetString());
        if (framework == "mongolia-1994" && from is null)
        {
            Assert.Equal("2011", periods[periods.GetArrayLength() - 1].GetProperty("period").GetProperty("label").GetString()); // replaced on 2011-02-10
        }
    }

    [Fact]
    public void Balance_RangeEndingIn9999_WithinTheLimit_Answers()
    {
        var r = Orkhon("balance", "--from", "9800", "--to", "9999", "--by", "quarter", "--format", "json");
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        using var json = JsonDocument.Parse(r.Stdout);
        Assert.Equal(800, json.RootElement.GetArrayLength());
        Assert.Equal("9999-12-31", json.RootElement[799].GetProperty("period").GetProperty("end").GetString());
    }

    [Fact]
    public void Corridors_FromAStateToItself_TheTrivialPath()
    {
        var r = Orkhon("corridors", "--from", "MNG", "--to", "MNG", "--format", "json");
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        using var json = JsonDocument.Parse(r.Stdout);
        Assert.Equal(["MNG"], json.RootElement.GetProperty("shortest_path").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, json.RootElement.GetProperty("unavoidable_transit").GetArrayLength());

        var table = Orkhon("corridors", "--from", "MNG", "--to", "MNG");
        Assert.True(table.ExitCode == ExitCodes.Success, table.ToString());
        Assert.Contains("the same state, no border to cross", table.Stdout, StringComparison.Ordinal);
        AssertNoStackTrace(table);
    }

    [Theory]
    [InlineData("pivot", "--pillar", "central-asia", "--before", "9999-12..", "--after", "2023..")]
    [InlineData("pivot", "--pillar", "central-asia", "--before", "2015..2022", "--after", "9999-12-31..")]
    [InlineData("report", "--out", "r.html", "--before", "9999-12..")]
    public void WindowAtTheEdgeOfTheCalendar_RefusedWithExit1(params string[] args)
    {
        var r = Orkhon(args);
        Assert.True(r.ExitCode == ExitCodes.Usage, r.ToString());
        // The message names the one window refused, as the API's 400 does (errors.before or errors.after).
        var refused = args[Array.FindIndex(args, a => a.Contains("9999", StringComparison.Ordinal)) - 1];
        Assert.Contains($"{refused}: '", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("is not a range such as 2015..2022", r.Stderr, StringComparison.Ordinal);
        AssertNoStackTrace(r);
    }

    [Theory]
    [InlineData("tone", "--from", "2024", "--to", "2020")] // an empty range is an empty answer
    [InlineData("reciprocity", "--from", "2024", "--to", "2020")]
    [InlineData("balance", "--from", "2024", "--to", "2020")]
    [InlineData("balance", "--from", "1900", "--to", "1900", "--by", "quarter")] // before any data
    public void EmptyRanges_Answer(params string[] args)
    {
        var r = Orkhon(args);
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        AssertNoStackTrace(r);
    }
}
