using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A participial pledge after a joint act on a third state's standing ("A, B and C signed a declaration on Austria's
/// neutrality, pledging to respect it"): the participle shares the act's topic, so the pledge is each party's towards that
/// state, as the corpus README's convention "Several states acting on a third state's standing" codes a pledge to respect it
/// (030 each), and never each signer's towards the others (ThirdStateStatus.BeforeParticiple). The sentences are our own.
/// </summary>
public sealed class ParticipialPledgeOnAThirdStateTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 8, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Germany, France and Italy signed a joint declaration on Austria's permanent neutrality on Monday, pledging to respect it.", "AUT", "DEU", "FRA", "ITA")]
    [InlineData("The envoys of Britain, Japan and Canada signed a statement on Moldova's independence, pledging to respect it and to defend it.", "MDA", "GBR", "JPN", "CAN")]
    [InlineData("Chile, Peru and Brazil signed a declaration in Lima on Bolivia's territorial integrity, pledging to uphold it.", "BOL", "CHL", "PER", "BRA")]
    public void Extract_PledgeAfterAnActOnAThirdStatesStanding_IsEachPartysTowardsThatState(string text, string third, params string[] parties)
    {
        var coded = Coded(text);
        Assert.All(parties, p => Assert.Contains($"{p}>{third} 030", coded));
        Assert.DoesNotContain(coded, c => parties.Any(a => parties.Any(b => c.StartsWith($"{a}>{b} 03", StringComparison.Ordinal))));
    }

    // Twins: the same pledge after a joint act on another topic, or on a party's own standing, is each party's to the others.
    [Theory]
    [InlineData("Germany, France and Italy signed a joint declaration on energy on Monday, pledging to cooperate closely.", "DEU>FRA 030", "FRA>ITA 030")]
    [InlineData("Germany, France and Italy signed a joint declaration on Austria's gas supplies, pledging to cooperate closely.", "DEU>FRA 030", "ITA>DEU 030")]
    [InlineData("Chile, Peru and Brazil signed a declaration on Peru's territorial integrity in Lima, pledging to cooperate.", "CHL>PER 030", "BRA>CHL 030")]
    public void Extract_PledgeAfterAnotherJointAct_StaysAmongTheParties(string text, string oneWay, string another)
    {
        var coded = Coded(text);
        Assert.Contains(oneWay, coded);
        Assert.Contains(another, coded);
    }
}
