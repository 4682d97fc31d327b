using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The senses of roots 01–09 that the p19-senses-a block adds (troop reductions, units kept abroad or sent to reinforce a
/// state, personnel and air defence promised, a state informed or notified, a port or plant opened by two states, a prisoner
/// exchange agreed as a noun, optimism or scepticism voiced with "remain", an admission of responsibility as a noun) and
/// charges denied after an auxiliary (", a charge Moscow has repeatedly denied"), in
/// sentences of our own, and the hard negatives that keep each to its event.
/// </summary>
public sealed class SensesRootsOneToNineTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Moscow announced a drawdown of troops near the border with Ukraine in 2021.", "RUS", "UKR", "087")]
    [InlineData("Beijing reduced its forces along the frontier with India in 2021.", "CHN", "IND", "087")]
    [InlineData("Russia maintains a brigade in Tajikistan under a 2012 agreement.", "RUS", "TJK", "074")]
    [InlineData("Rwanda kept a contingent in the Central African Republic throughout 2023.", "RWA", "CAF", "074")]
    [InlineData("Washington deployed 3,000 troops to bolster Poland in February 2022.", "USA", "POL", "074")]
    [InlineData("Nairobi pledged 1,000 police officers to Haiti in 2023.", "KEN", "HTI", "0334")]
    [InlineData("The Netherlands promised air defence batteries to Ukraine in 2023.", "NLD", "UKR", "0332")]
    [InlineData("Moscow notified Washington of the missile test in advance in 2023.", "RUS", "USA", "064")]
    [InlineData("Washington informed Kyiv of the planned strikes in 2022.", "USA", "UKR", "064")]
    [InlineData("Nazarbayev and Xi opened a dry port on the border in 2015.", "KAZ", "CHN", "061")]
    [InlineData("Moscow and Kyiv agreed on a prisoner swap in June 2025.", "RUS", "UKR", "0353")]
    [InlineData("Baku and Yerevan agreed to a swap of prisoners in December 2023.", "AZE", "ARM", "0353")]
    [InlineData("Seoul remained hopeful about the talks with Pyongyang in 2018.", "KOR", "PRK", "013")]
    [InlineData("Manila remained wary of Beijing's proposal in 2024.", "PHL", "CHN", "012")]
    [InlineData("Russia's acknowledgement of responsibility for the downing of the Azerbaijani airliner came in 2025.", "RUS", "AZE", "015")]
    [InlineData("Beijing called the American allegations ridiculous in 2023.", "CHN", "USA", "016")]
    [InlineData("Seoul repatriated two North Korean sailors in 2023.", "KOR", "PRK", "0841")]
    [InlineData("Minsk handed over the detained Lithuanian guards to Vilnius in 2024.", "BLR", "LTU", "0841")]
    [InlineData("Tehran set up a field hospital in Syria in 2016.", "IRN", "SYR", "073")]
    [InlineData("Azerbaijan deployed a field hospital to Turkey in 2023.", "AZE", "TUR", "073")]
    [InlineData("Tashkent and Bishkek opened a joint industrial park on the border in 2023.", "UZB", "KGZ", "061")]
    [InlineData("Seoul and Astana forged a strategic partnership in 2024.", "KOR", "KAZ", "050")]
    [InlineData("Tokyo and Canberra conferred on maritime security in 2023.", "JPN", "AUS", "040")]
    [InlineData("Moscow cancelled Cuba's debt in 2014.", "RUS", "CUB", "071")]
    [InlineData("Tokyo voiced hope that Beijing would lift the ban in 2024.", "JPN", "CHN", "013")]
    public void NewSenses_CodeTheirEvent(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    // a reduction of something other than troops, and troops reduced at home
    [InlineData("Moscow ordered a reduction of gas supplies to Europe in 2022.", "08")]
    [InlineData("Britain reduced its troops in 2020 as part of a defence review.", "08")]
    // keeping a people or a promise, not a unit
    [InlineData("Russia kept its promise to Belarus in 2023.", "07")]
    [InlineData("The company kept a team in Mongolia for the tender.", "07")]
    // sending staff or officers home, not to reinforce a state
    [InlineData("Seoul sent its officers to the conference in Tokyo in 2024.", "07")]
    // promises of money or of a visit are not protection
    [InlineData("Tokyo promised Mongolia a loan for the airport in 2013.", "033")]
    [InlineData("Nairobi pledged support to the mission without sending police.", "0334")]
    // informed as an adjective, and reporters briefed
    [InlineData("Informed sources in Moscow said the talks had stalled.", "06")]
    [InlineData("The spokesman briefed reporters in Beijing on Monday.", "06")]
    // a port opened to ships, or a plant opened at home
    [InlineData("Ukraine opened its ports to grain ships from Turkey in 2022.", "06")]
    // an exchange of views, not of prisoners
    [InlineData("Moscow and Kyiv agreed to an exchange of views on the grain corridor.", "035")]
    // optimism remaining as a noun, and an admission of nothing
    [InlineData("Hope remained in Kyiv that talks with Moscow would resume.", "01")]
    [InlineData("Russia's admission to the Council of Europe came in 1996.", "01")]
    // a decision called absurd is criticism, not a denial; a chargé d'affaires is no charge
    [InlineData("Moscow called the Latvian charge d'affaires to the ministry in 2022.", "016")]
    [InlineData("Moscow called the Czech decision absurd in April 2021.", "016")]
    // its own people brought home, power handed over at home, a hospital built at home
    [InlineData("Tokyo repatriated 60 Japanese nationals from Sudan in 2023.", "0841")]
    [InlineData("The general handed over power to civilian officers in 2021.", "0841")]
    [InlineData("Kazakhstan opened a field hospital in Astana in 2020.", "073")]
    // a state's own partnership with its people, a visit cancelled near a word on debt
    [InlineData("Mongolia established a partnership to support its herders in 2023.", "050")]
    [InlineData("Russia cancelled the visit of the Cuban minister after the talks on energy.", "071")]
    // hope about the weather
    [InlineData("Mongolia expressed hope that the winter would be mild.", "01")]
    public void NotTheAct_GivesNoEventOfTheCode(string text, string code) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(code, StringComparison.Ordinal));

    [Theory]
    [InlineData("Estonia said Russian jets had violated its airspace, a charge Moscow has repeatedly denied.")]
    [InlineData("Manila said Chinese ships had rammed its boat, a claim Beijing has flatly rejected.")]
    [InlineData("Kyiv said Belarus had trained the troops, an accusation Minsk has denied.")]
    public void ChargeDeniedAfterAnAuxiliary_AnswersTheAccuser(string text)
    {
        var events = Extract(text);
        var accuser = text.StartsWith("Estonia", StringComparison.Ordinal) ? "EST" : text.StartsWith("Manila", StringComparison.Ordinal) ? "PHL" : "UKR";
        Assert.Contains(events, e => e.Cameo.Value == "016" && e.Target.Code == accuser);
    }

    [Theory]
    // a denial only foreseen, or refused
    [InlineData("Estonia said Russian jets had violated its airspace, a charge Moscow would deny.")]
    [InlineData("Estonia said Russian jets had violated its airspace, a charge Moscow has not denied.")]
    public void ChargeNotDenied_GivesNoDenial(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "016");

    [Fact]
    public void PromisedOrFutureReduction_IsNoReductionDone()
    {
        var events = Extract("Serbia may order a reduction of troops near the border with Kosovo next year.");
        Assert.DoesNotContain(events, e => e.Cameo.Value == "087");
    }
}
