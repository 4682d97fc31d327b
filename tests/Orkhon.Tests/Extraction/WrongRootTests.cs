using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Right pair, wrong code: senses of one verb that CAMEO codes under two roots, told apart by the object or by the words
/// between the verb and its object. Each case has a twin of the other sense (sentences of our own).
/// </summary>
public sealed class WrongRootTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    private static bool Has(List<EventMention> events, string source, string target, string code) =>
        events.Any(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(code, StringComparison.Ordinal));

    // CAMEO 174 "expel or deport individuals" against 201 "engage in mass expulsion": the count of the people sent away.
    [Theory]
    [InlineData("Turkmenistan deported more than 2,000 Uzbeks on Monday.", "TKM", "UZB")]
    [InlineData("Chad expelled tens of thousands of Sudanese migrants in 2005.", "TCD", "SDN")]
    [InlineData("Kazakhstan has expelled 1,500 Kyrgyz refugees since March.", "KAZ", "KGZ")]
    [InlineData("Iran deported thousands of Afghan nationals last month.", "IRN", "AFG")]
    [InlineData("Two decades ago Uzbekistan was expelling Tajik residents from its border towns.", "UZB", "TJK")]
    [InlineData("Armenia said Azerbaijan had deported Armenian civilians from the region.", "AZE", "ARM")]
    public void ExpulsionOfThousands_IsMassExpulsion(string text, string source, string target)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, "201"), string.Join("; ", events.Select(e => $"{e.Source.Code}->{e.Target.Code} {e.Cameo.Value}")));
        Assert.False(Has(events, source, target, "174"));
    }

    [Theory]
    [InlineData("Turkmenistan deported three Uzbeks on Monday.", "TKM", "UZB")]
    [InlineData("Chad expelled 300 Sudanese migrants in 2005.", "TCD", "SDN")]
    [InlineData("Kazakhstan expelled 15 Kyrgyz diplomats in 2019.", "KAZ", "KGZ")]
    [InlineData("Poland expelled two Belarusian diplomats and fined 2,000 smugglers.", "POL", "BLR")]
    [InlineData("Kazakhstan expelled 40 Uzbeks in 2023.", "KAZ", "UZB")]
    [InlineData("Uzbekistan expelled three Tajik residents from its border towns.", "UZB", "TJK")]
    public void ExpulsionOfAFew_StaysExpulsionOfIndividuals(string text, string source, string target)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, "174"), string.Join("; ", events.Select(e => $"{e.Source.Code}->{e.Target.Code} {e.Cameo.Value}")));
        Assert.False(Has(events, source, target, "201"));
    }

    // "agreed on Tuesday to an immediate ceasefire": a time phrase after the verb and modifiers before the noun leave the
    // truce a truce (0871), not the bare intent to cooperate (030) of "agreed to".
    [Theory]
    [InlineData("Armenia and Azerbaijan agreed on Tuesday to an immediate and lasting ceasefire.", "ARM", "AZE")]
    [InlineData("Kyrgyzstan and Tajikistan agreed late on Friday to a full and unconditional truce.", "KGZ", "TJK")]
    public void AgreedTruceAfterATimePhrase_IsTheTruce(string text, string source, string target)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, "087"), string.Join("; ", events.Select(e => $"{e.Source.Code}->{e.Target.Code} {e.Cameo.Value}")));
        Assert.False(Has(events, source, target, "030"));
    }

    [Theory]
    [InlineData("Armenia and Azerbaijan agreed on Tuesday to an immediate exchange of prisoners.", "ARM", "AZE")]
    [InlineData("Kyrgyzstan and Tajikistan agreed late on Friday to a new border commission.", "KGZ", "TJK")]
    public void AgreedOtherActAfterATimePhrase_IsNoTruce(string text, string source, string target)
    {
        var events = Extract(text);
        Assert.False(Has(events, source, target, "087"));
    }

    // CAMEO 18 (unconventional violence) against 19 (conventional military force): a killing told as the toll of an army's
    // fire is that fire.
    [Theory]
    [InlineData("Azerbaijani forces fired rockets into Armenian territory on Tuesday, killing four civilians.", "AZE", "ARM")]
    [InlineData("Armenian troops shelled Azerbaijani posts on Monday after rockets fired from Armenia hit a depot in Azerbaijan's Tovuz district, killing three drivers.", "ARM", "AZE")]
    [InlineData("Russian missiles killed eleven Ukrainian civilians in Odesa on Monday.", "RUS", "UKR")]
    [InlineData("A Russian missile strike killed 12 Ukrainian civilians in Kharkiv on Monday.", "RUS", "UKR")]
    public void KillingByAnArmysFire_IsTheFight(string text, string source, string target)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, "19"), string.Join("; ", events.Select(e => $"{e.Source.Code}->{e.Target.Code} {e.Cameo.Value}")));
        Assert.False(Has(events, source, target, "18"));
    }

    [Theory]
    [InlineData("Azerbaijani soldiers killed four Armenian civilians in a village on Tuesday.", "AZE", "ARM", "18")]
    [InlineData("Azerbaijani soldiers shot dead two Armenian shepherds near the border on Tuesday.", "AZE", "ARM", "18")]
    [InlineData("An Israeli drone strike killed Hamas commander Salim Haddad in Beirut.", "ISR", "PSE", "186")]
    [InlineData("An Azerbaijani missile strike killed an Armenian general in Stepanakert on Friday.", "AZE", "ARM", "18")]
    [InlineData("Russian rockets killed the Ukrainian brigade's commander near Izium.", "RUS", "UKR", "18")]
    public void KillingWithNoArmysFire_StaysAnAssault(string text, string source, string target, string code)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, code), string.Join("; ", events.Select(e => $"{e.Source.Code}->{e.Target.Code} {e.Cameo.Value}")));
        Assert.False(Has(events, source, target, "19"));
    }

    // A visit (042) is made by people; a vehicle that lands "carrying" a cargo delivers it (072 arms, 073 relief).
    [Theory]
    [InlineData("Three Turkish military planes carrying weapons and ammunition landed in Tripoli on Sunday.", "TUR", "LBY", "072")]
    [InlineData("Two Qatari aircraft carrying tents, food and medicine landed in Kabul on Monday.", "QAT", "AFG", "073")]
    public void VehicleArrivingWithACargo_IsTheAid(string text, string source, string target, string code)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, code), string.Join("; ", events.Select(e => $"{e.Source.Code}->{e.Target.Code} {e.Cameo.Value}")));
        Assert.False(Has(events, source, target, "04"));
    }

    [Theory]
    [InlineData("The Turkish foreign minister, whose plane was carrying a large delegation, landed in Tripoli on Sunday.", "TUR", "LBY")]
    [InlineData("Turkish Foreign Minister Hakan Fidan landed in Tripoli on Sunday carrying a message from Ankara.", "TUR", "LBY")]
    public void ArrivalOfPeople_StaysAVisit(string text, string source, string target)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, "042"), string.Join("; ", events.Select(e => $"{e.Source.Code}->{e.Target.Code} {e.Cameo.Value}")));
        Assert.False(Has(events, source, target, "07"));
    }
}
