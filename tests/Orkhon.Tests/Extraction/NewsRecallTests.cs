using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Acts that news excerpts tell around their lead (branch <c>p10-newsrec</c>): a ceremony hosted for the parties of the joint act
/// told before; a welcome received in a place, whose state hosts the guest; inspectors barred; a court's finding that a party
/// broke a rule; aid flown in by several donors to the recipient of the aid told before; a unit named by its members' state or
/// body ("a group of Polish lawmakers", "A team from the IAEA", "Judges at the ICC") as the subject; a refusal announced; two
/// kinds of act of one root told in one sentence, kept as two; a clause of time after the comma of a governed clause.
/// </summary>
public sealed class NewsRecallTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Fact]
    public void CeremonyHosted_AfterASigning_IsHostedForEachSignatory()
    {
        var pairs = Pairs("Serbia and Kosovo signed an accord in Paris on 3 March 2023. President Emmanuel Macron, who hosted the ceremony at "
            + "the Elysee, praised both leaders.");
        Assert.Contains("FRA>SRB 043", pairs);
        Assert.Contains("FRA>XKX 043", pairs);
    }

    [Fact]
    public void CeremonyHosted_ForANamedGuest_IsHostingThatGuest()
    {
        Assert.Contains("KAZ>KGZ 043", Pairs("Kazakhstan hosted a welcome ceremony for the Kyrgyz president in Astana in May 2024."));
    }

    [Fact]
    public void CeremonyHosted_WithNoJointActBefore_HasNoGuest()
    {
        var pairs = Pairs("Germany reported record exports in 2023. Chancellor Olaf Scholz hosted the ceremony in Berlin.");
        Assert.DoesNotContain(pairs, p => p.EndsWith(" 043", StringComparison.Ordinal));
    }

    [Fact]
    public void WelcomeReceivedInAPlace_IsHostedByThePlacesState()
    {
        Assert.Contains("KAZ>TUR 043", Pairs("President Erdogan was given a ceremonial welcome in Astana in October 2024."));
        Assert.Contains("CHN>VNM 043", Pairs("The Vietnamese president received a warm welcome in Beijing in August 2024."));
    }

    [Fact]
    public void InspectorsBarred_IsExpellingInspectors_ButBarredFromEnteringStaysABan()
    {
        Assert.Contains("PRK>IAEA 1662", Pairs("North Korea barred the inspectors of the IAEA in April 2009."));
        Assert.DoesNotContain(Pairs("Russia barred American officials from entering the country in 2023."), p => p.EndsWith(" 1662", StringComparison.Ordinal));
    }

    [Fact]
    public void FindingThatAPartyBrokeARule_IsFindingItLiable()
    {
        Assert.Contains("WTO>CHN 116", Pairs("A WTO panel found that China had violated trade rules with its duties on Australian barley in 2023."));
        Assert.Contains("ICC>RUS 116", Pairs("Judges at the International Criminal Court ruled that Russia was responsible for the deportations in 2023."));
    }

    [Fact]
    public void FindingOfAFigure_IsNoFinding()
    {
        Assert.DoesNotContain(Pairs("The IMF found that Mongolia's growth had slowed in 2023."), p => p.EndsWith(" 116", StringComparison.Ordinal));
    }

    [Fact]
    public void AidFlownInBySeveralDonors_GoesToTheRecipientOfTheAidToldBefore()
    {
        var pairs = Pairs("Japan sent tents and blankets to Nepal on 5 May 2015. The quake killed thousands. "
            + "India and China have also flown in rescue teams, officials said.");
        Assert.Contains("IND>NPL 073", pairs);
        Assert.Contains("CHN>NPL 073", pairs);
    }

    [Fact]
    public void AidFlownIn_WithNoAidBefore_HasNoRecipient()
    {
        var pairs = Pairs("India and China have flown in rescue teams, officials said.");
        Assert.DoesNotContain(pairs, p => p.EndsWith(" 073", StringComparison.Ordinal));
    }

    [Fact]
    public void UnitOfAStatesMembers_AtTheHeadOfItsClause_IsTheSubject()
    {
        Assert.Contains("POL>TWN 042", Pairs("Beijing protested in June 2023 after a group of Polish lawmakers visited Taipei."));
        Assert.Contains("IAEA>UKR 042", Pairs("A team from the IAEA visited Ukraine in September 2022."));
    }

    [Fact]
    public void UnitAfterAVerb_IsAnObject_NotTheSubject()
    {
        var pairs = Pairs("Washington withdrew troops from Syria and attacked Iraq in 2019.");
        Assert.DoesNotContain(pairs, p => p.StartsWith("SYR>", StringComparison.Ordinal));
    }

    [Fact]
    public void RefusalAnnounced_IsTheRefusal()
    {
        Assert.Contains("GBR>IRN 1244", Pairs("Britain said on Thursday it would keep its sanctions on Iran in force."));
        Assert.DoesNotContain(Pairs("Britain said on Thursday it would not keep its sanctions on Iran."), p => p.StartsWith("GBR>IRN 12", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoKindsOfActOfOneRoot_InOneSentence_AreTwoActs()
    {
        var pairs = Pairs("Japan condemned North Korea on 2 May 2024, and its foreign ministry lodged a complaint against Pyongyang with the United Nations.");
        Assert.Contains("JPN>PRK 111", pairs);
        Assert.Contains("JPN>PRK 114", pairs);
    }

    [Fact]
    public void ActElaboratedByAParticiple_StaysOneAct()
    {
        var pairs = Pairs("Estonia blamed the attack on Russia on 2 May 2024, calling it reckless.");
        Assert.Single(pairs, p => p.StartsWith("EST>RUS 11", StringComparison.Ordinal));
    }

    [Fact]
    public void ClauseOfTimeAfterAGovernedClause_IsToldAsDone()
    {
        var pairs = Pairs("China warned on Tuesday that contacts with Taiwan would harm ties, after a group of Czech lawmakers visited Taipei in July 2020.");
        Assert.Contains("CZE>TWN 042", pairs);
    }
    [Fact]
    public void Him_AfterAPersonsVerb_IsTheOtherStatesPerson()
    {
        var pairs = Pairs("Indian Prime Minister Narendra Modi arrived in Hanoi on 2 September 2016, and the Vietnamese prime minister warmly welcomed him.");
        Assert.Contains("VNM>IND 043", pairs);
    }

    [Fact]
    public void Him_WithNoOtherPersonInTheSentence_IsThePersonNamedBefore()
    {
        var pairs = Pairs("South Korea's president arrived in Tokyo on 16 March 2023. Japan's prime minister welcomed him at his office.");
        Assert.Contains("JPN>KOR 043", pairs);
    }

    [Fact]
    public void InvitationAccepted_IsAnIntentToMeetTheInviter()
    {
        Assert.Contains("IND>JPN 036", Pairs("Prime Minister Modi accepted Japan's invitation to attend the summit in 2023."));
        var pairs = Pairs("President Tokayev invited President Japarov to visit Astana in May 2024, and the Kyrgyz leader accepted the invitation.");
        Assert.Contains("KGZ>KAZ 036", pairs);
    }

    [Fact]
    public void InvitationToBid_AcceptedWithNoInviter_IsNoIntentToMeet()
    {
        Assert.Empty(Pairs("The Kyrgyz government accepted the invitation to bid for the contract."));
    }
    [Fact]
    public void ThreatOverTheStrike_AnswersTheStrikesAuthor_ThreeSentencesBack()
    {
        var pairs = Pairs("A Turkish drone strike hit an Iraqi army post near Sinjar on 3 March 2024. Ankara declined to comment. "
            + "Iraq's foreign ministry condemned the violation of its sovereignty. Iraqi officials said the strike would not go unpunished.");
        Assert.Contains("IRQ>TUR 130", pairs);
    }

    [Fact]
    public void CondemningTheAttack_AnswersTheOnePartyThatStruck()
    {
        // p16-statements: a criticism reads the armed-act class when one party alone used force (StatementClauseTests has the
        // exchange of fire, which names no author).
        var pairs = Pairs("Russian missiles hit Kharkiv on 3 March 2024. France condemned the attack.");
        Assert.Contains("FRA>RUS 111", pairs);
    }
    [Fact]
    public void BecomingAnOrganisationsMember_ToldWithItsPossessive_IsJoiningIt()
    {
        Assert.Contains("MNE>NATO 057", Pairs("Montenegro became NATO's 29th member in June 2017."));
        Assert.DoesNotContain(Pairs("Montenegro's defence minister became a member of parliament in 2017."), p => p.EndsWith(" 057", StringComparison.Ordinal));
    }
    [Fact]
    public void ArmedActAtPlacesByKind_UnderADateline_StrikesTheDatelinesState()
    {
        var pairs = Pairs("JERUSALEM, April 14 (Reuters) - Israel's military said on Sunday that Iran had launched missiles at southern towns overnight.");
        Assert.Contains("IRN>ISR 195", pairs);
    }

    [Fact]
    public void ArmedActAtPlacesByKind_WithoutADateline_OrByTheDatelinesState_HasNoTarget()
    {
        Assert.DoesNotContain(Pairs("Israel's military said on Sunday that Iran had launched missiles at southern towns overnight."),
            p => p.StartsWith("IRN>", StringComparison.Ordinal));
        Assert.DoesNotContain(Pairs("TEHRAN, April 14 (Reuters) - Iran said on Sunday it had launched missiles at southern towns overnight."),
            p => p.StartsWith("IRN>", StringComparison.Ordinal));
    }
}
