using Orkhon.Analysis;
using Orkhon.Analysis.Statistics;
using static Orkhon.Tests.Analysis.AnalysisFixtures;

namespace Orkhon.Tests.Analysis;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(0.5, 2, 3, 0.6875)] // I_0.5(2,3) = 11/16
    [InlineData(0.3, 1, 1, 0.3)] // uniform
    [InlineData(0.9, 5, 1, 0.59049)] // x^5
    public void BetaCdf_KnownValues(double x, double a, double b, double expected) =>
        Assert.Equal(expected, BetaDistribution.Cdf(x, a, b), 8);

    [Fact]
    public void BetaQuantile_InvertsCdf()
    {
        foreach (var (a, b) in new[] { (1.0, 1.0), (2.0, 7.0), (10.0, 3.0), (0.5, 0.5) })
        {
            foreach (var p in new[] { 0.025, 0.5, 0.975 })
            {
                Assert.Equal(p, BetaDistribution.Cdf(BetaDistribution.Quantile(p, a, b), a, b), 8);
            }
        }
    }

    [Fact]
    public void RateRatio_EqualRates_RatioOneNotSignificant()
    {
        var r = RateRatio.Compute(10, 5, 10, 5);
        Assert.Equal(1, r.Ratio);
        Assert.True(r.Lower < 1 && r.Upper > 1);
        Assert.False(r.IsSignificant);
        Assert.Equal(1, r.PValue, 6);
    }

    [Fact]
    public void RateRatio_KnownExactInterval()
    {
        // 2 events in 8 years vs 10 in 3 years. Given n = 12, after ~ Bin(12, p); Clopper–Pearson for 10/12 is
        // [0.51586, 0.97914] (checked against the binomial-sum form); RR = p/(1-p) · 8/3 → [2.8414, 125.154].
        var r = RateRatio.Compute(2, 8, 10, 3);
        Assert.Equal(10.0 / 3 / (2.0 / 8), r.Ratio, 10);
        Assert.Equal(2.8414, r.Lower, 3);
        Assert.Equal(125.154, r.Upper, 2);
        Assert.True(r.IsSignificant);
        Assert.True(r.PValue < 0.001);
    }

    [Fact]
    public void RateRatio_ZeroBefore_InfiniteRatioFiniteLowerBound()
    {
        var r = RateRatio.Compute(0, 8, 10, 3);
        Assert.True(double.IsPositiveInfinity(r.Ratio));
        Assert.True(r.Lower > 1);
        Assert.True(double.IsPositiveInfinity(r.Upper));
    }

    [Fact]
    public void RateRatio_NoEventsAtAll_IsUndefinedNotSignificant()
    {
        var r = RateRatio.Compute(0, 5, 0, 5);
        Assert.True(double.IsNaN(r.Ratio));
        Assert.False(r.IsSignificant);
    }

    [Fact]
    public void ChangePoint_StepSeries_FindsTheStep()
    {
        var series = Enumerable.Range(2010, 14).Select(y => (y, y >= 2020 ? 6 : 1)).ToList();
        var cp = ChangePoint.Detect(series)!;
        Assert.Equal(2020, cp.Year);
        Assert.Equal(1, cp.RateBefore);
        Assert.Equal(6, cp.RateAfter);
        Assert.True(cp.PValue < 0.05);
    }

    [Fact]
    public void ChangePoint_FlatSeries_NotSignificant_TooShortIsNull()
    {
        Assert.True(ChangePoint.Detect(Enumerable.Range(2000, 12).Select(y => (y, 3)).ToList())!.PValue > 0.5);
        Assert.Null(ChangePoint.Detect([(2020, 1), (2021, 2), (2022, 3)]));
        Assert.Null(ChangePoint.Detect(Enumerable.Range(2000, 6).Select(y => (y, 0)).ToList()));
    }

    [Fact]
    public void PivotTest_CountsEventsInEachWindow()
    {
        var engagements = Engage(E("MNG", "KAZ", "2016"), E("MNG", "RUS", "2017"), E("KGZ", "MNG", "2023-07"), E("MNG", "UZB", "2024-06"), E("MNG", "CHN", "2024"));
        Assert.True(Period.TryParseWindow("2015..2022", 2025, out var before));
        Assert.True(Period.TryParseWindow("2023..2025", 2025, out var after));
        var t = PivotTest.Run(engagements, "central-asia", before, after);
        Assert.Equal(1, t.PerYear.Before);
        Assert.Equal(2, t.PerYear.After);
        Assert.Equal(2, t.TotalBefore);
        Assert.Equal(3, t.TotalAfter);
        Assert.Equal(2.0 / 3 / 0.5, t.PerCoverage.Ratio, 10);
    }
}
