using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Acts whose parties the sentence names but whose phrase reads them only through the clause's grammar (branch p35-attach):
/// a denial told in a sentential relative clause (", which Beijing denies"), the guests of hosted talks ("hosted talks
/// between A and B") and a joint intent's partner after "with" ("agreed with Abe to"). Each rule has a twin in which the party must not attach. Sentences of our own.
/// </summary>
public sealed class ClauseAttachmentTests
{
    private static List<string> Events(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 5, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Value}")];

    [Fact]
    public void SententialRelativeDenial_AfterAnAccusation_AnswersEachAccuser() =>
        Assert.Equal(["CAN>CHN 112", "AUS>CHN 112", "CHN>CAN 016", "CHN>AUS 016"],
            Events("Canada and Australia accuse Beijing of sending drones to Russia, which China denies."));

    [Fact]
    public void SententialRelativeDenial_AfterAReport_AnswersTheSpeaker() =>
        Assert.Contains("PER>CHL 016", Events("Chile said Peruvian troops had crossed the border on Monday, which Lima denied."));

    [Fact]
    public void SententialRelativeRejection_AfterAnAct_IsNoDenial() =>
        Assert.DoesNotContain(Events("Chile signed a trade pact with Peru, which Bolivia rejected."), e => e.EndsWith(" 016", StringComparison.Ordinal));

    [Fact]
    public void HostedTalksBetweenTwoParties_AreTheirMeetingBesideTheHostsWelcome() =>
        Assert.Equal(["KEN>ETH 043", "KEN>SOM 043", "ETH>SOM 044"], Events("Kenya hosted talks between Ethiopia and Somalia on Monday."));

    [Fact]
    public void HostedTalksBetweenLeaders_InAnAdjunctAfterTheReport_AreTheLeadersMeeting() =>
        Assert.Contains("ETH>SOM 044", Events("The two neighbours agreed to reopen the border, Kenyan President William Ruto said after hosting talks between Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud in Nairobi."));

    [Fact]
    public void AnOfferToHostTalks_IsNoMeetingOfTheParties() =>
        Assert.DoesNotContain(Events("Kenya offered to host talks between Ethiopia and Somalia."), e => e.StartsWith("ETH>SOM", StringComparison.Ordinal));

    [Fact]
    public void PlannedHostedTalks_AreNoMeetingOfTheParties() =>
        Assert.DoesNotContain(Events("Kenya will host talks between Ethiopia and Somalia next week."), e => e.StartsWith("ETH>SOM", StringComparison.Ordinal));

    [Fact]
    public void HostedTalksDenied_AreNoMeetingOfTheParties() =>
        Assert.Empty(Events("Kenya did not host talks between Ethiopia and Somalia."));

    [Fact]
    public void AgreedWithAPartnerToAct_IsAJointIntentOfBoth() =>
        Assert.Equal(["CHL>PER 0311", "PER>CHL 0311"], Events("Chile agreed with Peru to build a new bridge."));

    [Fact]
    public void AgreedWithAPartner_PastATimePhrase_KeepsTheIntentsOwnCode() =>
        Assert.Equal(["CHL>PER 036", "PER>CHL 036"], Events("Chile agreed with Peru on Monday to resume regular visits."));

    [Fact]
    public void AgreedWithAPartnersProposal_MakesThePartnerNoParty() =>
        Assert.DoesNotContain(Events("Chile agreed with Peru's proposal to build a new bridge."), e => e.StartsWith("PER>CHL", StringComparison.Ordinal));

    [Fact]
    public void AgreedWithAPosition_IsNoJointIntent() =>
        Assert.Equal(["CHL>PER 019"], Events("Chile agreed with the position of Peru on the border."));
}
