using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// "Hours earlier", "hours later", "minutes earlier", "moments later" count from the day told before as "the same day" does:
/// hours fall within that day. A past perfect told "Hours earlier" is no undated flashback but an act of that day. Twins: a
/// count of days moves the day; "Days earlier" names no day and leaves the act as it was. Our own sentences; the publication
/// day is Friday 10 May 2024.
/// </summary>
public sealed class HoursCountedTests
{
    private const string Friday = "2024-05-10";

    [Theory]
    [InlineData("Brazil expelled Venezuela's ambassador on Wednesday. Hours earlier, Caracas had recalled its envoy from Brasilia.", "VEN>BRA 161 2024-05-08")]
    [InlineData("Brazil expelled Venezuela's ambassador on Wednesday. Minutes earlier, Caracas had recalled its envoy from Brasilia.", "VEN>BRA 161 2024-05-08")]
    public void Extract_HoursFromTheDayTold_IsThatDay(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    [Theory]
    // Twin: a count of days moves the day.
    [InlineData("Brazil expelled Venezuela's ambassador on Wednesday. Two days earlier, Caracas had recalled its envoy from Brasilia.", "VEN>BRA 161 2024-05-06")]
    // Twin: "Days earlier" counts no day: the flashback stays undated.
    [InlineData("Brazil expelled Venezuela's ambassador on Wednesday. Days earlier, Caracas had recalled its envoy from Brasilia.", "VEN>BRA 161 -")]
    public void Extract_OtherCounts_AreNotTheSameDay(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    // Any publication day and a day one to six days before it: "Hours earlier" after that day is that day.
    [Fact]
    public void Property_HoursEarlier_IsTheDayToldBefore() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(1, 6) from unit in Gen.Elements("Hours", "Minutes", "Moments") select (doc, back, unit)).ToArbitrary(), c =>
        {
            var told = c.doc.AddDays(-c.back);
            var text = $"Brazil expelled Venezuela's ambassador on {RandomNewsDays.Weekdays[(int)told.DayOfWeek]}. {c.unit} earlier, Caracas had recalled its envoy from Brasilia.";
            return RandomNewsDays.Coded(text, c.doc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Contains($"VEN>BRA 161 {told:yyyy-MM-dd}");
        }).QuickCheckThrowOnFailure();
}
