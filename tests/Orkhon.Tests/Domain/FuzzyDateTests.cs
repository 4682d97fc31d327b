using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Domain;

public sealed class FuzzyDateTests
{
    [Theory]
    [InlineData("1993", DatePrecision.Year, "1993-01-01", "1993-12-31")]
    [InlineData("2024-09", DatePrecision.Month, "2024-09-01", "2024-09-30")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")] // leap year
    [InlineData("2023-02", DatePrecision.Month, "2023-02-01", "2023-02-28")]
    [InlineData("2024-09-03", DatePrecision.Day, "2024-09-03", "2024-09-03")]
    [InlineData("1990/1993", DatePrecision.Span, "1990-01-01", "1993-12-31")] // "the early 1990s"
    [InlineData("2010-03/2011-06-15", DatePrecision.Span, "2010-03-01", "2011-06-15")]
    [InlineData("2023/..", DatePrecision.Span, "2023-01-01", "9999-12-31")] // "since 2023"
    [InlineData("../1991", DatePrecision.Span, "0001-01-01", "1991-12-31")]
    public void Parse_ValidIso_HasPrecisionAndRange(string text, DatePrecision precision, string earliest, string latest)
    {
        var date = FuzzyDate.Parse(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("93")]
    [InlineData("0000")] // no year zero
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2023-02-29")] // not a leap year
    [InlineData("2024-9-3")]
    [InlineData("2024/09/03")]
    [InlineData("1995/1990")] // end before start
    [InlineData("../..")]
    [InlineData("abcd")]
    [InlineData("2024-09-03T10:00")]
    public void TryParse_Invalid_ReturnsFalse(string text) => Assert.False(FuzzyDate.TryParse(text, out _));

    [Fact]
    public void Contains_YearContainsMonthAndDay_ButNotTheReverse()
    {
        var year = FuzzyDate.OfYear(2023);
        var month = FuzzyDate.OfMonth(2023, 7);
        var day = FuzzyDate.OfDay(2023, 7, 26);
        Assert.True(year.Contains(month));
        Assert.True(month.Contains(day));
        Assert.True(year.Contains(day));
        Assert.False(day.Contains(month));
        Assert.False(FuzzyDate.OfMonth(2023, 8).Contains(day));
    }

    [Fact]
    public void Since_ContainsEverythingAfterItsStart()
    {
        var since = FuzzyDate.Since(FuzzyDate.OfYear(2023));
        Assert.True(since.Contains(FuzzyDate.OfDay(2025, 6, 1)));
        Assert.False(since.Contains(FuzzyDate.OfYear(2022)));
        Assert.True(since.Overlaps(FuzzyDate.Parse("2022/2023")));
    }

    [Fact]
    public void CompareTo_OrdersByStartThenNarrowerFirst()
    {
        var dates = new[] { "2024", "2023-07-26", "2023-07", "2023", "1990/1993", "2023/.." }.Select(FuzzyDate.Parse).Order().Select(d => d.ToString());
        Assert.Equal(["1990/1993", "2023", "2023/..", "2023-07", "2023-07-26", "2024"], dates);
    }

    [Fact]
    public void Between_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => FuzzyDate.Between(FuzzyDate.OfYear(1995), FuzzyDate.OfYear(1990)));

    // Property-based: generated points and spans survive formatting and parsing, and the order is a total order.
    private static Gen<FuzzyDate> PointGen =>
        from year in Gen.Choose(1, 9998)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        from kind in Gen.Choose(0, 2)
        select kind switch
        {
            0 => FuzzyDate.OfYear(year),
            1 => FuzzyDate.OfMonth(year, month),
            _ => FuzzyDate.OfDay(year, month, day),
        };

    private static Gen<FuzzyDate> DateGen =>
        from a in PointGen
        from b in PointGen
        from kind in Gen.Choose(0, 4)
        select kind switch
        {
            0 or 1 => a,
            2 => a.Latest <= b.Earliest ? FuzzyDate.Between(a, b) : b.Latest <= a.Earliest ? FuzzyDate.Between(b, a) : a,
            3 => FuzzyDate.Since(a),
            _ => FuzzyDate.Until(b),
        };

    [Fact]
    public void Property_ToStringThenParse_RoundTrips() =>
        Prop.ForAll(DateGen.ToArbitrary(), d => FuzzyDate.Parse(d.ToString()) == d).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_CompareTo_IsAntisymmetricAndConsistentWithEquality() =>
        Prop.ForAll(DateGen.ToArbitrary(), DateGen.ToArbitrary(), (a, b) =>
            Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)) && (a.CompareTo(b) == 0) == (a == b)).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_CompareTo_IsTransitive() =>
        Prop.ForAll(DateGen.ToArbitrary(), DateGen.ToArbitrary(), DateGen.ToArbitrary(), (a, b, c) =>
        {
            var sorted = new[] { a, b, c }.Order().ToArray();
            return sorted[0] <= sorted[1] && sorted[1] <= sorted[2] && sorted[0] <= sorted[2];
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_ContainsImpliesOverlapsAndOrderOfEarliest() =>
        Prop.ForAll(DateGen.ToArbitrary(), DateGen.ToArbitrary(), (a, b) =>
            !a.Contains(b) || (a.Overlaps(b) && a.Earliest <= b.Earliest && b.Latest <= a.Latest)).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_EveryDateContainsItself() =>
        Prop.ForAll(DateGen.ToArbitrary(), d => d.Contains(d) && d.Overlaps(d)).QuickCheckThrowOnFailure();
}
