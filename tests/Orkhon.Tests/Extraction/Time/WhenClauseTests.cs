using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A ", when" clause after a time phrase tells what happened then ("Relations have been tense since 2014, when Russia annexed
/// Crimea"): its act is dated by that time, as a point, even where the time opens a "since" span. Our own sentences in
/// newspaper background style, different actors, roots and time phrases.
/// </summary>
public sealed class WhenClauseTests
{
    private const string Published = "2024-06-13";

    [Theory]
    [InlineData("Relations have been tense since 2014, when Russia annexed Crimea from Ukraine.", "RUS>UKR 192 2014")]
    [InlineData("Ties between the two have been frosty since March 2021, when Beijing imposed sanctions on Lithuania.", "CHN>LTU 163 2021-03")]
    [InlineData("Armenia's anger has been building since September 2022, when Azerbaijani forces shelled Armenian towns.", "AZE>ARM 194 2022-09")]
    [InlineData("The rift dates from 12 June 2019, when Japan restricted exports to South Korea.", "JPN>KOR 163 2019-06-12")]
    [InlineData("Nothing has moved since last year, when Kenya expelled two Somali diplomats.", "KEN>SOM 174 2023")]
    [InlineData("The crisis began in 2017, when Saudi Arabia cut ties with Qatar.", "SAU>QAT 161 2017")]
    public void Extract_WhenClauseAfterATime_DatesItsActByThatTime(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    // Hard negatives: a "when" with no time before its comma, and a time whose "when" clause is cut by another comma, add no date.
    [Theory]
    [InlineData("The talks collapsed, when Kenya expelled two Somali diplomats.", "KEN>SOM 174 -")]
    [InlineData("Since 2014, the year of the war, when asked about Crimea, Ukraine has criticised Russia.", "UKR>RUS 111 2014/..")]
    public void Extract_WhenClauseWithoutATimeBeforeIt_TakesNoDateFromIt(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    // Any day: "since <day>, when …" dates the act by that day.
    [Fact]
    public void Property_SinceDayWhen_IsThatDay() =>
        Prop.ForAll(RandomNewsDays.Days.ToArbitrary(), day =>
            RandomNewsDays.Dates($"Ties have been strained since {RandomNewsDays.Written(day)}, when Kenya expelled two Somali diplomats.", new DateOnly(2025, 12, 31))
                .Contains(FuzzyDate.OfDay(day)))
        .QuickCheckThrowOnFailure();
}
