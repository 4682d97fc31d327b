using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Two attachments of news text, on sentences of our own that the extractor of main 5852662 got wrong:
/// <list type="bullet">
/// <item>A symmetric act's partner follows "with" past a noun phrase that names a place or a topic ("discussed the war in
/// Ukraine with his Turkish counterpart", "signed a deal on arms purchases from Russia with France"): the place is where the
/// noun's matter is, not a party (<c>PairFinder.PartnerPastPlaces</c>, and a phrase's gap passes a state read as a place after
/// "in").</item>
/// <item>"visiting" after a comma or an auxiliary, or before a bare state or capital, is the verb of a visit ("Kim, visiting
/// Moscow, met Putin"): the name after it is the destination, not a guest whose own visit the sentence would tell
/// (<see cref="VisitingGuests"/>).</item>
/// </list>
/// </summary>
public sealed class PartnerPastPlaceTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    private static bool Has(List<EventMention> events, string source, string target, string root) =>
        events.Exists(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("The Turkish foreign minister discussed the situation in Syria with his Iranian counterpart on Monday.", "TUR", "IRN", "SYR", "04")]
    [InlineData("Kazakhstan's president discussed the crisis in Afghanistan with the Uzbek president.", "KAZ", "UZB", "AFG", "04")]
    [InlineData("The French president discussed the conflict in Sudan with Egypt's president by phone.", "FRA", "EGY", "SDN", "04")]
    [InlineData("Japan signed a memorandum on energy imports from Australia with South Korea on Friday.", "JPN", "KOR", "AUS", "05")]
    [InlineData("India signed a deal on arms purchases from Russia with France.", "IND", "FRA", "RUS", "05")]
    [InlineData("Mongolia held talks on coal exports to China with Japan.", "MNG", "JPN", "CHN", "04")]
    public void SymmetricActWithPartnerPastAPlace_PairsWithThePartner(string text, string source, string partner, string place, string root)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, partner, root), $"expected {source}->{partner} root {root}");
        Assert.False(events.Exists(e => e.Target.Code == place || e.Source.Code == place), $"{place} is a place, no party");
    }

    [Theory]
    // The first party after the verb is the partner itself: the later "with" is inside its topic.
    [InlineData("Japan signed an agreement with South Korea on trade with China.", "JPN", "KOR", "CHN")]
    public void PartnerRightAfterTheVerb_StaysThePartner(string text, string source, string partner, string other)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, partner, "05"), $"expected {source}->{partner}");
        Assert.False(Has(events, source, other, "05"), $"{other} is inside the topic");
    }

    [Theory]
    // Hard negatives: a topic and a venue, with no partner.
    [InlineData("The minister discussed the war in Ukraine at a conference in Berlin.")]
    [InlineData("Officials discussed the situation in Gaza with reporters in Cairo.")]
    public void TopicAndVenueWithoutAPartner_GiveNoEvent(string text) =>
        Assert.Empty(Extract(text));

    [Theory]
    [InlineData("Turkey's president, visiting Baku, met Aliyev on Tuesday.", "TUR", "AZE")]
    [InlineData("The Chinese foreign minister is visiting Moscow and held talks with Lavrov.", "CHN", "RUS")]
    [InlineData("Modi, visiting Washington, held talks with Biden.", "IND", "USA")]
    [InlineData("Kim Jong Un, visiting Moscow, met Putin.", "PRK", "RUS")]
    public void VisitingAsAVerb_TellsOnlyTheVisitorsVisit(string text, string visitor, string host)
    {
        var events = Extract(text);
        Assert.True(Has(events, visitor, host, "042"), $"expected {visitor}->{host} 042");
        Assert.False(Has(events, host, visitor, "042"), $"{host} made no visit to {visitor}");
    }

    [Theory]
    [InlineData("Xi Jinping met visiting Kazakh President Tokayev in Beijing.", "KAZ", "CHN")]
    [InlineData("The Indian foreign minister met the visiting Japanese foreign minister.", "JPN", "IND")]
    public void VisitingAsAnAdjective_StillTellsTheGuestsVisit(string text, string guest, string host) =>
        Assert.True(Has(Extract(text), guest, host, "042"), $"expected {guest}->{host} 042");
}
