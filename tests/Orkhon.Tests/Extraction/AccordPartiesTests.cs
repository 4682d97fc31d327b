using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A stance on an accord told earlier ("welcomed the agreement", "denounced both deals") answers every party of that accord,
/// not its mediator, not an unrelated accord told before it, and nothing when the one taking the stance is itself a party
/// (<see cref="AccordParties"/>).
/// </summary>
public sealed class AccordPartiesTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    private static bool Has(List<EventMention> events, string source, string target, string cameo) =>
        events.Any(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Fact]
    public void WelcomingTheAgreement_AnswersBothParties()
    {
        var events = Extract("Chile and Peru agreed on 4 March 2019 to restore diplomatic relations. The United Nations welcomed the agreement.");
        Assert.True(Has(events, "UN", "CHL", "051"));
        Assert.True(Has(events, "UN", "PER", "051"));
    }

    [Fact]
    public void AnActorFurtherOn_DoesNotTakeTheAccordsPlace()
    {
        // "Bolivia" stands in a clause of its own; the agreement's parties are the ones welcomed.
        var events = Extract("Chile and Peru agreed on 4 March 2019 to restore diplomatic relations. Brazil welcomed the agreement but said it was unclear whether Bolivia would join talks.");
        Assert.True(Has(events, "BRA", "CHL", "051"));
        Assert.True(Has(events, "BRA", "PER", "051"));
        Assert.False(Has(events, "BRA", "BOL", "051"));
    }

    [Fact]
    public void Mediator_IsNoParty()
    {
        var events = Extract("Kenya mediated talks between Ethiopia and Eritrea on 2 June 2018. Ethiopia and Eritrea signed a peace agreement on 9 July 2018. The African Union hailed the deal.");
        Assert.True(Has(events, "AU", "ETH", "051"));
        Assert.True(Has(events, "AU", "ERI", "051"));
        Assert.False(Has(events, "AU", "KEN", "051"));
    }

    [Fact]
    public void SeveralSigningsWithOneParty_AreOneAccordFamily()
    {
        var events = Extract("Morocco signed accords with Spain and Portugal on 3 May 2021. Algeria has criticised both deals.");
        Assert.True(Has(events, "DZA", "ESP", "111"));
        Assert.True(Has(events, "DZA", "PRT", "111"));
        // "has criticised" with no time phrase is background: it takes no day.
        Assert.All(events.Where(e => e.Source.Code == "DZA"), e => Assert.Null(e.Date));
    }

    [Fact]
    public void EarlierUnrelatedAccord_IsNotJoined()
    {
        var events = Extract("Morocco signed an accord with Spain on 3 May 2021. Chile and Peru agreed on 4 May 2021 to restore diplomatic relations. The United Nations welcomed the agreement.");
        Assert.True(Has(events, "UN", "CHL", "051"));
        Assert.False(Has(events, "UN", "ESP", "051"));
        Assert.False(Has(events, "UN", "MAR", "051"));
    }

    [Fact]
    public void PartyPraisingItsOwnAccord_AnswersNoOne() =>
        Assert.DoesNotContain(Extract("Chile and Peru agreed on 4 March 2019 to restore diplomatic relations. Chile welcomed the agreement."),
            e => e.Source.Code == "CHL" && e.Cameo.Value == "051");

    [Fact]
    public void AccordNamingItsOwnParties_TakesNoneFromBefore() =>
        Assert.DoesNotContain(Extract("Chile and Peru agreed on 4 March 2019 to restore diplomatic relations. Brazil welcomed the agreement with Argentina."),
            e => e.Source.Code == "BRA" && e.Target.Code is "CHL" or "PER");

    [Fact]
    public void NoCodedAccord_GivesNoTarget() =>
        Assert.DoesNotContain(Extract("Officials met in Lima on 4 March 2019. The weather was mild. Brazil welcomed the agreement."),
            e => e.Source.Code == "BRA");
}
