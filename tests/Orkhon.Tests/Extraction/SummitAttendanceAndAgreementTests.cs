using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Who was at a summit and who was party to an agreement, as news tells it beside the main act: members named in a "with …
/// attending" clause, "are among the delegations attending", guests "attended by", the host of an organisation's summit or of a
/// signing ceremony, the host of "their leaders", meetings that call themselves three-way, agents listed with offices the
/// role words do not know, an agreement to restore relations (054, not a promise), an invitation accepted with no object,
/// and a firm named after a "-based" compound. Sentences of our own.
/// </summary>
public sealed class SummitAttendanceAndAgreementTests
{
    private static List<Orkhon.Extraction.EventMention> Events(string text) => EventExtractor.Default.Extract(text, new DateOnly(2025, 6, 30));

    private static string[] Pairs(string text) => [.. Events(text).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Leaders of the Shanghai Cooperation Organisation met in Bishkek on 14 June 2019, with India and Pakistan attending.")]
    [InlineData("Leaders of the Shanghai Cooperation Organisation met in Bishkek on 14 June 2019, with India and Pakistan among those present.")]
    [InlineData("Leaders of the Shanghai Cooperation Organisation met in Bishkek on 14 June 2019, with India and Pakistan in attendance.")]
    public void MembersNamedAsAttending_AttendTheOrganisationsMeeting(string text)
    {
        var pairs = Pairs(text);
        Assert.Contains("IND>SCO 042", pairs);
        Assert.Contains("PAK>SCO 042", pairs);
    }

    [Fact]
    public void WithAndNoWordOfAttendance_AttendsNothing() =>
        Assert.DoesNotContain(Pairs("Leaders of the Shanghai Cooperation Organisation met in Bishkek on 14 June 2019, with India and Pakistan divided over trade."),
            p => p.EndsWith(" 042", StringComparison.Ordinal));

    [Fact]
    public void AttendingASummitWithNoOrganisationCode_IsAVisitToItsHostState() =>
        Assert.Contains("GHA>KEN 042", Pairs("Regional leaders opened a summit in Nairobi on 2 May 2025, with Ghana and Nigeria attending."));

    [Fact]
    public void AmongTheDelegationsAttending_AttendTheNamedMeeting()
    {
        var pairs = Pairs("Kenya, Ghana and Senegal are among the delegations attending the African Union summit in Addis Ababa.");
        Assert.Contains("KEN>AU 042", pairs);
        Assert.Contains("GHA>AU 042", pairs);
        Assert.Contains("SEN>AU 042", pairs);
    }

    [Fact]
    public void AGuestAttendedBy_VisitsTheStateTheSummitMetIn() =>
        Assert.Contains("ZAF>ETH 042", Pairs("Egypt and Sudan held talks on 4 May 2025 at a summit in Addis Ababa hosted by Ethiopia and attended by South Africa."));

    [Fact]
    public void ASummitHostedBy_WithNoPartiesTold_IsHostedForTheOrganisation()
    {
        var events = Events("Leaders of the BRICS gathered in Kazan on 22 October 2024 for a three-day summit hosted by Russia.");
        var hosted = Assert.Single(events, e => e.Cameo.Value == "043");
        Assert.Equal("RUS>BRICS", $"{hosted.Source.Code}>{hosted.Target.Code}");
        Assert.Equal("2024-10-22/2024-10-24", hosted.Date?.ToString());
    }

    [Fact]
    public void ACeremonyHostedBy_HostsEachPartyToTheSigning()
    {
        var pairs = Pairs("Armenia and Azerbaijan signed a joint declaration on 8 August 2025, in a ceremony hosted by the U.S. president.");
        Assert.Contains("USA>ARM 043", pairs);
        Assert.Contains("USA>AZE 043", pairs);
    }

    [Fact]
    public void ThreeWayTalks_PairTheObjectsWithEachOther()
    {
        var pairs = Pairs("Japan's prime minister held trilateral talks with the presidents of South Korea and the Philippines on 3 March 2025.");
        Assert.Contains(pairs, p => p is "JPN>KOR 040" or "KOR>JPN 040");
        Assert.Contains(pairs, p => p is "JPN>PHL 040" or "PHL>JPN 040");
        Assert.Contains(pairs, p => p is "KOR>PHL 040" or "PHL>KOR 040");
    }

    [Fact]
    public void TalksWithTwoPartners_DoNotPairThePartners() =>
        Assert.DoesNotContain(Pairs("Japan's prime minister held talks with the presidents of South Korea and the Philippines on 3 March 2025."),
            p => p is "KOR>PHL 040" or "PHL>KOR 040");

    [Fact]
    public void AgentsWithOfficesTheRoleWordsDoNotKnow_AreEachASignatory()
    {
        var pairs = Pairs("A memorandum was signed on 5 May 2025 by Russia's chief arms negotiator Sergei Lavrov, Kazakh Foreign Minister Murat Nurtleu "
            + "and Uzbekistan's foreign minister.");
        Assert.Contains(pairs, p => p is "RUS>KAZ 057" or "KAZ>RUS 057");
        Assert.Contains(pairs, p => p is "RUS>UZB 057" or "UZB>RUS 057");
        Assert.Contains(pairs, p => p is "KAZ>UZB 057" or "UZB>KAZ 057");
    }

    [Fact]
    public void AgreeingToRestoreRelations_IsRestoringThem()
    {
        var pairs = Pairs("Bahrain and Qatar agreed on 12 April 2023 to restore diplomatic relations.");
        Assert.Contains(pairs, p => p is "BHR>QAT 054" or "QAT>BHR 054");
        Assert.DoesNotContain(pairs, p => p.EndsWith(" 032", StringComparison.Ordinal));
    }

    [Fact]
    public void AgreeingToExpandTrade_StaysAnIntent() =>
        Assert.All(Pairs("Bahrain and Qatar agreed on 12 April 2023 to expand trade."), p => Assert.StartsWith("03", p.Split(' ')[1], StringComparison.Ordinal));

    [Fact]
    public void AnInvitationAcceptedWithNoObject_IsTheInviteesIntentToMeet()
    {
        var pairs = Pairs("Turkish President Recep Tayyip Erdogan invited Azerbaijani President Ilham Aliyev to visit Ankara on 2 June 2025, and the Azerbaijani president accepted.");
        Assert.Contains("TUR>AZE 036", pairs);
        Assert.Contains("AZE>TUR 036", pairs);
    }

    [Fact]
    public void AHostOfTheirLeaders_ReceivesEachStateOfTheList()
    {
        var pairs = Pairs("Japan pledged aid to Laos, Cambodia and Vietnam on 4 April 2025 as Japan hosted their leaders at a summit in Tokyo.");
        Assert.Contains("JPN>LAO 043", pairs);
        Assert.Contains("JPN>KHM 043", pairs);
        Assert.Contains("JPN>VNM 043", pairs);
    }

    [Fact]
    public void AFirmNamedAfterABasedCompound_IsItsStatesBusiness() =>
        Assert.Contains("MNG>GBR 057", Pairs("Mongolia signed a copper deal on 2 May 2025 with London-based Anglo American."));

    [Theory]
    [InlineData("Syria's army shelled Idlib on 2 May 2025, the London-based Syrian Observatory for Human Rights said.")]
    [InlineData("Mongolia's exports rose in May 2025, a London-based analyst said.")]
    public void ABasedCompoundBeforeABodyOfAnotherKind_NamesNoFirm(string text) =>
        Assert.DoesNotContain(Pairs(text), p => p.Contains("GBR", StringComparison.Ordinal));

    [Fact]
    public void AStateThatHoldsSinceAYear_DatesNoOtherAct()
    {
        var events = Events("Kyrgyzstan and Tajikistan signed a border treaty on 13 March 2025. The two leaders also agreed to reopen crossings that have been closed since 2021.");
        Assert.Contains(events, e => e.Cameo.Value.StartsWith("03", StringComparison.Ordinal));
        Assert.All(events.Where(e => e.Cameo.Value.StartsWith("03", StringComparison.Ordinal)), e => Assert.Equal("2025-03-13", e.Date?.ToString()));
    }

    [Fact]
    public void BothLeadersAfterAVerb_AreNeverTheActsOwnSubject()
    {
        var pairs = Pairs("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a peace text on 8 August 2025. "
            + "Georgian President Salome Zourabichvili congratulated both leaders.");
        Assert.Contains("GEO>ARM 051", pairs);
        Assert.Contains("GEO>AZE 051", pairs);
    }

    [Fact]
    public void ASigningAfterTalks_TellsThatItsPartiesMet()
    {
        var pairs = Pairs("Chile and Peru signed a fisheries accord on 2 May 2025 after talks in Lima.");
        Assert.Contains(pairs, p => p is "CHL>PER 040" or "PER>CHL 040");
    }

    [Fact]
    public void ASigningAfterTalksWithAnother_AddsNoMeetingOfItsOwn() =>
        Assert.DoesNotContain(Pairs("Chile and Peru signed a fisheries accord on 2 May 2025 after talks with Ecuador."), p => p is "CHL>PER 040" or "PER>CHL 040");
}
