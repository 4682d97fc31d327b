using System.Text.Json;
using Orkhon.Cli;

namespace Orkhon.Tests.Cli;

/// <summary>How thin samples are reported by <c>pivot</c> and <c>balance</c>: counts beside shares, "too few events", bounded p and ratio.</summary>
public sealed class HonestOutputCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private CliResult Orkhon(params string[] args) => CliRunner.Run(_dir.File("orkhon.db"), args);

    [Fact]
    public void Pivot_ZeroBefore_PrintsInfinityWithItsLowerBound_AndNoZeroP()
    {
        // Central Asia had no curated event in 2005..2006 and several in 2023..2025: the ratio is unbounded.
        var r = Orkhon("pivot", "--pillar", "central-asia", "--before", "2005..2006", "--after", "2023..2025", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var perYear = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("per_year");
        Assert.Equal(0, perYear.GetProperty("before").GetInt32());
        Assert.Equal(JsonValueKind.Null, perYear.GetProperty("rate_ratio").ValueKind);
        var lower = perYear.GetProperty("ci_lower").GetDouble();

        var table = Orkhon("pivot", "--pillar", "central-asia", "--before", "2005..2006", "--after", "2023..2025", "--wide");
        Assert.Contains($"∞ (≥ {lower.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})", table.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("0.0000", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Pivot_UnderTheMinimumSample_SaysTooFewEvents_AndDrawsNoVerdict()
    {
        var json = JsonDocument.Parse(Orkhon("pivot", "--pillar", "central-asia", "--before", "2015..2022", "--after", "2023..2025", "--min-events", "1000", "--format", "json").Stdout).RootElement;
        Assert.Equal(1000, json.GetProperty("min_events").GetInt32());
        Assert.True(json.GetProperty("per_year").GetProperty("too_few_events").GetBoolean());
        Assert.True(json.GetProperty("per_year").TryGetProperty("rate_ratio", out _)); // the value is kept beside the flag

        var table = Orkhon("pivot", "--pillar", "central-asia", "--before", "2015..2022", "--after", "2023..2025", "--min-events", "1000", "--wide");
        Assert.Contains("too few events", table.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("significant increase", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Balance_SharesCarryCountsAndIntervals_AndThinYearsAreFlagged()
    {
        var r = Orkhon("balance", "--by", "year", "--from", "2011", "--to", "2025", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        foreach (var row in JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray())
        {
            var events = row.GetProperty("events").GetInt32();
            Assert.Equal(events < 10, row.GetProperty("too_few_events").GetBoolean());
            foreach (var p in row.GetProperty("pillars").EnumerateArray().Where(_ => events > 0))
            {
                var share = p.GetProperty("share").GetDouble();
                Assert.InRange(share, p.GetProperty("ci_lower").GetDouble() - 1e-12, p.GetProperty("ci_upper").GetDouble() + 1e-12);
            }
        }

        var table = Orkhon("balance", "--by", "year", "--from", "2011", "--to", "2025", "--wide");
        Assert.Contains("too few", table.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\d+ % \(\d+\)", table.Stdout); // a share with its count
    }

    [Fact]
    public void MinEvents_NotANumber_IsAUsageErrorNamingTheOption()
    {
        var r = Orkhon("balance", "--min-events", "many");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("--min-events", r.Stderr, StringComparison.Ordinal);
    }
}
