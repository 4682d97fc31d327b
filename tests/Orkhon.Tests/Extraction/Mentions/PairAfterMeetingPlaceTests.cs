using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// "The two sides" after talks held in a capital are the two parties that met, not the capital's state or organisation
/// (Brussels, the EU's seat); a place still counts when too few parties are named ("X arrived in Hanoi. The two sides…").
/// </summary>
public sealed class PairAfterMeetingPlaceTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Fact]
    public void TalksInACapital_TheTwoSidesAreThePartiesThatMet()
    {
        var events = Extract("Armenian and Azerbaijani diplomats held talks in Brussels on 6 May 2024. The two sides agreed to meet again in June 2024.");
        Assert.Contains(events, e => e.Cameo.Value == "036" && e.Source.Code == "ARM" && e.Target.Code == "AZE");
        Assert.DoesNotContain(events, e => e.Cameo.Value == "036" && (e.Source.Code == "EU" || e.Target.Code == "EU"));
    }

    [Fact]
    public void OnePartyAndItsDestination_TheTwoSidesIncludeTheHost() =>
        Assert.Contains(Extract("Kenya's president arrived in Beijing on 6 May 2024. The two sides agreed to meet again in June 2024."),
            e => e.Cameo.Value == "036" && new[] { e.Source.Code, e.Target.Code }.Order().SequenceEqual(new[] { "CHN", "KEN" }));
}
