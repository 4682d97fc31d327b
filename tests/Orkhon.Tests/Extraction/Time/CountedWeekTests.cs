using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A week counted from the day told before: "the following week", "the previous week", "that same week" name the Monday-to-
/// Sunday week after, before or holding that day, as "last week" names the week before the publication day's. Our own
/// sentences, in several orders and tenses; a month or a year told before names no week, and a week ahead of the
/// publication day is no past.
/// </summary>
public sealed class CountedWeekTests
{
    private const string Published = "2024-06-13";

    [Theory]
    // Wednesday 3 March 2021: its week runs from Monday 1 to Sunday 7 March.
    [InlineData("Kenya expelled a Somali diplomat on 3 March 2021. Somalia expelled a Kenyan envoy the following week.", "SOM>KEN 174 2021-03-08/2021-03-14")]
    [InlineData("Kenya expelled a Somali diplomat on 3 March 2021. The previous week, Somalia had accused Kenya of meddling.", "SOM>KEN 1121 2021-02-22/2021-02-28")]
    [InlineData("Kenya expelled a Somali diplomat on 3 March 2021. That same week, Somalia recalled its ambassador from Nairobi.", "SOM>KEN 161 2021-03-01/2021-03-07")]
    [InlineData("On 16 May 2019 Japan lodged a protest with South Korea. South Korea summoned the Japanese ambassador the following week.", "KOR>JPN 114 2019-05-20/2019-05-26")]
    [InlineData("India and China held border talks on 10 October 2021. In the same week, India criticised China over the standoff.", "IND>CHN 111 2021-10-04/2021-10-10")]
    public void Extract_WeekCountedFromADayTold_IsThatWeek(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    [Theory]
    // Hard negatives: from a month no week is named; a following week after the publication day has not happened; a
    // comparison names no time of an act.
    [InlineData("Kenya expelled a Somali diplomat in March 2021. The following week Somalia expelled a Kenyan envoy.", "SOM>KEN 174 -")]
    [InlineData("NAIROBI, June 11 (Reuters) - Kenya expelled a Somali diplomat on Monday. The following week Somalia expelled a Kenyan envoy.", "SOM>KEN 174 -")]
    [InlineData("Kenya expelled a Somali diplomat on 3 March 2021, up from the previous week.", "KEN>SOM 174 2021-03-03")]
    public void Extract_WeekWithNoDayToCountFrom_NamesNoWeek(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    // Any day: "the following week" is the Monday-to-Sunday week after the day's own, seven days long, starting on a Monday.
    [Fact]
    public void Property_FollowingWeek_IsTheNextMondayToSunday() =>
        Prop.ForAll(RandomNewsDays.Days.ToArbitrary(), day =>
        {
            var text = $"Kenya expelled a Somali diplomat on {RandomNewsDays.Written(day)}. Somalia expelled a Kenyan envoy the following week.";
            var dates = RandomNewsDays.Dates(text, new DateOnly(2025, 12, 31));
            var monday = day.AddDays(7 - (((int)day.DayOfWeek + 6) % 7));
            return dates.Contains(FuzzyDate.Between(FuzzyDate.OfDay(monday), FuzzyDate.OfDay(monday.AddDays(6))));
        }).QuickCheckThrowOnFailure();
}
