using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// "Later that month", "Later that year", "Later in the month", "Earlier that year", "Later that week" opening a sentence:
/// the phrase names the period of the date told before, and its "later" is no sequence cue that would hand the act the
/// day told before. A bare "Later," still is. Our own sentences, different actors and roots.
/// </summary>
public sealed class LaterThatPeriodTests
{
    private const string Published = "2024-06-13";

    [Theory]
    [InlineData("Kenya expelled a Somali diplomat on 3 March 2021. Later that month, Somalia recalled its ambassador from Nairobi.", "SOM>KEN 161 2021-03")]
    [InlineData("Japan lodged a protest with South Korea on 16 May 2019. Later that year, Tokyo imposed export curbs on Seoul.", "JPN>KOR 163 2019")]
    [InlineData("Armenia and Azerbaijan held talks in Brussels on 14 May 2023. Later in the month, Armenia accused Azerbaijan of shelling.", "ARM>AZE 1123 2023-05")]
    [InlineData("India and China held border talks on 10 October 2021. Earlier that year, India criticised China over the standoff.", "IND>CHN 111 2021")]
    [InlineData("Kenya expelled a Somali diplomat on 3 March 2021. Later that week, Somalia recalled its ambassador from Nairobi.", "SOM>KEN 161 2021-03-01/2021-03-07")]
    public void Extract_LaterThatPeriod_DatesTheActByThatPeriod(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    // Hard negative: a bare "Later," names no period; the act follows the one told before, on its day as before.
    [Fact]
    public void Extract_BareLater_StaysASequenceCue() =>
        Assert.Contains("SOM>KEN 161 2021-03-03", RandomNewsDays.Coded("Kenya expelled a Somali diplomat on 3 March 2021. Later, Somalia recalled its ambassador from Nairobi.", Published));

    // Any day told before: "Later that month" is that day's month.
    [Fact]
    public void Property_LaterThatMonth_IsTheMonthOfTheDayTold() =>
        Prop.ForAll(RandomNewsDays.Days.ToArbitrary(), day =>
        {
            var text = $"Kenya expelled a Somali diplomat on {RandomNewsDays.Written(day)}. Later that month, Somalia recalled its ambassador from Nairobi.";
            return RandomNewsDays.Dates(text, new DateOnly(2025, 12, 31)).Contains(FuzzyDate.OfMonth(day.Year, day.Month));
        }).QuickCheckThrowOnFailure();
}
