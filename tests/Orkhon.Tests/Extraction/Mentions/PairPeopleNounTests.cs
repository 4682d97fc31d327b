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

    [Fact]
    public void TheTwoMen_AreTheLastTwoPeopleNamed()
    {
        var events = Events(
            "Kenyan President William Ruto arrived in Addis Ababa on Monday and was received by Ethiopian Prime Minister Abiy Ahmed. The two men signed an agreement on a power line.");
        Assert.Contains(events, e => e is "KEN>ETH 05" or "ETH>KEN 05");
    }

    [Fact]
    public void TheTwoGenerals_AreTheChiefsNamedBefore()
    {
        var events = Events(
            "The army chiefs of Pakistan and India spoke by telephone on Monday. The two generals met in Wagah on Tuesday.");
        Assert.Contains(events, e => e is "PAK>IND 04" or "IND>PAK 04");
    }

    [Fact]
    public void TheTwoRivals_AreTheTwoStatesNamedBefore()
    {
        var events = Events(
            "Greek and Turkish warships shadowed each other in the Aegean on Monday. The two rivals agreed on Tuesday to resume talks on maritime borders.");
        Assert.Contains(events, e => e is "GRC>TUR 03" or "TUR>GRC 03");
    }

    [Fact]
    public void TheTwoMen_WithOnlyOnePersonNamed_AreNoPair() =>
        Assert.DoesNotContain(Events(
            "Police in Nairobi arrested two men on Monday. The two men signed a confession."), e => e.EndsWith(" 05", StringComparison.Ordinal));
}
