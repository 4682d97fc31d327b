using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// A suspended hyphen ("a Russian- and Turkish-brokered truce", "Qatari-, Egyptian- and U.S.-mediated talks"): every state
/// before the shared suffix mediates, and none of them is a party of the sentence's own verb. Sentences are our own; the
/// negatives are compounds of making and speaking, which tell no act.
/// </summary>
public sealed class SuspendedCompoundTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 10, 10));

    [Theory]
    [InlineData("Israel and Lebanon accepted a U.S.- and French-brokered ceasefire on Tuesday.", "FRA", "LBN")]
    [InlineData("Israel and Lebanon accepted a U.S.- and French-brokered ceasefire on Tuesday.", "USA", "ISR")]
    [InlineData("Armenia and Azerbaijan signed a Russian- and Turkish-brokered truce on Monday.", "RUS", "AZE")]
    [InlineData("Armenia and Azerbaijan signed a Russian- and Turkish-brokered truce on Monday.", "TUR", "ARM")]
    [InlineData("Israel and Hamas agreed to a Qatari-, Egyptian- and U.S.-brokered truce on Wednesday.", "QAT", "ISR")]
    [InlineData("Israel and Hamas agreed to a Qatari-, Egyptian- and U.S.-brokered truce on Wednesday.", "EGY", "PSE")]
    [InlineData("The Egyptian- and Qatari-mediated talks between Israel and Hamas resumed in Cairo on Sunday.", "EGY", "ISR")]
    public void EveryStateBeforeTheSharedSuffix_Mediates(string text, string mediator, string side) =>
        Assert.Contains(Extract(text), e => e.Source.Code == mediator && e.Target.Code == side && e.Cameo.Value == "045");

    [Fact]
    public void SuspendedHead_IsNoPartyOfTheVerb() =>
        Assert.DoesNotContain(Extract("Armenia and Azerbaijan signed a Russian- and Turkish-brokered truce on Monday."), e => e.Target.Code == "RUS" && e.Cameo.Value == "057");

    [Theory]
    [InlineData("Russia flies Russian- and Chinese-made jets over the Arctic.")]
    [InlineData("The region's Russian- and Kazakh-speaking villages held a festival on Sunday.")]
    public void CompoundOfNoAct_GivesNoEvent(string text) => Assert.Empty(Extract(text));
}
