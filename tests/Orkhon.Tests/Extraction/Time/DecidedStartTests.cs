using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A decided measure told with the day it takes effect ("will close the border from Monday", "would suspend flights from
/// June 1"): the start after "from" is when the measure takes effect, and the act is dated on the day it was announced (the
/// corpus README's "announced decisions"), so it keeps the reporting clause's day or the day carried from the sentence
/// before. Without the modal, a span, or "on" instead of "from", the time dates the act as before. Our own sentences; the
/// publication day is Friday 10 May 2024.
/// </summary>
public sealed class DecidedStartTests
{
    private const string Friday = "2024-05-10";

    [Theory]
    [InlineData("Kazakhstan will close its border with Kyrgyzstan from Monday, the interior minister said on Wednesday.", "KAZ>KGZ 1381 2024-05-08")]
    [InlineData("Kazakhstan said on Tuesday it would suspend flights to Georgia from June 1.", "KAZ>GEO 163 2024-05-07")]
    // The day carried from the sentence before, not a June 1 read as last year's.
    [InlineData("Ecuador and Peru signed a border accord on Thursday. Under the accord, Peru will withdraw its troops from the frontier from 1 June.", "PER>ECU 0356 2024-05-09")]
    public void Extract_StartOfADecidedMeasure_DatesTheAnnouncement(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    [Theory]
    // A span is the act's own time.
    [InlineData("Kazakhstan closed its border with Kyrgyzstan from Monday to Wednesday, the interior minister said on Thursday.", "KAZ>KGZ 191 2024-05-06/2024-05-08")]
    // No modal: the act began on that day.
    [InlineData("Kazakhstan has closed its border with Kyrgyzstan from Monday, the interior minister said on Wednesday.", "KAZ>KGZ 191 2024-05-06")]
    public void Extract_NoDecidedStart_KeepsItsTime(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    // Any publication day, any weekday of the week before it for the statement, any weekday for the start: the decided
    // closure takes the statement's day; told in the past ("closed … from"), the closure takes the start's own day.
    [Fact]
    public void Property_DecidedClosure_TakesTheStatementsDay() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from said in Gen.Choose(0, 6) from start in Gen.Choose(0, 6) select (doc, said, start)).ToArbitrary(), c =>
        {
            var saidDay = c.doc.AddDays(-c.said);
            var startDay = c.doc.AddDays(-c.start);
            var docDate = c.doc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var decided = RandomNewsDays.Coded(
                $"Kazakhstan will close its border with Kyrgyzstan from {RandomNewsDays.Weekdays[(int)startDay.DayOfWeek]}, the interior minister said on {RandomNewsDays.Weekdays[(int)saidDay.DayOfWeek]}.", docDate);
            var told = RandomNewsDays.Coded(
                $"Kazakhstan has closed its border with Kyrgyzstan from {RandomNewsDays.Weekdays[(int)startDay.DayOfWeek]}, the interior minister said on {RandomNewsDays.Weekdays[(int)saidDay.DayOfWeek]}.", docDate);
            return decided.Contains($"KAZ>KGZ 1381 {saidDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")
                && told.Contains($"KAZ>KGZ 191 {startDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }).QuickCheckThrowOnFailure();
}
