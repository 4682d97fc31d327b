using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// Day phrases of agency copy that name a day relative to the publication day or beside a written date: "on Friday, March
/// 7" (the written date names the day, whatever weekday stands before it), "last night" (the day before publication) and
/// "on Thursday last week" (that weekday of the Monday-to-Sunday week before the publication day's). Our own sentences,
/// over every publication day the properties draw.
/// </summary>
public sealed class RelativeDayPhraseTests
{
    private const string Act = "Japan's foreign minister met China's foreign minister in Beijing";

    [Theory]
    [InlineData("on Friday, March 7", "2025-03-07")]
    [InlineData("on Monday, 7 March", "2025-03-07")]
    [InlineData("last night", "2025-03-13")]
    [InlineData("on Thursday last week", "2025-03-06")]
    [InlineData("on Sunday of last week", "2025-03-09")]
    // A weekday before a clause, not before a date, keeps its own day.
    [InlineData("on Monday, saying ties had improved", "2025-03-10")]
    public void Extract_DayPhrase_DatesTheAct(string phrase, string expected) =>
        Assert.Equal([FuzzyDate.Parse(expected)], RandomNewsDays.Dates($"{Act} {phrase}.", new DateOnly(2025, 3, 14)));

    [Fact]
    public void Property_WeekdayBeforeAWrittenDate_TakesTheWrittenDate() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(0, 6) from weekday in Gen.Choose(0, 6) select (doc, back, weekday)).ToArbitrary(), c =>
        {
            var day = c.doc.AddDays(-c.back);
            var written = day.ToString("MMMM d", CultureInfo.InvariantCulture);
            var dates = RandomNewsDays.Dates($"{Act} on {RandomNewsDays.Weekdays[c.weekday]}, {written}.", c.doc);
            return dates is [{ } d] && d == FuzzyDate.OfDay(day);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_LastNight_IsTheDayBeforePublication() =>
        Prop.ForAll(RandomNewsDays.Days.ToArbitrary(), doc =>
            RandomNewsDays.Dates($"{Act} last night.", doc) is [{ } d] && d == FuzzyDate.OfDay(doc.AddDays(-1))).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_WeekdayLastWeek_FallsInThePreviousMondayToSundayWeek() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from weekday in Gen.Choose(0, 6) select (doc, weekday)).ToArbitrary(), c =>
        {
            var monday = c.doc.AddDays(-(((int)c.doc.DayOfWeek + 6) % 7));
            var dates = RandomNewsDays.Dates($"{Act} on {RandomNewsDays.Weekdays[c.weekday]} last week.", c.doc);
            return dates is [{ Precision: DatePrecision.Day } d] && (int)d.Earliest.DayOfWeek == c.weekday
                && d.Earliest >= monday.AddDays(-7) && d.Earliest < monday;
        }).QuickCheckThrowOnFailure();
}
