using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// "the two men", "the two generals", "the two rivals": pair nouns of people stand for the last two people named, pair nouns of
/// states for the last two parties, in a sentence after the one that named them.
/// </summary>
public sealed class PairPeopleNounTests
{
    private static List<string> Events(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.RootNumber:00}")];

    [Theory]
    // "the two men": the last two people named.
    [InlineData("Kenyan President William Ruto arrived in Addis Ababa on Monday and was received by Ethiopian Prime Minister Abiy Ahmed. The two men signed an agreement on a power line.", "KEN", "ETH", "05")]
    // "the two generals": the chiefs named before.
    [InlineData("The army chiefs of Pakistan and India spoke by telephone on Monday. The two generals met in Wagah on Tuesday.", "PAK", "IND", "04")]
    // "the two rivals": a pair noun of states, the last two parties.
    [InlineData("Greek and Turkish warships shadowed each other in the Aegean on Monday. The two rivals agreed on Tuesday to resume talks on maritime borders.", "GRC", "TUR", "03")]
    public void PairNoun_IsTheLastTwoNamed_InEitherDirection(string text, string one, string other, string root)
    {
        var events = Events(text);
        Assert.True(events.Contains($"{one}>{other} {root}") || events.Contains($"{other}>{one} {root}"), string.Join(", ", events));
    }

    [Fact]
    public void TheTwoGenerals_AreTheMinistersNamedBefore() =>
        // "generals" is a pair noun for two people, as "leaders" and "ministers" are; the first sentence codes only visits to Russia.
        Assert.Contains("KAZ>KGZ 04", Events(
            "Kazakh Defence Minister Ruslan Zhaksylykov and his Kyrgyz counterpart Baktybek Bekbolotov arrived in Moscow on 12 March 2024. The two generals met at the Russian defence ministry on 13 March 2024."));

    // Two states but no person named before: were "the two men" read as the last two parties, the agreement would be coded.
    [Fact]
    public void TheTwoMen_WithNoPersonNamed_AreNoPair() =>
        Assert.DoesNotContain(Events(
            "Kenyan police arrested two Ethiopian men in Nairobi on Monday. The two men signed an agreement on a power line."), e => e.EndsWith(" 05", StringComparison.Ordinal));

    // "men" and "women" name no office: with fewer than two people named before, no state stands in for a missing one, and
    // private people told of after two states add nothing to what the first sentence gave.
    [Theory]
    [InlineData("Pakistani and Afghan border guards exchanged fire at Torkham on Monday.", "The two men were arrested in Peshawar on Tuesday.")]
    [InlineData("Armenia and Azerbaijan exchanged fire along the border on Monday.", "Armenia's foreign minister later spoke to the two women wounded in the shelling.")]
    [InlineData("Kenya and Uganda traded protests over the island on Monday.", "Both women were detained by police in Kampala.")]
    [InlineData("Iran and Britain held consular talks in Tehran on Monday.", "The two journalists were freed on Tuesday and flew to London.")]
    public void PrivatePeople_AfterTwoStates_AddNoEvent(string first, string second) =>
        Assert.Equal(Events(first), Events(first + " " + second));

    [Fact]
    public void BothMen_AreTheTwoLeadersNamedBefore()
    {
        var events = Events(
            "French President Emmanuel Macron received Indian Prime Minister Narendra Modi in Paris on Friday. Both men pledged to deepen defence ties.");
        Assert.True(events.Contains("FRA>IND 03") || events.Contains("IND>FRA 03"), string.Join(", ", events));
    }
}
