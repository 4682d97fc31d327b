using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// Background times that must not date an act: a year that modifies a noun after other modifiers ("over a deadly 2014
/// explosion", "Beijing's 2013 air defence zone"), and a time told in the main clause before a semicolon ("A decade ago …;
/// on Friday it signed …"). Our own sentences, agency and newspaper order, different actors and roots; publication day
/// Sunday 18 April 2021.
/// </summary>
public sealed class BackgroundTimeTests
{
    private const string Published = "2021-04-18";

    [Theory]
    // A determiner, one or two modifiers, the year, the noun: the year is the noun's.
    [InlineData("On Saturday, Poland expelled five Russian diplomats over a deadly 2014 explosion at an arms depot.", "POL>RUS 174 2021-04-17")]
    [InlineData("Lithuania summoned the Belarusian ambassador on Thursday over the disputed 2020 election.", "LTU>BLR 114 2021-04-15")]
    [InlineData("The European Union on Monday imposed sanctions on Belarus for its fraudulent 2020 presidential vote.", "EU>BLR 163 2021-04-12")]
    [InlineData("Canada condemned Iran on Wednesday over the downing of a Ukrainian airliner, recalling its brutal 2009 crackdown on protesters.", "CAN>IRN 111 2021-04-14")]
    // A possessive opens the noun phrase as a determiner does.
    [InlineData("Japan protested to China on Friday about Beijing's 2013 air defence zone.", "JPN>CHN 114 2021-04-16")]
    public void Extract_YearModifyingANoun_DatesTheNounNotTheAct(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    [Theory]
    // Hard negatives: a year that is the act's own time stays the act's.
    [InlineData("Kenya expelled a Somali diplomat in 2014.", "KEN>SOM 174 2014")]
    [InlineData("In 2014 Kenya expelled a Somali diplomat.", "KEN>SOM 174 2014")]
    [InlineData("Kenya expelled a Somali diplomat in early 2014 over a border dispute.", "KEN>SOM 174 2014")]
    public void Extract_YearOfTheActItself_StillDatesTheAct(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    [Theory]
    // The clause after the semicolon takes its own opening time; the one before keeps the sentence's opening time.
    [InlineData("Two years ago Kazakhstan was closing its border with China; on Tuesday it signed a trade agreement with Beijing.", "KAZ>CHN 191 2019", "KAZ>CHN 057 2021-04-13")]
    [InlineData("In 2019 Ethiopia closed its border with Eritrea; on Tuesday Ethiopia signed a trade agreement with Eritrea.", "ETH>ERI 191 2019", "ETH>ERI 057 2021-04-13")]
    [InlineData("Last year Turkey threatened Sweden with sanctions; on Thursday it praised Stockholm for new laws.", "TUR>SWE 1312 2020", "TUR>SWE 051 2021-04-15")]
    // An untold time ("years ago") dates nothing, and the later clause is still its own.
    [InlineData("Years ago Japan criticised South Korea over the dispute; on Monday Tokyo praised Seoul for its restraint.", "JPN>KOR 111 -", "JPN>KOR 051 2021-04-12")]
    public void Extract_TimeAfterASemicolon_DatesOnlyItsOwnClause(string text, string before, string after)
    {
        var coded = RandomNewsDays.Coded(text, Published);
        Assert.Contains(before, coded);
        Assert.Contains(after, coded);
    }

    // Whatever year the noun carries, the act keeps the day written for it.
    [Fact]
    public void Property_YearOfANounAfterAModifier_NeverDatesTheAct() =>
        Prop.ForAll((from day in RandomNewsDays.Days from year in Gen.Choose(1950, 2020) select (day, year)).ToArbitrary(), c =>
        {
            var text = $"On {RandomNewsDays.Written(c.day)}, Kenya expelled a Somali diplomat over a deadly {c.year} bombing.";
            return RandomNewsDays.Dates(text, new DateOnly(2025, 12, 31)).SequenceEqual([FuzzyDate.OfDay(c.day)]);
        }).QuickCheckThrowOnFailure();

    // The clause after a semicolon takes its own day, the one before it its own year, in any order of years and days.
    [Fact]
    public void Property_SemicolonClauses_KeepTheirOwnTimes() =>
        Prop.ForAll((from day in RandomNewsDays.Days from back in Gen.Choose(1, 30) select (day, back)).ToArbitrary(), c =>
        {
            var year = c.day.Year - c.back;
            var text = $"In {year} Ethiopia closed its border with Eritrea; on {RandomNewsDays.Written(c.day)} Ethiopia signed a trade agreement with Eritrea.";
            var dates = RandomNewsDays.Dates(text, new DateOnly(2025, 12, 31));
            return dates.SequenceEqual([FuzzyDate.OfYear(year), FuzzyDate.OfDay(c.day)]);
        }).QuickCheckThrowOnFailure();
}
