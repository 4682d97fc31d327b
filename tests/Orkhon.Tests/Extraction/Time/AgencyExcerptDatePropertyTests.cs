using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Time;

// Properties of the dates agency excerpts get through relative phrases, over random datelines and event days (2000–2025):
// a weekday under a dateline ("on Tuesday", "late on Sunday"), "a day after …" in a sentence with no time of its own, "the
// same day" / "the next day" after a day told earlier in the sentence, "earlier this week", "in the past week", "a year
// after …", and a comparison "the first … since YEAR" that never dates the act.
public sealed class AgencyExcerptDatePropertyTests
{
    private static readonly string[] s_weekdays = RandomNewsDays.Weekdays;

    private static readonly string[] s_counts = ["a", "two", "three", "four", "five"];

    private static readonly Gen<DateOnly> s_days = RandomNewsDays.Days;

    private static string Written(DateOnly day) => RandomNewsDays.Written(day);

    private static string Dateline(string city, DateOnly day) => RandomNewsDays.Dateline(city, day, "Reuters");

    private static FuzzyDate?[] Dates(string text, DateOnly? doc) => RandomNewsDays.Dates(text, doc);

    [Fact]
    public void Property_WeekdayUnderADateline_IsThatWeekdayWithinTheWeekUpToTheDateline() =>
        Prop.ForAll((from doc in s_days from weekday in Gen.Choose(0, 6) from late in Gen.Elements("on", "late on", "early on") select (doc, weekday, late)).ToArbitrary(), c =>
        {
            var dates = Dates($"{Dateline("VILNIUS", c.doc)}Lithuania expelled a Russian diplomat {c.late} {s_weekdays[c.weekday]}, the foreign ministry said.", c.doc);
            return dates is [{ Precision: DatePrecision.Day, IsSpan: false } d] && (int)d.Earliest.DayOfWeek == c.weekday
                && d.Earliest.DayNumber - c.doc.DayNumber is >= -6 and <= 0;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_DaysAfterInAnUndatedSentence_CountsBackFromTheDayToldBefore() =>
        Prop.ForAll((from day in s_days from n in Gen.Choose(1, 5) select (day, n)).ToArbitrary(), c =>
        {
            var days = c.n == 1 ? "day" : "days";
            var dates = Dates($"The IMF approved a loan for Pakistan on {Written(c.day)}. The approval came {s_counts[c.n - 1]} {days} after Saudi Arabia deposited $2 billion with Pakistan's central bank.", null);
            return dates.Length == 2 && dates[0] == FuzzyDate.OfDay(c.day) && dates[1] == FuzzyDate.OfDay(c.day.AddDays(-c.n));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_SameOrNextDay_CountsFromTheDayToldEarlierInTheSentence() =>
        Prop.ForAll((from day in s_days from next in Gen.Elements(true, false) from doc in Gen.Choose(2, 40) select (day, next, doc)).ToArbitrary(), c =>
        {
            var dates = Dates($"Canada's prime minister told parliament on {Written(c.day)} that Indian agents may have been behind a killing, and Ottawa expelled an Indian diplomat {(c.next ? "the next day" : "the same day")}.",
                c.day.AddDays(c.doc));
            return dates is [{ } d] && d == FuzzyDate.OfDay(c.day.AddDays(c.next ? 1 : 0));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_EarlierThisWeek_RunsFromMondayToTheDayBefore() =>
        Prop.ForAll(s_days.ToArbitrary(), doc =>
        {
            var dates = Dates("China summoned Japan's ambassador earlier this week.", doc);
            var monday = doc.AddDays(-(((int)doc.DayOfWeek + 6) % 7));
            return dates is [{ } d] && (doc == monday
                ? d == FuzzyDate.Between(FuzzyDate.OfDay(monday), FuzzyDate.OfDay(monday.AddDays(6)))
                : d.Earliest == monday && d.Latest == doc.AddDays(-1));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_InThePastWeek_IsTheSevenDaysBefore() =>
        Prop.ForAll(s_days.ToArbitrary(), doc =>
        {
            var dates = Dates("Israeli jets struck targets in Syria several times in the past week.", doc);
            return dates is [{ } d] && d.Earliest == doc.AddDays(-7) && d.Latest == doc.AddDays(-1);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_AYearAfter_DatesTheEarlierVisitByTheYearBefore() =>
        Prop.ForAll(s_days.ToArbitrary(), day =>
        {
            var dates = Dates($"Poland's president visited Kyiv on {Written(day)}, a year after Ukraine's president visited Warsaw.", null);
            return dates.Length == 2 && dates[0] == FuzzyDate.OfDay(day) && dates[1] == FuzzyDate.OfYear(day.Year - 1);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_FirstSinceAYear_NeverDatesTheAct() =>
        Prop.ForAll((from day in s_days from back in Gen.Choose(1, 30) select (day, back)).ToArbitrary(), c =>
        {
            var dates = Dates($"{Dateline("WASHINGTON", c.day)}The U.S. president received Mongolia's prime minister at the White House. The prime minister was the first Mongolian head of government to travel to Washington since {c.day.Year - c.back}.", c.day);
            return dates.Length == 2 && dates.All(d => d == FuzzyDate.OfDay(c.day));
        }).QuickCheckThrowOnFailure();
}
