using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Military protection and peacekeeping (074) told as service abroad, and aid told in an object relative clause (branch
/// p38-material): a state's soldiers that served in a state named right after the verb (a place object), soldiers,
/// battalions or contingents sent to a state, and the aid "the aid Peru had sent to Haiti" tells (<c>AidObjectRelatives</c>). Sentences of our own;
/// each sense has twins that stay empty: an envoy who served in a capital, soldiers sent to a place of their own state or to
/// a place with no state, a state that "has" soldiers in another, an -ing form after a noun that is no soldier, a passive
/// clause, an aid total with no donor, a loan owed, goods of trade, aid only asked for, aid inside one state.
/// </summary>
public sealed class ServiceAbroadTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Nepalese soldiers have served in Lebanon since 1978.", "NPL", "LBN", "07")]
    [InlineData("Fijian troops served in Sinai in 2019 and have served in Syria since 2020.", "FJI", "SYR", "07")]
    [InlineData("Fiji sent about 200 soldiers to Lebanon in 2010.", "FJI", "LBN", "07")]
    [InlineData("Ghana dispatched its first battalion to Liberia in 2004.", "GHA", "LBR", "07")]
    [InlineData("Uruguay contributed a contingent to Haiti in 2005.", "URY", "HTI", "07")]
    public void ServiceAndAid_CodeTheirRoot(string text, string source, string target, string root) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    // an envoy is no soldier: serving in a capital is a posting, not peacekeeping
    [InlineData("The Peruvian ambassador served in Santiago from 2015 to 2019.")]
    // soldiers sent to a place of one's own state, or to a border with no state named, protect no other state
    [InlineData("Fiji sent 200 soldiers to Suva in 2010.")]
    [InlineData("Fiji sent 200 soldiers to the flooded province in 2010.")]
    // "has troops in" is said as often of an invader: left unread
    [InlineData("Moscow has 1,500 soldiers in Transnistria.")]
    // an -ing form after a noun that is no soldier stays a modifier
    [InlineData("Officials serving in Beirut praised Oman in 2020.")]
    public void TwinsWithoutService_StayEmpty(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.RootNumber == 7);

    [Theory]
    [InlineData("Quito thanked Lima for the humanitarian aid Peru had sent to Haiti.", "PER", "HTI", "07")]
    [InlineData("Ecuador thanked Chile for the relief supplies it delivered to Haiti.", "CHL", "HTI", "07")]
    [InlineData("The bridge was built with the loans that Seoul extended to Hanoi in 2009.", "KOR", "VNM", "07")]
    [InlineData("Colombo is still waiting for the loan Beijing promised Sri Lanka in 2016.", "CHN", "LKA", "03")]
    public void AidInAnObjectRelative_IsTheGiversAct(string text, string source, string target, string root) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    // a passive clause names no giver; a total of aid names no donor
    [InlineData("Ecuador praised the aid that was sent to Haiti by donors.")]
    [InlineData("The aid sent to Haiti reached $2 billion in 2010.")]
    // a loan received and repaid, goods of trade, aid only asked for
    [InlineData("Kenya repaid the loans it owed to China in 2023.")]
    [InlineData("Lima praised the copper Chile shipped to China in 2022.")]
    [InlineData("Kyiv listed the weapons it asked Berlin to send.")]
    // aid inside one state
    [InlineData("Lima praised the aid Peru had sent to Peruvian towns.")]
    public void RelativesWithoutAGiftBetweenStates_StayEmpty(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.RootNumber == 7 || e.Cameo.Value.StartsWith("033", StringComparison.Ordinal));
}
