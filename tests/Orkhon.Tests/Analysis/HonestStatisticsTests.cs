using FsCheck;
using FsCheck.Fluent;
using Orkhon.Analysis.Statistics;
using Orkhon.Contracts;

namespace Orkhon.Tests.Analysis;

/// <summary>Exact share intervals, the minimum sample and how a thin pivot is reported.</summary>
public sealed class HonestStatisticsTests
{
    [Theory]
    [InlineData(0, 10, 0.0, 0.308497)] // none of 10: upper = 1 − 0.025^(1/10)
    [InlineData(10, 10, 0.691503, 1.0)] // all of 10, the mirror image
    [InlineData(5, 10, 0.187086, 0.812914)] // the half of 10 quoted in MinimumSample's comment
    [InlineData(1, 1, 0.025, 1.0)] // one event: a "100 %" share that pins down almost nothing
    public void ClopperPearson_KnownIntervals(int k, int n, double lower, double upper)
    {
        var i = ProportionInterval.ClopperPearson(k, n);
        Assert.Equal(lower, i.Lower, 5);
        Assert.Equal(upper, i.Upper, 5);
    }

    [Fact]
    public void ClopperPearson_NoTrials_IsTheWholeUnitInterval()
    {
        var i = ProportionInterval.ClopperPearson(0, 0);
        Assert.True(double.IsNaN(i.Share));
        Assert.Equal((0.0, 1.0), (i.Lower, i.Upper));
    }

    [Fact]
    public void Property_Interval_ContainsTheShare_StaysInUnitRange_AndNarrowsWithMoreEvents()
    {
        // n up to 400 and a scale factor up to 5: the same share from more events.
        var cases = Gen.Choose(1, 400).SelectMany(n => Gen.Choose(0, n).SelectMany(k => Gen.Choose(2, 5).Select(m => (k, n, m))));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var small = ProportionInterval.ClopperPearson(c.k, c.n);
            var large = ProportionInterval.ClopperPearson(c.k * c.m, c.n * c.m);
            return small.Lower >= 0 && small.Upper <= 1 && small.Lower <= small.Share && small.Share <= small.Upper
                && large.Upper - large.Lower < small.Upper - small.Lower;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(null, MinimumSample.DefaultEvents)]
    [InlineData("0", 0)]
    [InlineData(" 25 ", 25)]
    public void MinimumSample_Reads(string? text, int expected)
    {
        Assert.True(MinimumSample.TryParse(new RequestValues().Add("min_events", text), out var n, out var error));
        Assert.Null(error);
        Assert.Equal(expected, n);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("ten")]
    [InlineData("2.5")]
    [InlineData("1000001")]
    public void MinimumSample_RefusesBadValues_NamingTheParameter(string text)
    {
        Assert.False(MinimumSample.TryParse(new RequestValues().Add("min_events", text), out _, out var error));
        Assert.Equal("min_events", error!.Parameter);
    }

    [Fact]
    public void RateTest_ZeroBeforeTenAfter_KeepsAFiniteLowerBound_AndFlagsTooFewUnderTheMinimum()
    {
        var ratio = RateRatio.Compute(0, 8, 10, 3);
        var flagged = RateTest.From(ratio, minEvents: 20);
        Assert.Null(flagged.RateRatio); // ∞ is no JSON number
        Assert.NotNull(flagged.CiLower);
        Assert.True(flagged.CiLower > 1);
        Assert.True(flagged.TooFewEvents);
        Assert.False(RateTest.From(ratio, minEvents: 10).TooFewEvents);
    }
}
