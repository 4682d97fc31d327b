using Orkhon.Analysis;
using Orkhon.Analysis.Corridors;
using Orkhon.Domain;
using static Orkhon.Tests.Analysis.AnalysisFixtures;

namespace Orkhon.Tests.Analysis;

/// <summary>The edges of the calendar and of the map that used to throw (issue 8): year 9999, huge ranges, a state to itself.</summary>
public sealed class AnalysisEdgeTests
{
    [Theory]
    [InlineData(9999, 4, "9999-10-01", "9999-12-31")] // the last quarter DateOnly can hold: its end used to overflow AddMonths
    [InlineData(1, 1, "0001-01-01", "0001-03-31")]
    [InlineData(2024, 1, "2024-01-01", "2024-03-31")]
    [InlineData(2024, 2, "2024-04-01", "2024-06-30")]
    [InlineData(2023, 4, "2023-10-01", "2023-12-31")]
    public void Quarter_AnyYear_CoversItsThreeMonths(int year, int quarter, string start, string end)
    {
        var p = Period.Quarter(year, quarter);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), p.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), p.End);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Quarter_OutOfRange_Throws(int quarter) => Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(2024, quarter));

    [Fact]
    public void TryPeriods_ToYear9999ByQuarter_RefusedNamingTheLimit()
    {
        var engagements = Engage(E("MNG", "RUS", "2024-05-02"));
        Assert.False(BalanceAnalysis.TryPeriods(engagements, Granularity.Quarter, null, FuzzyDate.OfYear(9999), out var periods, out var error));
        Assert.Empty(periods);
        Assert.Contains("2024–9999", error, StringComparison.Ordinal);
        Assert.Contains("1,000 periods", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryPeriods_WholeCalendarByYear_Refused()
    {
        Assert.False(BalanceAnalysis.TryPeriods([], Granularity.Year, FuzzyDate.OfYear(1), FuzzyDate.OfYear(9999), out _, out var error));
        Assert.Contains("9,999 years", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Granularity.Year, 1024, 2023, 1000)] // exactly the limit
    [InlineData(Granularity.Quarter, 9750, 9999, 1000)] // the last 250 years of the calendar, quarters of 9999 included
    [InlineData(Granularity.Quarter, 2024, 2024, 4)]
    [InlineData(Granularity.Year, 2025, 2020, 0)] // from after to: nothing, not an error
    public void TryPeriods_WithinTheLimit_EnumeratesEveryPeriod(Granularity granularity, int from, int to, int expected)
    {
        Assert.True(BalanceAnalysis.TryPeriods([], granularity, FuzzyDate.OfYear(from), FuzzyDate.OfYear(to), out var periods, out var error));
        Assert.Null(error);
        Assert.Equal(expected, periods.Count);
        Assert.True(periods.Count <= BalanceAnalysis.MaxPeriods);
    }

    [Fact]
    public void TryPeriods_OpenEnds_FallBackOnTheData()
    {
        var engagements = Engage(E("MNG", "RUS", "2019-03"), E("MNG", "CHN", "2021-11"));
        Assert.True(BalanceAnalysis.TryPeriods(engagements, Granularity.Year, FuzzyDate.Until(FuzzyDate.OfYear(2020)), FuzzyDate.Since(FuzzyDate.OfYear(2020)), out var periods, out _));
        Assert.Equal(["2019", "2020", "2021"], periods.Select(p => p.Label));
    }

    [Fact]
    public void TryPeriods_SpanDates_UseTheirOuterYears()
    {
        // As the API always did: from is where the range starts, to where it ends (2020/2022 ends in 2022).
        Assert.True(BalanceAnalysis.TryPeriods([], Granularity.Year, FuzzyDate.Parse("2018/2019"), FuzzyDate.Parse("2020/2022"), out var periods, out _));
        Assert.Equal(["2018", "2019", "2020", "2021", "2022"], periods.Select(p => p.Label));
    }

    [Fact]
    public void TryPeriods_NoDataAndNoRange_IsEmpty()
    {
        Assert.True(BalanceAnalysis.TryPeriods([], Granularity.Quarter, null, null, out var periods, out _));
        Assert.Empty(periods);
    }

    [Theory]
    [InlineData("9999-12..")]
    [InlineData("9999-12-31..9999-12")]
    [InlineData("2020..9999-12")]
    [InlineData("../2020")]
    public void TryParseWindow_EdgeOfTheCalendar_NeverThrows(string text)
    {
        var ok = Period.TryParseWindow(text, 2025, out var period);
        Assert.True(!ok || period.Start <= period.End);
    }

    [Fact]
    public void TransitToItself_IsTheTrivialPathWithNothingToCross()
    {
        var t = TransitAnalysis.Run(LandNetwork.Default, "MNG", "MNG");
        Assert.True(t.SameState);
        Assert.True(t.Reachable);
        Assert.Equal(["MNG"], t.ShortestPath);
        Assert.Empty(t.UnavoidableTransit);
        Assert.Empty(t.Alternatives);
        Assert.All(t.Routes, r => Assert.Contains("MNG", r.Path));
        Assert.NotEmpty(t.Routes);
    }

    [Fact]
    public void TransitToItself_IslandState_IsStillTrivial()
    {
        var t = TransitAnalysis.Run(LandNetwork.Default, "JPN", "JPN");
        Assert.Equal(["JPN"], t.ShortestPath);
        Assert.Empty(t.Alternatives);
    }
}
