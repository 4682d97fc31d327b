using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Hostile acts aimed at a named city or region (object <c>place</c> in events.tsv: "Russian missiles hit Odesa" hits
/// Ukraine), incursions into airspace, and crowds besieging a mission; and the neighbouring senses of the same verbs
/// ("hit China with tariffs", "hit back at", "struck a deal") that must give no fighting event.
/// </summary>
public sealed class ConflictPlaceTargetTests
{
    private static string[] Summary(string text) =>
        [.. EventExtractor.Default.Extract(text, null).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Russian missiles hit Kharkiv on 3 May 2024.", "RUS>UKR 195")]
    [InlineData("Russian drones attacked Odesa overnight on 3 May 2024.", "RUS>UKR 190")]
    [InlineData("Russian artillery shelled Kherson on 3 May 2024.", "RUS>UKR 194")]
    [InlineData("Azerbaijani forces shelled villages inside Armenia in September 2022.", "AZE>ARM 194")]
    [InlineData("Three Russian drones strayed into Romanian airspace in September 2023.", "RUS>ROU 192")]
    [InlineData("Polish helicopters crossed into Belarusian airspace in August 2023.", "POL>BLR 192")]
    [InlineData("Chinese protesters besieged the Japanese embassy in September 2012.", "CHN>JPN 145")]
    [InlineData("Pakistan carried out air strikes inside Iran in January 2024.", "PAK>IRN 195")]
    [InlineData("Ukrainian troops pushed into Russia's Kursk region in August 2024.", "UKR>RUS 192")]
    [InlineData("Britain vowed to hold Russia accountable for the poisoning in March 2018.", "GBR>RUS 130")]
    [InlineData("Russia called up 300,000 reservists to fight in Ukraine in September 2022.", "RUS>UKR 154")]
    public void TheHostileSense_GivesItsEvent(string text, string expected) => Assert.Contains(expected, Summary(text));

    [Theory]
    [InlineData("Washington hit China with tariffs in May 2024.")] // a trade measure, not a strike
    [InlineData("Beijing hit back at Washington in May 2024.")] // a verbal reply
    [InlineData("Turkey struck a deal with Ukraine in July 2022.")] // no place struck
    [InlineData("The storm hit Odesa in November 2023.")] // no actor strikes
    [InlineData("Russia attacked Ukraine's claims in May 2024.")] // a possessor is no target place
    [InlineData("Chinese airlines flew into Russian airspace in 2023.")] // airlines are no armed force
    [InlineData("Kazakhstan pushed into the Chinese market in 2023.")] // a market is no territory
    public void TheOtherSenses_GiveNoFightingEvent(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.Split(' ')[1].StartsWith("19", StringComparison.Ordinal));

    [Theory]
    [InlineData("Japan pledged to hold talks with Russia in 2023.")] // "hold" without "accountable" is a meeting
    [InlineData("Britain did not vow to hold Russia accountable in 2018.")] // a negated vow
    [InlineData("Russia called up 300,000 reservists in September 2022.")] // no state to fight in
    public void TheOtherSenses_GiveNoThreatOrPosture(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.Split(' ')[1] is "130" or "154");
}
