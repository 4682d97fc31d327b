using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Time;

// Properties of dates the extractor attaches through relative phrases, over random publication days and event days
// (2000–2025): the reporting clause's bare weekday, "a day earlier" and "the next day" after a written day, "N days ago",
// a planned trip dated by its statement whatever month it names, and "on the Nth day of the visit".
public sealed class RelativeAttachmentPropertyTests
{
    private static readonly string[] s_weekdays = RandomNewsDays.Weekdays;

    private static readonly string[] s_ordinals = ["first", "second", "third", "fourth", "fifth"];

    private static readonly Gen<DateOnly> s_days = RandomNewsDays.Days;

    private static string Written(DateOnly day) => RandomNewsDays.Written(day);

    private static FuzzyDate?[] Dates(string text, DateOnly? doc) => RandomNewsDays.Dates(text, doc);

    [Fact]
    public void Property_ReportingWeekday_DatesTheActOnThatWeekdayWithinTheWeekBefore() =>
        Prop.ForAll((from doc in s_days from weekday in Gen.Choose(0, 6) select (doc, weekday)).ToArbitrary(), c =>
        {
            var dates = Dates($"Belgium expelled a Russian diplomat, the foreign ministry said {s_weekdays[c.weekday]}.", c.doc);
            return dates is [{ Precision: DatePrecision.Day } d] && (int)d.Earliest.DayOfWeek == c.weekday
                && d.Earliest.DayNumber - c.doc.DayNumber is >= -6 and <= 0;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_ADayEarlier_IsTheDayBeforeTheOneWritten() =>
        Prop.ForAll(s_days.ToArbitrary(), day =>
        {
            var dates = Dates($"Lithuania expelled a Russian diplomat on {Written(day)}. A day earlier, Russia had expelled a Lithuanian diplomat.", null);
            return dates.Length == 2 && dates[0] == FuzzyDate.OfDay(day) && dates[1] == FuzzyDate.OfDay(day.AddDays(-1));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_TheNextDay_IsTheDayAfterTheOneWritten() =>
        Prop.ForAll(s_days.ToArbitrary(), day =>
        {
            var dates = Dates($"Iraq's prime minister arrived in Ankara on {Written(day)} and met Turkey's president the next day.", null);
            return dates.Length == 2 && dates[0] == FuzzyDate.OfDay(day) && dates[1] == FuzzyDate.OfDay(day.AddDays(1));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_DaysLater_CountsOnFromTheDayWritten() =>
        Prop.ForAll((from day in s_days from n in Gen.Choose(2, 10) select (day, n)).ToArbitrary(), c =>
        {
            var dates = Dates($"Serbia expelled a Montenegrin diplomat on {Written(c.day)}. {c.n} days later, Montenegro expelled a Serbian diplomat.", null);
            return dates.Length == 2 && dates[0] == FuzzyDate.OfDay(c.day) && dates[1] == FuzzyDate.OfDay(c.day.AddDays(c.n));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_DaysAgo_CountsBackFromThePublicationDay() =>
        Prop.ForAll((from doc in s_days from n in Gen.Choose(2, 300) select (doc, n)).ToArbitrary(), c =>
        {
            var dates = Dates($"Venezuela expelled Peruvian diplomats {c.n} days ago.", c.doc);
            return dates is [{ } d] && d == FuzzyDate.OfDay(c.doc.AddDays(-c.n));
        }).QuickCheckThrowOnFailure();

    // Whatever month the trip names, before or after the publication month, the intent is dated by the statement's weekday.
    [Fact]
    public void Property_PlannedTrip_IsDatedByTheStatementNotTheTrip() =>
        Prop.ForAll((from doc in s_days from month in Gen.Choose(1, 12) from weekday in Gen.Choose(0, 6) select (doc, month, weekday)).ToArbitrary(), c =>
        {
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(c.month);
            var dates = Dates($"Turkey's president will visit Baghdad in {monthName}, his office said on {s_weekdays[c.weekday]}.", c.doc);
            return dates is [{ Precision: DatePrecision.Day } d] && (int)d.Earliest.DayOfWeek == c.weekday && d.Earliest <= c.doc;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_NthDayOfAVisit_SpansTheVisitFromItsFirstDayToTheDayTold() =>
        Prop.ForAll((from day in s_days from nth in Gen.Choose(1, 5) select (day, nth)).ToArbitrary(), c =>
        {
            var dates = Dates($"France's president laid a wreath in Hanoi on {Written(c.day)}, on the {s_ordinals[c.nth - 1]} day of his state visit to Vietnam.", null);
            var told = FuzzyDate.OfDay(c.day);
            return dates is [{ } d] && d == (c.nth == 1 ? told : FuzzyDate.Between(FuzzyDate.OfDay(c.day.AddDays(1 - c.nth)), told));
        }).QuickCheckThrowOnFailure();
}
