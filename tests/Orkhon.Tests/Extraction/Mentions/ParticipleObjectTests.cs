using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// An object "it" after a participle that acts on a party ("…, accusing it of", "…, urging it to", "…, warning it against") is
/// the state the sentence named before it that is not its subject, as after the finite verb ("accused it of"); a state's office
/// named by its possessive ("Latvia's envoy") lets "it" be that state, a person by name never does.
/// </summary>
public sealed class ParticipleObjectTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Moscow expelled Latvia's envoy, accusing it of hostility.", "RUS", "LVA", "112")]
    [InlineData("The United States imposed new sanctions on Venezuela on Tuesday, accusing it of rigging the vote.", "USA", "VEN", "112")]
    [InlineData("Lithuania halted gas imports from Russia last year, accusing it of using energy as a weapon.", "LTU", "RUS", "112")]
    [InlineData("Japan has lodged a protest with China, urging it to stop drilling near the median line.", "JPN", "CHN", "02")]
    [InlineData("Ethiopia on Friday summoned Sudan's ambassador, warning it against further incursions.", "ETH", "SDN", "13")]
    public void ObjectItAfterAParticiple_IsTheOtherStateNamed(string text, string source, string target, string codePrefix)
    {
        Assert.Contains(Extract(text), e => (e.Source.Code, e.Target.Code) == (source, target) && e.Cameo.Value.StartsWith(codePrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void AParticipleThatActsOnNoParty_LeavesItUnread()
    {
        // "calling it a consultation": "it" is the recall, not Mali.
        var events = Extract("France recalled its ambassador from Mali, calling it a consultation.");
        Assert.DoesNotContain(events, e => e.Cameo.Value.StartsWith("11", StringComparison.Ordinal));
    }

    [Fact]
    public void APersonNamed_IsNoAntecedentOfIt()
    {
        var events = Extract("Putin hosted Lukashenko in Sochi, urging it to deepen integration.");
        Assert.DoesNotContain(events, e => e.Cameo.Value.StartsWith("02", StringComparison.Ordinal) && e.Target.Code == "BLR");
    }
}
