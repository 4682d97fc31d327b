using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// An act whose only time is "this week" is dated by the month the publication day stands in, the side the corpus README's
/// table "Date calls the writers split" names first (the writers of most fit items wrote the month, one item the week's
/// span). Twins: "earlier this week", "last week" and "next week" keep their days and weeks, and a day told with the act
/// ("on Tuesday") still dates it. Our own sentences; the publication day is Thursday 14 March 2024 unless the case says
/// otherwise.
/// </summary>
public sealed class ThisWeekMonthTests
{
    private const string Thursday = "2024-03-14";

    [Theory]
    [InlineData("Kazakhstan and Uzbekistan signed a water-sharing agreement this week.", "KAZ>UZB 057 2024-03")]
    [InlineData("The Philippines summoned China's ambassador this week over a collision near Second Thomas Shoal.", "PHL>CHN 114 2024-03")]
    [InlineData("ASTANA, March 14 (Reuters) - Kazakhstan's foreign minister visited Beijing this week, the ministry said.", "KAZ>CHN 042 2024-03")]
    public void Extract_ThisWeekAlone_IsTheMonth(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Thursday));

    // A week that straddles two months: a Monday 1 April publication day's week began on Monday 1 April 2024; a Tuesday 2
    // April 2024 one's too, and the act is April's, the month of the day the story was filed.
    [Fact]
    public void Extract_ThisWeekAcrossAMonthEnd_IsThePublicationDaysMonth() =>
        Assert.Contains("KAZ>UZB 057 2024-04", RandomNewsDays.Coded("Kazakhstan and Uzbekistan signed a water-sharing agreement this week.", "2024-04-02"));

    [Theory]
    // Twin: "earlier this week" is the days of the week before the publication day (Monday to Wednesday).
    [InlineData("Kazakhstan and Uzbekistan signed a water-sharing agreement earlier this week.", "KAZ>UZB 057 2024-03-11/2024-03-13")]
    // Twin: "last week" is the week before.
    [InlineData("Kazakhstan and Uzbekistan signed a water-sharing agreement last week.", "KAZ>UZB 057 2024-03-04/2024-03-10")]
    // Twin: a weekday with the act dates it.
    [InlineData("Kazakhstan and Uzbekistan signed a water-sharing agreement on Tuesday.", "KAZ>UZB 057 2024-03-12")]
    public void Extract_OtherWeekPhrases_KeepTheirDays(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Thursday));

    // Any publication day: "this week" alone dates the act by that day's month; "last week" by the Monday-to-Sunday week
    // before it, which is never a month.
    [Fact]
    public void Property_ThisWeek_IsThePublicationMonth() =>
        Prop.ForAll(RandomNewsDays.Days.ToArbitrary(), day =>
        {
            var doc = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var month = day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7) - 7);
            var thisWeek = RandomNewsDays.Coded("Kazakhstan and Uzbekistan signed a water-sharing agreement this week.", doc);
            var lastWeek = RandomNewsDays.Coded("Kazakhstan and Uzbekistan signed a water-sharing agreement last week.", doc);
            return thisWeek.Contains($"KAZ>UZB 057 {month}")
                && lastWeek.Contains($"KAZ>UZB 057 {monday:yyyy-MM-dd}/{monday.AddDays(6):yyyy-MM-dd}");
        }).QuickCheckThrowOnFailure();
}
