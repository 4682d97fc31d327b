using Orkhon.Analysis;
using Orkhon.Analysis.Frameworks;
using Orkhon.Knowledge.Economy;
using static Orkhon.Tests.Analysis.AnalysisFixtures;

namespace Orkhon.Tests.Analysis;

public sealed class EconomicBalanceTests
{
    private const string Url = "https://example.org/t";

    private static EconomicFigure F(int year, string flow, string partner, double? value, double? share = null, string series = "trade") =>
        new(series, "MNG", year, flow, partner, value, share, "reported", Url, null, "test.tsv", 1);

    [Fact]
    public void ForYear_WorkedExample_SharesOfTheWorldTotal_IndicesAndTilt()
    {
        // 2000 exports: world 200; RUS 50 (25 %), CHN 30 % published, KAZ 10 (5 %), USA 20 (10 %, no pillar). Known: 70 %.
        var data = new EconomicData([F(2000, "export", "WLD", 200), F(2000, "export", "RUS", 50), F(2000, "export", "CHN", null, 30),
            F(2000, "export", "KAZ", 10), F(2000, "export", "USA", 20)]);
        var r = Assert.Single(EconomicBalance.Compute(data, "MNG", Measure.Exports, TwoPillars, 2000, 2000));
        Assert.True(r.HasData);
        Assert.Equal(200, r.TotalMusd);
        Assert.Equal(0.70, r.Coverage!.Value, 10);
        Assert.Equal(["neighbours", "central-asia", "other"], r.Pillars.Select(p => p.Id));
        Assert.Equal(0.55, r.Pillars[0].Share!.Value, 10);
        Assert.Equal(110, r.Pillars[0].ValueMusd!.Value, 10);
        Assert.Equal(["CHN", "RUS"], r.Pillars[0].Partners);
        Assert.Equal(0.05, r.Pillars[1].Share!.Value, 10);
        Assert.Equal(0.10, r.Pillars[2].Share!.Value, 10);
        Assert.Equal(0.55, r.NeighbourDependence!.Value, 10); // a share of the whole total, as for events
        Assert.Equal((0.25 - 0.30) / 0.55, r.NeighbourTilt!.Value, 10);
        // HHI over the declared pillars, 0.55 vs 0.05.
        Assert.Equal((0.55 / 0.6 * 0.55 / 0.6) + (0.05 / 0.6 * 0.05 / 0.6), r.PillarHhi!.Value, 10);
        Assert.Equal(["CHN", "RUS", "USA", "KAZ"], r.Partners.Select(p => p.Id));
    }

    [Fact]
    public void YearWithoutFigures_IsMissing_NotZero()
    {
        var data = new EconomicData([F(2000, "export", "WLD", 200), F(2000, "export", "CHN", 100)]);
        var rows = EconomicBalance.Compute(data, "MNG", Measure.Exports, TwoPillars, 1999, 2001);
        Assert.Equal([false, true, false], rows.Select(r => r.HasData));
        Assert.All(rows.Where(r => !r.HasData), r =>
        {
            Assert.All(r.Pillars, p => Assert.Null(p.Share));
            Assert.Null(r.NeighbourDependence);
            Assert.Null(r.PillarHhi);
            Assert.Null(r.Coverage);
        });
    }

    [Fact]
    public void PillarWithoutAnyKnownPartner_IsMissing_AndTiltNeedsBothNeighbours()
    {
        var data = new EconomicData([F(2000, "export", "CHN", null, 84)]);
        var r = Assert.Single(EconomicBalance.Compute(data, "MNG", Measure.Exports, TwoPillars, 2000, 2000));
        Assert.Equal(0.84, r.Pillars[0].Share!.Value, 10);
        Assert.Null(r.Pillars[1].Share); // no Central Asian figure: unknown, not 0 %
        Assert.Null(r.NeighbourTilt);    // Russia unknown: no tilt, rather than "all China"
        Assert.Null(r.TotalMusd);
        Assert.Null(r.Pillars[0].ValueMusd);
    }

    [Fact]
    public void Trade_SumsExportsAndImports_WhenBothAreKnownForAPartner()
    {
        // 1998-like: exports 300 (CHN 30 %, CHE 20 %), imports 500 (CHN 10 %, RUS 30 %).
        var data = new EconomicData([F(1998, "export", "WLD", 300), F(1998, "import", "WLD", 500),
            F(1998, "export", "CHN", null, 30), F(1998, "export", "CHE", null, 20), F(1998, "import", "CHN", null, 10), F(1998, "import", "RUS", null, 30)]);
        var year = EconomicYear.Of(data, "MNG", Measure.Trade, 1998);
        Assert.Equal(800, year.TotalMusd);
        Assert.Equal((90.0 + 50) / 800, year.Shares["CHN"], 10);
        Assert.False(year.Shares.ContainsKey("RUS")); // exports to Russia unknown: no turnover share
        Assert.False(year.Shares.ContainsKey("CHE"));
    }

    [Fact]
    public void Trade_PrefersAPublishedTurnoverShare()
    {
        var data = new EconomicData([F(2005, "turnover", "RUS", null, 19.3), F(2005, "export", "RUS", 26.4), F(2005, "import", "RUS", 400)]);
        var year = EconomicYear.Of(data, "MNG", Measure.Trade, 2005);
        Assert.Equal(0.193, year.Shares["RUS"], 10);
        Assert.Null(year.TotalMusd); // world totals unknown: no derived total
    }

    [Fact]
    public void Span_IsTheYearsWithFigures()
    {
        var data = new EconomicData([F(1996, "import", "RUS", null, 36), F(2021, "turnover", "RUS", 1800), F(2019, "inflow", "CAN", null, 65.7, "fdi")]);
        Assert.Equal((1996, 2021), EconomicBalance.Span(data, "MNG", Measure.Trade));
        Assert.Equal((2019, 2019), EconomicBalance.Span(data, "MNG", Measure.Fdi));
        Assert.Null(EconomicBalance.Span(data, "MNG", Measure.Aid));
        Assert.Null(EconomicBalance.Span(data, "KAZ", Measure.Trade));
    }

    [Fact]
    public void ShippedData_1995To2024_OneRowPerYear_PillarsOfTheFramework()
    {
        var framework = FrameworkCatalog.Default.DefaultFor("MNG")!;
        foreach (var measure in new[] { Measure.Trade, Measure.Exports, Measure.Imports, Measure.Fdi, Measure.Aid })
        {
            var rows = EconomicBalance.Compute(EconomicData.Default, "MNG", measure, framework, 1995, 2024);
            Assert.Equal(Enumerable.Range(1995, 30).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r.Period.Label));
            Assert.Contains(rows, r => r.HasData);
            Assert.Contains(rows, r => !r.HasData);
            Assert.All(rows, r => Assert.Equal(framework.PillarIds, r.Pillars.Select(p => p.Id)));
            Assert.All(rows.Where(r => r.HasData), r => Assert.InRange(r.Coverage!.Value, 0, 1));
            Assert.All(rows.Where(r => r.HasData), r => Assert.NotEmpty(r.Sources));
        }
    }
}
