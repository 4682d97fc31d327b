using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A year that closes a capitalised name opened by a determiner or a possessive ("the Khaan Quest 2024 exercise", "Russia's
/// Vostok 2022 manoeuvres", "the Beijing 2022 Winter Olympics") is part of the name, not a time of any act: the acts of the
/// sentence keep the day the story is on, and a sentence that tells nothing else hands on the day told before it. Our own
/// sentences, in agency and newspaper order, with different actors and roots.
/// </summary>
public sealed class YearOfANameTests
{
    [Theory]
    // The name opens the sentence, before its first phrase: the dateline's day dates the act, not the name's year.
    [InlineData("ULAANBAATAR, July 29 (Montsame) - The Khaan Quest 2024 peacekeeping exercise opened near Ulaanbaatar. Mongolia's defence minister thanked the United States for its support.", "2024-07-29", "MNG>USA 051 2024-07-29")]
    [InlineData("VLADIVOSTOK, Sept 3 (Reuters) - At Russia's Vostok 2022 manoeuvres, China's defence minister praised Russia.", "2022-09-03", "CHN>RUS 051 2022-09-03")]
    [InlineData("BEIJING, Feb 5 (Xinhua) -- At the opening of the Beijing 2022 Winter Olympics, Chinese President Xi Jinping hosted Russia's president.", "2022-02-05", "CHN>RUS 043 2022-02-05")]
    // The sentence the name stands in hands on no year: the day told before it is what the next sentence counts from.
    [InlineData("Russian and Chinese warships began joint naval drills in the Sea of Japan on Monday, the defence ministry said. The Northern Interaction 2024 drills include anti-submarine practice. The exercise came three days after Japan criticised Russia over an airspace violation.", "2024-07-17", "JPN>RUS 111 2024-07-12")]
    [InlineData("The Maritime Security Belt 2023 drills opened near Chabahar on Tuesday. Iran's navy chief thanked China for sending two destroyers.", "2023-06-20", "IRN>CHN 051 2023-06-20")]
    public void Extract_YearOfAName_DatesNoAct(string text, string published, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, published));

    [Theory]
    // Hard negatives: a year after a lower-case word or inside a month's phrase is a time; a year that frames a war is still
    // the war's time; a relative clause keeps its own year.
    [InlineData("During the 2020 war, Azerbaijan shelled Armenian towns.", "AZE>ARM 194 2020")]
    [InlineData("Japan's Prime Minister Shinzo Abe visited Mongolia in October 2013.", "JPN>MNG 042 2013-10")]
    [InlineData("Kenya criticised Somalia on Monday and on Tuesday the Ugandan president, who praised Kenya in 2019, stayed silent.", "UGA>KEN 051 2019")]
    public void Extract_YearThatIsATime_StillDates(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, "2024-07-17"));

    // Hard negative: a named exercise with no two parties gives no event.
    [Fact]
    public void Extract_NamedExerciseWithoutParties_GivesNoEvent() =>
        Assert.Empty(RandomNewsDays.Coded("The Khaan Quest 2024 exercise drew troops from 20 countries.", "2024-07-17"));

    // Any day and any year in the name: the act counted from the day told before is that day less the count.
    [Fact]
    public void Property_YearOfAName_LeavesTheDayToldBefore() =>
        Prop.ForAll((from day in RandomNewsDays.Days from nameYear in Gen.Choose(1990, 2030) from n in Gen.Choose(2, 9) select (day, nameYear, n)).ToArbitrary(), c =>
        {
            var text = $"Russian and Chinese warships began joint drills on {RandomNewsDays.Written(c.day)}. The Joint Sea {c.nameYear} drills include gunnery practice. "
                + $"The exercise came {c.n} days after Japan criticised Russia over an airspace violation.";
            return RandomNewsDays.Dates(text, new DateOnly(2025, 12, 31)).Contains(FuzzyDate.OfDay(c.day.AddDays(-c.n)));
        }).QuickCheckThrowOnFailure();
}
