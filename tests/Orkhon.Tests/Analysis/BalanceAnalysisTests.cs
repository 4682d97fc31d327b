using Orkhon.Analysis;
using static Orkhon.Tests.Analysis.AnalysisFixtures;

namespace Orkhon.Tests.Analysis;

public sealed class BalanceAnalysisTests
{
    [Fact]
    public void Compute_WorkedExample_SharesEntropyHhiDependenceTilt()
    {
        // 2024: RUS×1, CHN×3, KAZ×2, USA×2 (no pillar). Pillar counts: neighbours 4, central-asia 2, other 2; total 8.
        var engagements = Engage(
            E("MNG", "RUS", "2024-01"), E("CHN", "MNG", "2024-02"), E("MNG", "CHN", "2024-03"), E("MNG", "CHN", "2024-04"),
            E("KAZ", "MNG", "2024-05"), E("MNG", "KAZ", "2024-06"), E("MNG", "USA", "2024-07"), E("USA", "MNG", "2024-08"),
            E("MNG", "MNG", "2024-09", "010")); // a policy document: not an engagement
        var r = Assert.Single(BalanceAnalysis.Compute(engagements, TwoPillars, [Period.Year(2024)], weighted: false));
        Assert.Equal(8, r.Total);
        Assert.Equal([4, 2, 2], r.Pillars.Select(p => p.Count));
        Assert.Equal(["neighbours", "central-asia", "other"], r.Pillars.Select(p => p.Id));
        Assert.Equal(0.5, r.Pillars[0].Share);
        // Entropy over the two declared pillars, 4 vs 2: H = -(2/3 ln 2/3 + 1/3 ln 1/3) / ln 2 = 0.9183
        Assert.Equal(0.9183, r.PillarEntropy!.Value, 4);
        Assert.Equal((4.0 / 6 * 4 / 6) + (2.0 / 6 * 2 / 6), r.PillarHhi!.Value, 10);
        Assert.Equal(0.5, r.NeighbourDependence);
        Assert.Equal((1.0 - 3) / 4, r.NeighbourTilt); // -0.5: leaning to China
        Assert.Equal(["CHN", "KAZ", "USA", "RUS"], r.Partners.Select(p => p.Id));
    }

    [Fact]
    public void Compute_NoEvents_IndicesAreNullAndSharesZero()
    {
        var r = Assert.Single(BalanceAnalysis.Compute([], TwoPillars, [Period.Year(2020)], weighted: false));
        Assert.Equal(0, r.Total);
        Assert.Null(r.PillarEntropy);
        Assert.Null(r.PillarHhi);
        Assert.Null(r.NeighbourDependence);
        Assert.Null(r.NeighbourTilt);
        Assert.All(r.Pillars, p => Assert.Equal(0, p.Share));
    }

    [Fact]
    public void Compute_OnePillarOnly_EntropyZeroHhiOne()
    {
        var r = Assert.Single(BalanceAnalysis.Compute(Engage(E("MNG", "KAZ", "2024"), E("MNG", "UZB", "2024")), TwoPillars, [Period.Year(2024)], weighted: false));
        Assert.Equal(0, r.PillarEntropy);
        Assert.Equal(1, r.PillarHhi);
        Assert.Equal(0, r.NeighbourDependence);
        Assert.Null(r.NeighbourTilt); // no Russia or China events: tilt undefined, not zero
    }

    [Fact]
    public void Compute_Weighted_StateVisitCountsFiveTimesAStatement()
    {
        var engagements = Engage(E("MNG", "RUS", "2024", kind: "state_visit"), E("MNG", "KAZ", "2024", cameo: "010"));
        var r = Assert.Single(BalanceAnalysis.Compute(engagements, TwoPillars, [Period.Year(2024)], weighted: true));
        Assert.Equal(6, r.WeightedTotal);
        Assert.Equal(5.0 / 6, r.Pillars[0].WeightedShare, 10);
        Assert.Equal(5.0 / 6, r.NeighbourDependence!.Value, 10);
    }

    [Fact]
    public void Periods_Quarter_DoesNotPlaceAYearOnlyEventInAQuarter()
    {
        var engagements = Engage(E("MNG", "RUS", "2024"), E("MNG", "RUS", "2024-05-02"));
        var periods = BalanceAnalysis.Periods(engagements, Granularity.Quarter);
        Assert.Equal(4, periods.Count);
        var rows = BalanceAnalysis.Compute(engagements, TwoPillars, periods, weighted: false);
        Assert.Equal([0, 1, 0, 0], rows.Select(r => r.Total));
    }

    [Fact]
    public void Window_OverlappingWindows_EachCountsItsOwnEvents()
    {
        Assert.True(Period.TryParseWindow("2015..2022", 2025, out var a));
        Assert.True(Period.TryParseWindow("2020..", 2025, out var b));
        var rows = BalanceAnalysis.Compute(Engage(E("MNG", "RUS", "2016"), E("MNG", "KAZ", "2021"), E("MNG", "CHN", "2024")), TwoPillars, [a, b], weighted: false);
        Assert.Equal([2, 2], rows.Select(r => r.Total));
        Assert.Equal(8, Math.Round(a.Years));
    }

    [Theory]
    [InlineData(new double[] { 1, 1, 1, 1 }, 4, 1.0, 0.25)]
    [InlineData(new double[] { 4, 0, 0, 0 }, 4, 0.0, 1.0)]
    [InlineData(new double[] { 3, 1 }, 2, 0.8113, 0.625)]
    public void Diversity_KnownValues(double[] amounts, int k, double entropy, double hhi)
    {
        Assert.Equal(entropy, Diversity.NormalisedEntropy(amounts, k)!.Value, 4);
        Assert.Equal(hhi, Diversity.Hhi(amounts)!.Value, 10);
    }

    [Fact]
    public void Diversity_FewerThanTwoCategoriesOrNothing_IsNull()
    {
        Assert.Null(Diversity.NormalisedEntropy([5], 1));
        Assert.Null(Diversity.NormalisedEntropy([0, 0], 2));
        Assert.Null(Diversity.Hhi([]));
    }
}
