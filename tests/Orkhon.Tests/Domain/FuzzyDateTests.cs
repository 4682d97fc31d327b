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
    [InlineData("10000")] // past the end of the calendar
    [InlineData("99999999999")]
    [InlineData("-976")] // "3000 years ago" in a 2024 text
    [InlineData("-2024")]
    [InlineData("+2024")]
    [InlineData("0000-01")]
    [InlineData("0000-01-01")]
    [InlineData("9999-12-32")]
    [InlineData("9999-13")]
    [InlineData("2024/")]
    [InlineData("/2024")]
    [InlineData("/")]
    [InlineData("2020/2021/2022")]
    [InlineData("9999/10000")]
    [InlineData("../10000")]
    [InlineData("٢٠٢٤")] // Arabic-Indic digits are not ISO 8601
    public void TryParse_Invalid_ReturnsFalse(string text) => Assert.False(FuzzyDate.TryParse(text, out _));

    // The calendar's edges: each used to overflow in date arithmetic ("9999-12" computed the first day of month 10000-01).
    [Theory]
    [InlineData("9999", "9999-01-01", "9999-12-31")]
    [InlineData("9999-12", "9999-12-01", "9999-12-31")]
    [InlineData("9999-12-31", "9999-12-31", "9999-12-31")]
    [InlineData("0001", "0001-01-01", "0001-12-31")]
    [InlineData("0001-01", "0001-01-01", "0001-01-31")]
    [InlineData("0001-01-01", "0001-01-01", "0001-01-01")]
    [InlineData("../9999", "0001-01-01", "9999-12-31")]
    [InlineData("9999/..", "9999-01-01", "9999-12-31")]
    [InlineData("9999-12/..", "9999-12-01", "9999-12-31")]
    [InlineData("../0001-01-01", "0001-01-01", "0001-01-01")]
    [InlineData("0001/9999", "0001-01-01", "9999-12-31")]
    [InlineData("9999-12-31/9999-12-31", "9999-12-31", "9999-12-31")]
    public void TryParse_CalendarEdges_ParsesAndRoundTrips(string text, string earliest, string latest)
    {
        Assert.True(FuzzyDate.TryParse(text, out var date));
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(100_000)] // a huge digit run is refused by its length, never summed into an overflowing int
    public void TryParse_LongDigitRuns_ReturnsFalse(int length)
    {
        Assert.False(FuzzyDate.TryParse(new string('9', length), out _));
        Assert.False(FuzzyDate.TryParse("2024-" + new string('9', length), out _));
        Assert.False(FuzzyDate.TryParse(new string('9', length) + "/..", out _));
    }

    [Fact]
    public void Factories_OutsideTheCalendar_ThrowArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.OfYear(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.OfYear(10_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.OfMonth(2024, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.OfDay(2023, 2, 29));
        Assert.Equal(DateOnly.MaxValue, FuzzyDate.OfMonth(9999, 12).Latest);
    }

    [Theory]
    [InlineData(-976L, 1L, 1L)] // "3000 years ago"
    [InlineData(0L, 1L, 1L)]
    [InlineData(10_000L, 1L, 1L)]
    [InlineData(long.MaxValue, 1L, 1L)]
    [InlineData(long.MinValue, 1L, 1L)]
    [InlineData(2024L, 0L, 1L)]
    [InlineData(2024L, long.MaxValue, 1L)]
    [InlineData(2024L, 2L, 30L)]
    [InlineData(2024L, 2L, long.MinValue)]
    public void TryOf_OutsideTheCalendar_ReturnsFalse(long year, long month, long day)
    {
        Assert.False(FuzzyDate.TryOfDay(year, month, day, out _));
        if (month is not (>= 1 and <= 12) || year is not (>= 1 and <= 9999))
        {
            Assert.False(FuzzyDate.TryOfMonth(year, month, out _));
        }

        if (year is not (>= 1 and <= 9999))
        {
            Assert.False(FuzzyDate.TryOfYear(year, out _));
        }
    }

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
            !(a.CompareTo(b) <= 0 && b.CompareTo(c) <= 0) || a.CompareTo(c) <= 0).QuickCheckThrowOnFailure();

    // Contains is a partial order (antisymmetric and transitive), and Overlaps is symmetric and implied by it.
    [Fact]
    public void Property_Contains_IsAPartialOrderThatImpliesOverlaps() =>
        Prop.ForAll(DateGen.ToArbitrary(), DateGen.ToArbitrary(), DateGen.ToArbitrary(), (a, b, c) =>
            (!(a.Contains(b) && b.Contains(a)) || (a.Earliest == b.Earliest && a.Latest == b.Latest))
            && (!(a.Contains(b) && b.Contains(c)) || a.Contains(c))
            && (!a.Contains(b) || (a.Overlaps(b) && b.Overlaps(a)))
            && a.Overlaps(b) == b.Overlaps(a)).QuickCheckThrowOnFailure();

    // Overlap means a shared day: checked against the days themselves, not the formula.
    [Fact]
    public void Property_Overlaps_MeansASharedDay() =>
        Prop.ForAll(DateGen.ToArbitrary(), DateGen.ToArbitrary(), (a, b) =>
        {
            var later = a.Earliest > b.Earliest ? a.Earliest : b.Earliest;
            var shared = a.Contains(FuzzyDate.OfDay(later.Year, later.Month, later.Day)) && b.Contains(FuzzyDate.OfDay(later.Year, later.Month, later.Day));
            return a.Overlaps(b) == shared;
        }).QuickCheckThrowOnFailure();

    // Property: parsing never throws, whatever the text; what parses is a valid range and round-trips.
    [Fact]
    public void Property_TryParse_ArbitraryStrings_NeverThrowsAndRoundTrips() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), ParsesSafely).QuickCheckThrowOnFailure();

    // Arbitrary strings rarely look like dates; these are made of the characters dates are made of.
    [Fact]
    public void Property_TryParse_DateShapedStrings_NeverThrowsAndRoundTrips()
    {
        var dateChars = Gen.Elements('0', '1', '2', '9', '9', '-', '/', '.', ' ', '3');
        var text = from length in Gen.Choose(0, 24) from chars in Gen.ArrayOf(dateChars, length) select new string(chars);
        var edges = Gen.Elements("9999", "0001", "0000", "10000", "9999-12", "9999-12-31", "0001-01-01", "..", "/", "-", "12", "31", "02-29", "99999999999");
        var glued = from parts in Gen.ArrayOf(edges, 3) select string.Concat(parts);
        Prop.ForAll(Gen.OneOf(text, glued).ToArbitrary(), ParsesSafely).QuickCheckThrowOnFailure();
    }

    private static bool ParsesSafely(string text)
    {
        if (!FuzzyDate.TryParse(text, out var date))
        {
            return true;
        }

        var others = new[] { date, FuzzyDate.OfDay(DateOnly.MinValue), FuzzyDate.OfDay(DateOnly.MaxValue), FuzzyDate.OfMonth(9999, 12) };
        foreach (var other in others)
        {
            _ = date.Contains(other) || date.Overlaps(other) || date.CompareTo(other) == 0;
        }

        if (!date.IsSpan)
        {
            _ = FuzzyDate.Since(date).ToString() + FuzzyDate.Until(date) + FuzzyDate.Between(date, date);
        }

        return date.Earliest <= date.Latest && date.Year is null or (>= FuzzyDate.MinYear and <= FuzzyDate.MaxYear) && FuzzyDate.Parse(date.ToString()) == date;
    }

}
