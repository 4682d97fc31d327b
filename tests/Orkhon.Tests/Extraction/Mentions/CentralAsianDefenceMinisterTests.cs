using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// Defence ministers of Kazakhstan, Uzbekistan and Tajikistan (officeholders.tsv, p19-actors) act for their state's armed
/// forces in their term; out of it, or as "former" ministers, they stand for no state. Names many people bear are read in
/// full only. Sentences are our own.
/// </summary>
public sealed class CentralAsianDefenceMinisterTests
{
    private static List<EventMention> Extract(string text, DateOnly date) => EventExtractor.Default.Extract(text, date);

    [Theory]
    [InlineData("Zhaksylykov held talks with Mongolia's defence minister in Astana on Monday.", 2024, "KAZ", "MNG")]
    [InlineData("Tasmagambetov visited Moscow on Monday to discuss air defence.", 2015, "KAZ", "RUS")]
    [InlineData("Defence Minister Bakhodir Kurbanov met his Turkish counterpart in Tashkent on Monday.", 2023, "UZB", "TUR")]
    [InlineData("Sherali Mirzo flew to Beijing on Monday for talks on border security.", 2019, "TJK", "CHN")]
    public void DefenceMinister_InTerm_ActsAsTheArmedForces(string text, int year, string source, string target) =>
        Assert.Contains(Extract(text, new DateOnly(year, 6, 3)), e => e.Source.Code == source && e.Target.Code == target && e.Source.Role == ActorRole.Military);

    [Theory]
    // Out of office: Yermekbayev left the ministry in 2021 (and heads the SCO's secretariat from 2025), Berdiyev in 2017.
    [InlineData("Yermekbayev visited Ulaanbaatar on Monday.", 2023, "KAZ")]
    [InlineData("Former defence minister Kabul Berdiyev visited China on Monday.", 2012, "UZB")]
    // A bare common surname names no one: "Kurbanov" alone could be anyone of that name.
    [InlineData("Kurbanov visited Mongolia on Monday.", 2023, "UZB")]
    public void DefenceMinister_OutOfTermOrBareCommonName_IsNoActor(string text, int year, string code) =>
        Assert.DoesNotContain(Extract(text, new DateOnly(year, 6, 3)), e => e.Source.Code == code);
}
