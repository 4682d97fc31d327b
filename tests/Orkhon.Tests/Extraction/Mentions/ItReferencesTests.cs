using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// References back that name no actor agree in kind with what they stand for (ItReferences, FirmReferences): a reported "it" is
/// its own speaker, an object "it" is a state or organisation acted on and never a person, "the company" is a firm.
/// </summary>
public sealed class ItReferencesTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Fact]
    public void AReportedIt_AfterAndSaid_IsTheClauseSubject_NotTheOrganisationNamedLast()
    {
        var events = Extract("Poland accused Russia's intelligence service of sabotage at the headquarters of the World Health Organization, "
            + "and said it had expelled two Russian diplomats.");
        Assert.Contains(events, e => (e.Source.Code, e.Target.Code, e.Cameo.Value) == ("POL", "RUS", "174"));
        Assert.DoesNotContain(events, e => e.Source.Code == "WHO");
    }

    [Theory]
    [InlineData("Chile said on Monday it would expel three Bolivian diplomats.", "CHL", "BOL")]
    [InlineData("Ghana's foreign ministry said late on Friday that it would expel two Togolese diplomats.", "GHA", "TGO")]
    public void AReportedIt_OverATimePhrase_IsItsSpeaker(string text, string source, string target)
    {
        Assert.Contains(Extract(text), e => (e.Source.Code, e.Target.Code, e.Cameo.Value) == (source, target, "174"));
    }

    [Fact]
    public void AReportedIt_AfterARelativeClause_IsTheFirmBeforeIt_NotTheLastState()
    {
        // "The agency, which …, said it": the speaker is the noun the relative clause describes, here no party.
        var events = Extract("Hackers sent Nepal's government offices forged letters, a Swiss security company said. "
            + "The agency, which tracked the group for a year, said it had earlier run campaigns against targets in Bhutan.");
        Assert.DoesNotContain(events, e => e.Target.Code == "BTN");
    }

    [Fact]
    public void AReportedIt_AfterARelativeClause_IsTheStateBeforeIt()
    {
        // The twin: a state before the relative clause is the speaker, and "it" stands for it.
        var events = Extract("Chile, which hosted Peru's president in May, said on Monday it had expelled three Bolivian diplomats.");
        Assert.Contains(events, e => (e.Source.Code, e.Target.Code, e.Cameo.Value) == ("CHL", "BOL", "174"));
    }

    [Fact]
    public void AnObjectIt_IsTheStateActedOn_NotThePersonNamedLast()
    {
        var events = Extract("Kenya's foreign ministry urged Uganda on Monday to free Besigye, and on Friday criticised it for holding him.");
        Assert.Contains(events, e => (e.Source.Code, e.Target.Code, e.Cameo.Value) == ("KEN", "UGA", "111"));
    }

    [Fact]
    public void AnObjectIt_OfAVerbOfThings_IsNoParty()
    {
        // "presented it to reporters": the accord, not the forum named last.
        var events = Extract("Kiribati and Tuvalu signed an accord at the Pacific Islands Forum, and presented it to reporters.");
        Assert.DoesNotContain(events, e => e.Target.Code == "PIFS" && e.Cameo.Value.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCompany_IsTheFirmNamedBefore()
    {
        var events = Extract("Peru signed a mining deal with Rio Tinto in 2019. In 2020 Peru's president urged the company to hire local workers.");
        Assert.Contains(events, e => (e.Source.Code, e.Target.Code, e.Cameo.Value) == ("PER", "GBR", "020"));
    }

    [Fact]
    public void TheCompany_WithNoFirmNamed_PointsNowhere()
    {
        var events = Extract("Peru signed a trade deal with Chile in 2019. In 2020 Peru's president urged the company to hire local workers.");
        Assert.DoesNotContain(events, e => e.Source.Code == "PER" && e.Cameo.Value == "020");
    }
}
