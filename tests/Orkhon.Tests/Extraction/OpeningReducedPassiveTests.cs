using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A sentence that opens on a noun with a reduced passive ("A deal signed by A and B took effect", "A truce brokered by X between
/// A and B held"): the participle's act is told as done, its agent after "by" (a title before it skipped) is the actor.
/// </summary>
public sealed class OpeningReducedPassiveTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("A deal signed by the foreign ministers of Ghana and Togo took effect on Monday.", "GHA>TGO 057")]
    [InlineData("The agreement signed by Chile and Peru in 2014 settled the maritime border.", "CHL>PER 057")]
    [InlineData("A truce brokered by Kenya between Sudan and Chad held on Monday.", "KEN>SDN 045")]
    [InlineData("A truce brokered by Kenya between Sudan and Chad held on Monday.", "KEN>TCD 045")]
    public void OpeningNounWithAgent_TellsTheAct(string text, string expected) =>
        Assert.Contains(expected, Pairs(text));

    [Theory]
    [InlineData("A visit planned by the Indian prime minister was cancelled.")]
    [InlineData("The statement issued by Japan and Korea called for calm.")]
    public void OpeningNounWithAnUncodedParticiple_TellsNothing(string text) =>
        Assert.Empty(Pairs(text));

    [Fact]
    public void AgentAfterATitle_InsideAnObject_IsStillTheParticiplesOwn()
    {
        // "hosted by" after the object: the host is no party of the signing.
        var pairs = Pairs("Ghana and Togo signed a border accord on Friday in a ceremony hosted by the president of Benin.");
        Assert.Contains("GHA>TGO 057", pairs);
        Assert.DoesNotContain(pairs, p => p.StartsWith("GHA>BEN 057", StringComparison.Ordinal) || p.StartsWith("TGO>BEN 057", StringComparison.Ordinal));
    }
}
