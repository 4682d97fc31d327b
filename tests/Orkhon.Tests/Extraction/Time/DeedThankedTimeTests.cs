using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A month or a year in the "for"/"on" complement of a verb of thanks or congratulation dates the deed thanked for, not the
/// thanks: "thanked Poland for taking in refugees last year" is told on the day of the story. A day there, and a time
/// outside such a complement, stay the verb's own. Our own sentences, not corpus ones.
/// </summary>
public sealed class DeedThankedTimeTests
{
    [Theory]
    [InlineData("WARSAW, April 5 (Reuters) - Ukrainian President Volodymyr Zelenskiy on Wednesday thanked Poland for taking in millions of refugees last year.", "2023-04-05", "UKR>POL 051 2023-04-05")]
    [InlineData("BEIJING, May 16 (Reuters) - Chinese President Xi Jinping on Thursday congratulated Russian President Vladimir Putin on his re-election in March.", "2024-05-16", "CHN>RUS 051 2024-05-16")]
    [InlineData("ASTANA, June 11 (Reuters) - Kazakh President Kassym-Jomart Tokayev on Monday congratulated Mongolian President Ukhnaagiin Khurelsukh on his election the previous year.", "2024-06-11", "KAZ>MNG 051 2024-06-10")]
    public void Extract_TimeOfTheDeedThankedFor_LeavesTheThanksOnTheDay(string text, string doc, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, doc));

    // Twins: a time the verb carries itself, written before the complement or with no complement at all, still dates it.
    [Theory]
    [InlineData("German Chancellor Olaf Scholz in March 2023 thanked Poland for taking in refugees.", "DEU>POL 051 2023-03")]
    [InlineData("Ukrainian President Volodymyr Zelenskiy thanked Poland in March 2023.", "UKR>POL 051 2023-03")]
    [InlineData("Ukrainian President Volodymyr Zelenskiy thanked Poland for its support in a speech in March 2023.", "UKR>POL 051 2023-03")]
    public void Extract_TimeOfTheThanksItself_StillDatesIt(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, null));

    // Whatever the day of the story and the year of the deed, the thanks keep the story's day; the same year written before the
    // verb dates the thanks.
    [Fact]
    public void Property_YearOfTheDeed_NeverDatesTheThanks() =>
        Prop.ForAll((from day in RandomNewsDays.Days from back in Gen.Choose(1, 20) select (day, back)).ToArbitrary(), c =>
        {
            var year = c.day.Year - c.back;
            var weekday = RandomNewsDays.Weekdays[(int)c.day.DayOfWeek];
            var thanks = $"{RandomNewsDays.Dateline("WARSAW", c.day)}Ukrainian President Volodymyr Zelenskiy on {weekday} thanked Poland for its help in {year}.";
            var twin = $"In {year} Ukrainian President Volodymyr Zelenskiy thanked Poland for its help.";
            return RandomNewsDays.Dates(thanks, c.day).Contains(FuzzyDate.OfDay(c.day))
                && RandomNewsDays.Dates(twin, c.day).Select(d => d?.ToString()).Contains(year.ToString(CultureInfo.InvariantCulture));
        }).QuickCheckThrowOnFailure();
}
