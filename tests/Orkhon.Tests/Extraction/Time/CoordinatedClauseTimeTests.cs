using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A time phrase that opens a coordinated clause ("…, and on 18 October the foreign ministers of the two countries
/// discussed…", "; in June both governments condemned…") dates that clause's act, when its subject is a noun phrase opened by
/// a determiner as well as when it is a name or a pronoun. Our own sentences, agency and newspaper style, with "and", "but"
/// and a semicolon, different actors and roots.
/// </summary>
public sealed class CoordinatedClauseTimeTests
{
    private const string Published = "2024-10-25";

    [Theory]
    [InlineData("Mongolia's prime minister visited Singapore in July 2022, and on 18 October the foreign ministers of Mongolia and Singapore discussed tourism by telephone.", "MNG>SGP 041 2024-10-18")]
    [InlineData("Japan protested to China in May, and on Tuesday the two governments of Japan and China held talks in Tokyo.", "JPN>CHN 040 2024-10-22")]
    [InlineData("Kenya expelled a Somali diplomat in March; in June both Somalia and Djibouti condemned Kenya.", "SOM>KEN 111 2024-06")]
    [InlineData("Kenya expelled a Somali diplomat in March, and in June the Somali government recalled its ambassador from Nairobi.", "SOM>KEN 161 2024-06")]
    [InlineData("Kenya expelled a Somali diplomat in March but in June the Somali foreign ministry praised Kenya.", "SOM>KEN 051 2024-06")]
    public void Extract_TimeOpeningACoordinatedClause_DatesItsAct(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    [Theory]
    // Hard negatives: the first clause keeps its own time; a relative clause inside the subject keeps its own year; a vague
    // stretch ("in the weeks that followed") names no day, and the act keeps the time told before.
    [InlineData("Kenya expelled a Somali diplomat in March, and in June the Somali government recalled its ambassador from Nairobi.", "KEN>SOM 174 2024-03")]
    [InlineData("Kenya criticised Somalia on Monday and on Tuesday the Ugandan president, who praised Kenya in 2019, stayed silent.", "UGA>KEN 051 2019")]
    [InlineData("Kenya expelled a Somali diplomat in March and in the weeks that followed Somalia recalled its ambassador from Nairobi.", "SOM>KEN 161 2024-03")]
    public void Extract_OtherClausesTimes_AreKept(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    // Any two days: the act after ", and on <day> the …" takes that day, the first act its own.
    [Fact]
    public void Property_CoordinatedClause_TakesTheDayThatOpensIt() =>
        Prop.ForAll((from first in RandomNewsDays.Days from gap in Gen.Choose(1, 300) select (first, second: first.AddDays(gap))).ToArbitrary(), c =>
        {
            var text = $"Kenya expelled a Somali diplomat on {RandomNewsDays.Written(c.first)}, and on {RandomNewsDays.Written(c.second)} the Somali government recalled its ambassador from Nairobi.";
            var dates = RandomNewsDays.Dates(text, new DateOnly(2026, 12, 31));
            return dates.Contains(FuzzyDate.OfDay(c.first)) && dates.Contains(FuzzyDate.OfDay(c.second));
        }).QuickCheckThrowOnFailure();
}
