using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A sentence that tells the act of the sentence before again, with no actor of its own, moves that act's date
/// (<see cref="RestatedActs"/>): a finer time, a time that replaces a borrowed day, an end after "run until", a stated length.
/// The sentences are our own. 14 March 2025 was a Friday.
/// </summary>
public sealed class RestatedActTests
{
    [Theory]
    // The lead's act borrowed the reporting day; the restating passive gives its week.
    [InlineData("Turkish police have detained 40 Iranian nationals, the interior ministry said on Friday. The suspects were rounded up in raids in Istanbul last week.",
        "TUR>IRN 173 2025-03-03/2025-03-09")]
    // A month made days by an aside right after the noun.
    [InlineData("Sudanese soldiers killed 30 Chadian civilians near the border in February, a U.N. report said on Friday. The killings, on 12 and 13 February, followed a raid by rebels.",
        "SDN>TCD 1823 2025-02-12/2025-02-13")]
    // A present "run until" gives the exercise's end, ahead of the day it began.
    [InlineData("Japanese and Indian forces began joint exercises on Monday. The drills, which run until March 28, include amphibious landings.",
        "JPN>IND 062 2025-03-10/2025-03-28")]
    // A stated length makes the arrival's day a stay.
    [InlineData("French President Emmanuel Macron arrived in Astana on Tuesday. The three-day trip is his second to Kazakhstan.",
        "FRA>KAZ 042 2025-03-11/2025-03-13")]
    // An act with no date of its own (told in an "after" clause) takes the time the restating clause gives it.
    [InlineData("Georgia summoned the Russian ambassador on Friday after Georgian protesters rallied against Russia outside its embassy. The protests erupted on Wednesday evening.",
        "GEO>RUS 141 2025-03-12")]
    public void RestatingSentence_MovesTheDateOfTheActToldBefore(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, "2025-03-14"));

    [Theory]
    // The time belongs to what was done about the act, not to the act.
    [InlineData("Sudanese soldiers killed 30 Chadian civilians near the border in February, a U.N. report said on Friday. The killings drew a protest from Chad on 12 February.",
        "SDN>TCD 1823 2025-02")]
    // A noun with a complement of its own describes an act afresh.
    [InlineData("Sudanese soldiers killed 30 Chadian civilians near the border in February, a U.N. report said on Friday. The killings of 12 February were the worst.",
        "SDN>TCD 1823 2025-02")]
    // A reaction told with a time is no restatement.
    [InlineData("Turkish police have detained 40 Iranian nationals, the interior ministry said on Friday. The arrests were condemned by Tehran on Saturday.",
        "TUR>IRN 173 2025-03-14")]
    // A day of its own is never replaced by a later, unrelated one.
    [InlineData("Japanese and Indian forces began joint exercises on Monday. The drills took place off Goa in 2019.",
        "JPN>IND 062 2025-03-10")]
    public void NoRestatement_LeavesTheDateAsToldFirst(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, "2025-03-14"));

    // A present that runs to an end looks ahead; "last" before a month is no such verb.
    [Theory]
    [InlineData("The drills, which run until May 10, include live fire.", "2024-04-22", "2024-05-10")]
    [InlineData("The exhibition runs until Sunday.", "2025-03-14", "2025-03-16")]
    [InlineData("The drills will last until Sunday.", "2025-03-14", "2025-03-16")]
    [InlineData("Morocco recalled its ambassador from Madrid last May.", "2022-04-07", "2021-05")]
    public void Tag_RunUntil_LooksAhead(string text, string docDate, string expected)
    {
        var doc = DateOnly.Parse(docDate, System.Globalization.CultureInfo.InvariantCulture);
        var values = TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(doc, null)).SelectMany(e => e.Values).Select(v => v.ToString());
        Assert.Equal([expected], values);
    }

    private static readonly string[] s_months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static FuzzyDate[] Tagged(string text, DateOnly doc) =>
        [.. TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(doc, null)).SelectMany(e => e.Values)];

    // For any publication day, a weekday after a present "run until" lies ahead within the week, and "last" before a month
    // (no verb "last") never lands after the publication day.
    [Fact]
    public void Property_RunUntilLooksAhead_LastMonthLooksBack() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from weekday in Gen.Elements(RandomNewsDays.Weekdays) from month in Gen.Elements(s_months) select (doc, weekday, month)).ToArbitrary(), c =>
        {
            var until = Tagged($"The drills, which run until {c.weekday}, include live fire.", c.doc);
            var last = Tagged($"Morocco recalled its ambassador last {c.month}, the ministry said.", c.doc);
            return until is [{ Precision: DatePrecision.Day } end] && end.Earliest >= c.doc && end.Earliest.DayNumber - c.doc.DayNumber < 7
                && last is [{ } month] && month.Earliest <= c.doc;
        }).QuickCheckThrowOnFailure();

    // For any day the lead told and any length, the stay starts on that day and lasts that many days.
    [Fact]
    public void Property_Length_StartsOnTheDayToldAndLastsTheDaysStated() =>
        Prop.ForAll((from day in RandomNewsDays.Days from days in Gen.Choose(2, 14) select (day, days)).ToArbitrary(), c =>
        {
            var moved = RestatedActs.Moved(FuzzyDate.OfDay(c.day), new RestatedActs.Restatement("trip", -1, RestatedActs.Kind.Length, default, c.days), borrowed: false);
            return moved is { } m && m.Earliest == c.day && m.Latest.DayNumber - m.Earliest.DayNumber == c.days - 1;
        }).QuickCheckThrowOnFailure();

    // For any day told and any end, the act runs from the day told to the end when the end lies ahead within the longest run,
    // and keeps its day otherwise: an end never moves an act's start, and never makes it run backwards.
    [Fact]
    public void Property_Until_NeverMovesTheStartAndNeverRunsBackwards() =>
        Prop.ForAll((from day in RandomNewsDays.Days from offset in Gen.Choose(-100, 100) select (day, offset)).ToArbitrary(), c =>
        {
            var told = FuzzyDate.OfDay(c.day);
            var end = FuzzyDate.OfDay(c.day.AddDays(c.offset));
            var moved = RestatedActs.Moved(told, new RestatedActs.Restatement(null, 6, RestatedActs.Kind.Until, end, 0, "062"), borrowed: false);
            return moved is { } m && m.Earliest == c.day && (c.offset is > 0 and <= 62 ? m.Latest == end.Earliest : m == told);
        }).QuickCheckThrowOnFailure();

    // A date the act has of its own is only ever made finer: whatever time the restating clause gives, the result lies inside it.
    [Fact]
    public void Property_OwnDate_IsOnlyMadeFiner() =>
        Prop.ForAll((from day in RandomNewsDays.Days from offset in Gen.Choose(-60, 60) from month in Gen.Elements(true, false) select (day, offset, month)).ToArbitrary(), c =>
        {
            var told = c.month ? FuzzyDate.OfMonth(c.day.Year, c.day.Month) : FuzzyDate.OfDay(c.day);
            var moved = RestatedActs.Moved(told, new RestatedActs.Restatement("armed", -1, RestatedActs.Kind.Date, FuzzyDate.OfDay(c.day.AddDays(c.offset)), 0), borrowed: false);
            return moved is { } m && told.Contains(m);
        }).QuickCheckThrowOnFailure();

    // A borrowed day is replaced only by a time not after it and at most a month before it.
    [Fact]
    public void Property_BorrowedDay_IsReplacedOnlyByAnEarlierTimeWithinAMonth() =>
        Prop.ForAll((from day in RandomNewsDays.Days from offset in Gen.Choose(-90, 30) select (day, offset)).ToArbitrary(), c =>
        {
            var told = FuzzyDate.OfDay(c.day);
            var moved = RestatedActs.Moved(told, new RestatedActs.Restatement("arrest", -1, RestatedActs.Kind.Date, FuzzyDate.OfDay(c.day.AddDays(c.offset)), 0), borrowed: true);
            return moved is { } m && (c.offset is <= 0 and >= -31 ? m.Earliest == c.day.AddDays(c.offset) : m == told);
        }).QuickCheckThrowOnFailure();
}
