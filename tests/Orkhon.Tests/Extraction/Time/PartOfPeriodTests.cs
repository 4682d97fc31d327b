using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A part of a year or month told by its place in it ("at the end of the year", "early in the month", "in the first half of
/// the year", "in mid-2019"): the act is dated by that year or month, the precision the text gives, as "in late 2019" is. The
/// period is the one of the date told before, else the publication day's. A deadline ("by the end of the year") dates no act.
/// Our own sentences in agency and newspaper order, different actors, roots and word orders.
/// </summary>
public sealed class PartOfPeriodTests
{
    private const string Published = "2024-06-13";

    [Theory]
    // Newspaper background: the year of the date told in the sentence before.
    [InlineData("Argentina and Chile signed a gas accord in March 2019. At the end of the year, Bolivia recalled its ambassador from Santiago.", "BOL>CHL 161 2019")]
    [InlineData("Kenya and Somalia restored ties on 4 May 2021. Early in the month, Nairobi had expelled a Somali diplomat.", "KEN>SOM 174 2021-05")]
    [InlineData("Serbia hosted Hungarian troops in 2017. In the first half of the year, Belgrade also signed a defence pact with Budapest.", "SRB>HUN 057 2017")]
    // Agency copy with no date before: the publication day's year or month.
    [InlineData("Poland expelled a Belarusian diplomat at the start of the year, the foreign ministry said.", "POL>BLR 174 2024")]
    [InlineData("Thailand accused Cambodia of shelling border villages late in the month, officials said.", "THA>KHM 1123 2024-06")]
    [InlineData("Earlier in the year, Peru condemned Venezuela over the election.", "PER>VEN 111 2024")]
    // A year with its part joined by a hyphen, in the middle and at the start of the sentence.
    [InlineData("Ghana signed a loan agreement with China in mid-2019, the finance ministry said.", "GHA>CHN 057 2019")]
    [InlineData("Late-2020 talks collapsed after Egypt criticised Ethiopia over the dam.", "EGY>ETH 111 2020")]
    public void Extract_PartOfAPeriod_DatesTheActByThePeriod(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    [Theory]
    // A deadline is when the act is to be done, not when it was: the statement keeps its own day.
    [InlineData("France said on Tuesday it would pull its troops out of Niger by the end of the year.", "2024-06-11")]
    // "That month" names the month of the day told before, not a later one.
    [InlineData("Canada expelled two Indian diplomats on Monday. At the end of that month, India recalled its envoy from Ottawa.", "2024-06")]
    // "That year" with no year told names nothing: the publication day is no year told, and the act keeps no date.
    [InlineData("Poland expelled a Belarusian diplomat at the end of that year.", " -")]
    public void Extract_DeadlineOrToldMonth_KeepsTheDayItGives(string text, string expected) =>
        Assert.Contains(RandomNewsDays.Coded(text, Published), e => e.EndsWith(expected, StringComparison.Ordinal));

    // Hard negative: a part of the year in a sentence with no two parties gives no event.
    [Fact]
    public void Extract_PartOfTheYearWithoutParties_GivesNoEvent() =>
        Assert.Empty(RandomNewsDays.Coded("Inflation eased at the end of the year, and growth picked up early in the month.", Published));

    // Any day told before: "at the end of the year" is that day's year, "early in the month" that day's month.
    [Fact]
    public void Property_PartOfThePeriod_IsThePeriodOfTheDayTold() =>
        Prop.ForAll(RandomNewsDays.Days.ToArbitrary(), day =>
        {
            var year = $"Kenya expelled a Somali diplomat on {RandomNewsDays.Written(day)}. At the end of the year, Somalia recalled its ambassador.";
            var month = $"Kenya expelled a Somali diplomat on {RandomNewsDays.Written(day)}. Early in the month, Somalia recalled its ambassador.";
            return RandomNewsDays.Dates(year, new DateOnly(2025, 12, 31)).Contains(FuzzyDate.OfYear(day.Year))
                && RandomNewsDays.Dates(month, new DateOnly(2025, 12, 31)).Contains(FuzzyDate.OfMonth(day.Year, day.Month));
        }).QuickCheckThrowOnFailure();

    // Any publication day: with nothing told before, the part is of that day's year.
    [Fact]
    public void Property_PartOfTheYearWithNothingTold_IsThePublicationYear() =>
        Prop.ForAll(RandomNewsDays.Days.ToArbitrary(), day =>
            RandomNewsDays.Dates("Poland expelled a Belarusian diplomat at the end of the year.", day).Contains(FuzzyDate.OfYear(day.Year)))
        .QuickCheckThrowOnFailure();
}
