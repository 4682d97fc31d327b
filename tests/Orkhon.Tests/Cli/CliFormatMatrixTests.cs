using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using Orkhon.Cli;

namespace Orkhon.Tests.Cli;

/// <summary>
/// Every listing verb in every format through the real program, as the README promises: machine formats
/// parse, and tables are readable on an 80-column terminal. One knowledge-base database serves them all.
/// </summary>
public sealed partial class CliFormatMatrixTests(KnowledgeBaseDatabase database) : IClassFixture<KnowledgeBaseDatabase>
{
    private const int Narrow = 80;

    private static readonly Dictionary<string, string[]> s_verbs = new()
    {
        ["events"] = ["events", "--actor", "MNG", "--from", "2023"],
        ["timeline"] = ["timeline", "--actor", "MNG", "--partner", "KGZ"],
        ["actors"] = ["actors"],
        ["frameworks"] = ["frameworks"],
        ["balance"] = ["balance", "--from", "2015"],
        ["compare"] = ["compare", "--country", "MNG", "KAZ"],
        ["balance --measure trade"] = ["balance", "--measure", "trade", "--from", "1995", "--to", "2024"],
        ["balance --measure fdi"] = ["balance", "--measure", "fdi"],
        ["dependence"] = ["dependence", "--from", "1995", "--to", "2024"],
        ["pivot"] = ["pivot", "--pillar", "central-asia", "--before", "2015..2022", "--after", "2023..2025"],
        ["tone"] = ["tone"],
        ["reciprocity"] = ["reciprocity"],
        ["corridors"] = ["corridors", "--to", "UZB"],
        ["extract"] = ["extract"], // the article is added as its argument
        ["check"] = ["check"], // likewise
    };

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var verb in s_verbs.Keys)
        {
            foreach (var format in new[] { "table", "json", "jsonl", "csv" })
            {
                data.Add(verb, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void ListingVerb_EveryFormat_IsWellFormed(string verb, string format)
    {
        var r = Run(Narrow, [.. Args(verb), "--format", format]);
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        Assert.True(r.Stderr.Length == 0, r.ToString());
        switch (format)
        {
            case "json":
                using (var json = JsonDocument.Parse(r.Stdout))
                {
                    Assert.Contains(json.RootElement.ValueKind, new[] { JsonValueKind.Array, JsonValueKind.Object });
                }

                break;
            case "jsonl":
                var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.NotEmpty(lines);
                Assert.All(lines, line =>
                {
                    using var json = JsonDocument.Parse(line);
                    Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
                });
                break;
            case "csv":
                AssertConsistentCsv(r.Stdout);
                break;
            default:
                AssertFits(r.Stdout, Narrow);
                break;
        }
    }

    [Fact]
    public void Demo_At80Columns_FitsAndShowsTheOverview()
    {
        var r = Run(Narrow, "demo");
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        AssertFits(r.Stdout, Narrow);
        Assert.Contains("Most recent engagements", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("CHN China", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("MNG → ", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("--wide shows every column", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_At80Columns_KeepsDateDirectionAndCode_WideAddsTheIds()
    {
        var first = JsonDocument.Parse(Run(Narrow, "events", "--actor", "MNG", "--partner", "KGZ", "--format", "json").Stdout).RootElement[0];
        var narrow = Run(Narrow, "events", "--actor", "MNG", "--partner", "KGZ");
        AssertFits(narrow.Stdout, Narrow);
        Assert.Contains(first.GetProperty("date").GetString()!, narrow.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{first.GetProperty("source").GetString()} → {first.GetProperty("target").GetString()}", narrow.Stdout, StringComparison.Ordinal);
        Assert.Contains(first.GetProperty("cameo").GetString()! + " ", narrow.Stdout, StringComparison.Ordinal);
        Assert.Contains("Not shown at 80 columns: Origin, Id", narrow.Stdout, StringComparison.Ordinal);

        var wide = Run(Narrow, "events", "--actor", "MNG", "--partner", "KGZ", "--wide");
        Assert.True(wide.ExitCode == ExitCodes.Success, wide.ToString());
        Assert.Contains(first.GetProperty("id").GetString()!, wide.Stdout, StringComparison.Ordinal);
        Assert.Contains(wide.Stdout.Split('\n'), line => line.Length > Narrow);
    }

    [Fact]
    public void Balance_At80Columns_ShowsEveryPeriodAndTheFirstPillars()
    {
        var r = Run(Narrow, "balance", "--from", "2015");
        AssertFits(r.Stdout, Narrow);
        Assert.Contains("neighbours", r.Stdout, StringComparison.Ordinal);
        foreach (var year in new[] { "2015", "2020", "2024" })
        {
            Assert.Contains("│ " + year, r.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void BalanceByTrade_1995To2024_EveryYearShown_MissingYearsAsNotAvailable()
    {
        var r = Run(Narrow, "balance", "--measure", "trade", "--from", "1995", "--to", "2024");
        AssertFits(r.Stdout, Narrow);
        foreach (var year in Enumerable.Range(1995, 30))
        {
            Assert.Contains("│ " + year.ToString(CultureInfo.InvariantCulture), r.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("│ 1997 │", r.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"│ 1997 │ +n/a │", r.Stdout); // no figure for 1997: missing, not 0 %
        Assert.Contains("missing, not zero", r.Stdout.ReplaceLineEndings(" "), StringComparison.Ordinal);

        // The JSON says the same: one row per year, the missing ones flagged and without shares.
        using var json = JsonDocument.Parse(Run(Narrow, "balance", "--measure", "trade", "--from", "1995", "--to", "2024", "--format", "json").Stdout);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(30, rows.Count);
        var missing = rows.Single(x => x.GetProperty("period").GetProperty("label").GetString() == "1997");
        Assert.False(missing.GetProperty("has_data").GetBoolean());
        Assert.All(missing.GetProperty("pillars").EnumerateArray(), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("share").ValueKind));
    }

    [Fact]
    public void Compare_ThinPeriods_PrintTooFewNotIndices()
    {
        var r = Run(Narrow, "compare", "--country", "MNG", "KAZ", "--wide");
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        Assert.Contains("too few", r.Stdout, StringComparison.Ordinal);
        var json = Run(Narrow, "compare", "--country", "MNG", "KAZ", "--format", "json");
        var thin = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("countries").EnumerateArray()
            .SelectMany(c => c.GetProperty("periods").EnumerateArray()).Count(p => p.GetProperty("too_few_events").GetBoolean() && p.GetProperty("events").GetInt32() > 0);
        Assert.True(thin > 0, "the demo data has thin periods");
        // With no minimum, nothing is flagged.
        var none = Run(Narrow, "compare", "--country", "MNG", "KAZ", "--min-events", "0", "--wide");
        Assert.DoesNotContain("│ too few", none.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Dependence_ShowsEventSharesBesideTradeShares()
    {
        var r = Run(Narrow, "dependence", "--from", "1995", "--to", "2024");
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        AssertFits(r.Stdout, Narrow);
        Assert.Contains("events / trade share by pillar", r.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"│ 1998 │ +\d+ │", r.Stdout);
        Assert.Contains("/n/a", r.Stdout, StringComparison.Ordinal);
        // A thin year prints its pillar counts in brackets, not a share: "(1)/43%", never "100%/43%" from one event.
        Assert.Matches(@"\(\d+\)/", r.Stdout);
        var all = Run(Narrow, "dependence", "--from", "1995", "--to", "2024", "--min-events", "0", "--format", "json");
        Assert.True(all.ExitCode == ExitCodes.Success, all.ToString());
        Assert.All(JsonDocument.Parse(all.Stdout).RootElement.EnumerateArray(), y => Assert.False(y.GetProperty("too_few_events").GetBoolean()));
    }

    [Theory]
    [InlineData("balance", "--measure", "gdp")] // not a measure
    [InlineData("dependence", "--measure", "events")] // the economic side is needed
    [InlineData("events", "--bogus")] // unknown option
    [InlineData("balance", "--format", "xml")] // value outside the list
    [InlineData("events", "--limit", "-3")] // the API refuses it too
    [InlineData("events", "--limit", "0")] // zero events is never what was meant
    [InlineData("tone", "--by", "nation")]
    [InlineData("events", "--source", "XYZ")]
    [InlineData("frobnicate")] // unknown verb
    public void RefusedCommandLine_IsOneLineOnStderr_NothingOnStdout(params string[] args)
    {
        var r = Run(Narrow, args);
        Assert.True(r.ExitCode == ExitCodes.Usage, r.ToString());
        Assert.Equal("", r.Stdout);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("orkhon: error: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_SourceAndTarget_FilterByDirection()
    {
        var incoming = Events("--target", "MNG", "--code", "042");
        Assert.NotEmpty(incoming);
        Assert.All(incoming, e => Assert.Equal("MNG", e.GetProperty("target").GetString()));
        Assert.Contains(incoming, e => e.GetProperty("source").GetString() == "KGZ");

        var kyrgyzVisits = Events("--source", "KGZ", "--target", "MNG", "--code", "042");
        Assert.NotEmpty(kyrgyzVisits);
        Assert.All(kyrgyzVisits, e => Assert.Equal("KGZ", e.GetProperty("source").GetString()));

        // Both directions together are the pair's events, which --actor/--partner lists.
        var pair = Events("--actor", "MNG", "--partner", "KGZ", "--code", "042");
        var outgoing = Events("--source", "MNG", "--target", "KGZ", "--code", "042");
        Assert.Equal(pair.Count, kyrgyzVisits.Count + outgoing.Count);
    }

    private List<JsonElement> Events(params string[] filters)
    {
        var r = Run(Narrow, ["events", .. filters, "--format", "jsonl"]);
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        return r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }

    private string[] Args(string verb) => verb switch
    {
        "extract" => [.. s_verbs[verb], database.Article],
        "check" => [.. s_verbs[verb], database.ClaimsArticle],
        _ => s_verbs[verb],
    };

    private CliResult Run(int columns, params string[] args) =>
        CliRunner.Run(database.Path, new Dictionary<string, string> { ["COLUMNS"] = columns.ToString(CultureInfo.InvariantCulture) }, args);

    private static void AssertFits(string table, int width)
    {
        Assert.NotEqual("", table.Trim());
        foreach (var line in table.Split('\n'))
        {
            Assert.True(line.Length <= width, $"{line.Length} characters: {line}");

            // A column squeezed to one character shows as a border segment of at most three dashes.
            Assert.False(SqueezedColumn().IsMatch(line), "a squeezed column: " + line);

            // Display rounding: no 0.7000000000000001 in a table.
            Assert.False(BinaryNoise().IsMatch(line), "an unrounded number: " + line);
        }
    }

    private static void AssertConsistentCsv(string text)
    {
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        Assert.True(csv.Read(), "no header");
        csv.ReadHeader();
        var columns = csv.HeaderRecord!.Length;
        Assert.True(columns > 1);
        Assert.Equal(columns, csv.HeaderRecord.Distinct(StringComparer.Ordinal).Count());
        while (csv.Read())
        {
            Assert.Equal(columns, csv.Parser.Count);
        }
    }

    [GeneratedRegex("[┬┼┴][─]{1,3}[┬┼┴┤╮╯]")]
    private static partial Regex SqueezedColumn();

    [GeneratedRegex(@"\d\.\d{6,}")]
    private static partial Regex BinaryNoise();
}
