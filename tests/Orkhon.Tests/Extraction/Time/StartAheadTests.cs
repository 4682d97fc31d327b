using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A bare start, "from" and a day or month with no end and no year ("banned imports from Feb. 1"), tells of a state yet to
/// begin: what has already begun is told "since". One to three months after the publication month it is the next such day
/// ahead, not the one before (which lay almost a year back); a measure dated by that start is then dated by the day it was
/// told, as the writers date announced decisions. Twins: a start closed by an end ("from Feb. 1 to Feb. 3") and one further
/// ahead than a season ("from March 1" in May, a measure already in force) are read back as any bare date. Our own sentences.
/// </summary>
public sealed class StartAheadTests
{
    [Theory]
    [InlineData("Russia banned imports of Georgian wine from Feb. 1, the Kremlin said on Monday.", "2024-12-13", "RUS>GEO 163 2024-12-09")]
    [InlineData("Poland banned imports of Ukrainian grain from Aug. 15, the ministry said on Tuesday.", "2024-07-12", "POL>UKR 163 2024-07-09")]
    public void Extract_BareStartAhead_DatesTheMeasureByTheDayTold(string text, string docDate, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, docDate));

    [Theory]
    [InlineData("Russia said on Monday it was ending visa-free travel for Georgians from Feb. 1.", "2024-12-13", "2025-02-01")]
    [InlineData("Kazakhstan on Monday signed a decree suspending flights to Georgia from January.", "2024-12-13", "2025-01")]
    public void Tag_BareStartAhead_IsTheNextOne(string text, string docDate, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Tagged(text, docDate));

    [Theory]
    // Twin: a start with its end is a span told of the past.
    [InlineData("Russia banned imports of Georgian wine from Feb. 1 to Feb. 3, the Kremlin said on Monday.", "2024-12-13", "RUS>GEO 163 2024-02-01/2024-02-03")]
    // Twin: a start more than a season after the publication month is one already past.
    [InlineData("Russia banned imports of Georgian wine from March 1, the Kremlin said on Monday.", "2024-05-10", "RUS>GEO 163 2024-03-01")]
    public void Extract_ClosedOrFarStart_IsReadBack(string text, string docDate, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, docDate));

    // Any publication day and a bare "from <Month> 1": one to three months after the publication month it lies ahead of the
    // publication day, within a season; four to eleven months after, it lies before it, within a year.
    [Fact]
    public void Property_BareStart_LiesAheadOnlyWithinASeason() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from ahead in Gen.Choose(1, 11) select (doc, ahead)).ToArbitrary(), c =>
        {
            var month = new DateOnly(c.doc.Year, c.doc.Month, 1).AddMonths(c.ahead);
            var name = month.ToString("MMMM", CultureInfo.InvariantCulture);
            var tagged = RandomNewsDays.Tagged($"Russia said on Monday it would end visa-free travel for Georgians and halt flights to Tbilisi. The ban applies from {name} 1.", c.doc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var day = DateOnly.ParseExact(tagged[^1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return c.ahead <= 3 ? day == month : day <= c.doc && day > c.doc.AddYears(-1);
        }).QuickCheckThrowOnFailure();
}
