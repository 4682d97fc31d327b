using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Rejections and refusals of branch p39-asks (<c>events.tsv</c> rows p39-reject-*, <see cref="VoidDeclarations"/>): an accord
/// declared null and void answers every party of the accord; military cooperation suspended or halted is 1212, not 160 or a
/// truce; an apology refused under a negated future answers whoever demanded it; pressure not bowed to or an inch never ceded is a
/// refusal to yield (124). Sentences of our own.
/// </summary>
public sealed class RefusalWordingTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    private static bool Has(List<EventMention> events, string source, string target, string cameo) =>
        events.Any(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Fact]
    public void AccordSaidToBeNullAndVoid_IsRejectedTowardsBothParties()
    {
        var events = Extract("Vietnam and the Philippines signed a coast guard pact on 3 March 2025. China's foreign ministry said the pact was null and void.");
        Assert.True(Has(events, "CHN", "VNM", "120"));
        Assert.True(Has(events, "CHN", "PHL", "120"));
    }

    [Fact]
    public void AccordCalledNullAndVoidInARelativeClause_IsRejectedTowardsBothParties()
    {
        var events = Extract("Vietnam and the Philippines signed a coast guard pact on 3 March 2025, a deal the Chinese foreign ministry called null and void.");
        Assert.True(Has(events, "CHN", "VNM", "120"));
        Assert.True(Has(events, "CHN", "PHL", "120"));
    }

    [Fact]
    public void PartyVoidingItsOwnAccord_AnswersTheOtherParty()
    {
        var events = Extract("Kenya signed a grazing accord with Somalia on 3 March 2025. Somalia declared the accord null and void on 5 March 2025.");
        Assert.True(Has(events, "SOM", "KEN", "120"));
        Assert.False(Has(events, "SOM", "SOM", "120"));
    }

    [Fact]
    public void VoidDeclarationDenied_IsNoRejection() =>
        Assert.DoesNotContain(Extract("Vietnam and the Philippines signed a coast guard pact on 3 March 2025. China did not say the pact was null and void."),
            e => e.Source.Code == "CHN" && e.Cameo.Value == "120");

    [Fact]
    public void NullAndVoidWithoutAVerbOfSaying_CodesNothing() =>
        Assert.DoesNotContain(Extract("Vietnam and the Philippines signed a coast guard pact on 3 March 2025. Under the old treaty such pacts were null and void."),
            e => e.Cameo.Value == "120");

    [Fact]
    public void MilitaryCooperationSuspended_IsARefusalOfMilitaryCooperation()
    {
        var events = Extract("South Korea suspended military cooperation with Japan on 22 August 2019.");
        Assert.True(Has(events, "KOR", "JPN", "1212"));
        Assert.False(Has(events, "KOR", "JPN", "160"));
    }

    [Fact]
    public void HaltToDefenceCooperationOrdered_IsNoTruce()
    {
        var events = Extract("The Philippine president ordered a halt to defence cooperation with China on 4 June 2024.");
        Assert.True(Has(events, "PHL", "CHN", "1212"));
        Assert.DoesNotContain(events, e => e.Cameo.Value == "0871");
    }

    [Fact]
    public void CooperationSuspendedWithNoMilitaryWord_StaysACutInRelations()
    {
        var events = Extract("Moldova suspended cooperation with Russia on 3 March 2023.");
        Assert.DoesNotContain(events, e => e.Cameo.Value == "1212");
    }

    [Fact]
    public void ApologyRefused_AnswersWhoeverDemandedIt()
    {
        var events = Extract("Greece demanded an apology from Turkey on 2 October 2023. Erdogan said on 3 October 2023 that he would not apologise.");
        Assert.True(Has(events, "TUR", "GRC", "120"));
    }

    [Fact]
    public void ApologyOffered_IsNoRefusal() =>
        Assert.DoesNotContain(Extract("Greece demanded an apology from Turkey on 2 October 2023. Erdogan said on 3 October 2023 that he would apologise."),
            e => e.Source.Code == "TUR" && e.Cameo.Value == "120");

    [Fact]
    public void PressureNotBowedTo_IsARefusalToYieldTowardsItsSource() =>
        Assert.True(Has(Extract("Taipei said on 13 June 2017 that it would not bow to pressure from Beijing."), "TWN", "CHN", "124"));

    [Fact]
    public void SanctionsNotBowedTo_AnswerTheirImposer()
    {
        var events = Extract("The Arab League imposed sanctions on Syria on 27 November 2011. Damascus said it would not bow to them.");
        Assert.True(Has(events, "SYR", "LAS", "124"));
    }

    [Fact]
    public void PressureBowedTo_StaysAYield()
    {
        var events = Extract("Kyrgyzstan bowed to pressure from Russia over the airbase in 2009.");
        Assert.True(Has(events, "KGZ", "RUS", "083"));
        Assert.DoesNotContain(events, e => e.Cameo.Value == "124");
    }

    [Fact]
    public void InchNeverCeded_AfterAnActAgainstTheSpeaker_AnswersItsMaker()
    {
        var events = Extract("Japan bought the islands on 11 September 2012. Beijing said it would never cede an inch of territory to Tokyo.");
        Assert.True(Has(events, "CHN", "JPN", "124"), string.Join(", ", events.Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")));
    }

    [Fact]
    public void InchNeverCeded_WithNoActAgainstTheSpeaker_AnswersNoOne() =>
        Assert.DoesNotContain(Extract("The weather was mild in Beijing on 11 September 2012. China said it would never cede an inch of territory."),
            e => e.Cameo.Value == "124");
}
