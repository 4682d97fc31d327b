using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Wire-style constructions of the p12-wire round: absolute clauses of a vote or of attendance
/// (<see cref="Orkhon.Extraction.Clauses.AbsoluteClauses"/>, <see cref="SummitAttendance"/>), ", followed by X" inside one
/// sentence, agreements a visit produced (<see cref="VisitOutcomes"/>), a denied claim answering the one who made it
/// (<see cref="ChargeAccusers"/>) and fights between a state's forces and an armed movement of that state
/// (<see cref="DomesticFights"/>). Sentences written for these tests.
/// </summary>
public sealed class WireStyleMechanismTests
{
    private static readonly DateOnly Published = new(2024, 6, 14);

    private static IReadOnlyList<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, Published);

    private static bool Has(IReadOnlyList<EventMention> events, string source, string target, string cameo) =>
        events.Any(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    [InlineData("The General Assembly on Thursday condemned the coup in Niger, with Russia and China abstaining.", "RUS")]
    [InlineData("The Security Council demanded the release of the hostages on Wednesday, with Algeria voting against.", "DZA")]
    public void APartyOfAVoteClause_IsNoObjectOfTheAct(string text, string abstainer) =>
        Assert.DoesNotContain(Extract(text), e => e.Target.Code == abstainer);

    [Fact]
    public void MembersAmongThosePresent_AttendTheGathering()
    {
        var events = Extract("Leaders of the Shanghai Cooperation Organisation gathered in Bishkek on 14 June, with Indian Prime Minister Narendra Modi and Pakistani Prime Minister Shehbaz Sharif among those present.");
        Assert.True(Has(events, "IND", "SCO", "042"));
        Assert.True(Has(events, "PAK", "SCO", "042"));
        Assert.All(events.Where(e => e.Target.Code == "SCO"), e => Assert.Equal("2024-06-14", e.Date?.ToString()));
    }

    [Fact]
    public void LeadersAttendingASummit_AttendTheOrganisation()
    {
        var events = Extract("The BRICS summit opened in Kazan on Tuesday, with Xi Jinping and Cyril Ramaphosa attending.");
        Assert.True(Has(events, "CHN", "BRICS", "042"));
        Assert.True(Has(events, "ZAF", "BRICS", "042"));
    }

    [Fact]
    public void AnAttendanceClauseWithoutAGathering_CodesNoAttendance() =>
        Assert.DoesNotContain(Extract("Chile and Peru signed a fisheries accord on Monday, with the Bolivian ambassador present."), e => e.Cameo.Value == "042");

    [Fact]
    public void AFollowerInTheSameSentence_RepeatsTheActWithItsOwnDate()
    {
        var events = Extract("Montenegro joined NATO on 5 June 2017, followed by North Macedonia in March 2020.");
        Assert.Contains(events, e => e.Source.Code == "MNE" && e.Target.Code == "NATO" && e.Cameo.Value == "057" && e.Date?.ToString() == "2017-06-05");
        Assert.Contains(events, e => e.Source.Code == "MKD" && e.Target.Code == "NATO" && e.Cameo.Value == "057" && e.Date?.ToString() == "2020-03");
    }

    [Fact]
    public void FollowedByANonActor_AddsNoFollower() =>
        Assert.Single(Extract("Egypt's president visited Riyadh on Sunday, followed by talks with Saudi officials on Monday."), e => e.Cameo.Value == "042");

    [Theory]
    [InlineData("The visit by the Indonesian president to Canberra in July produced a defence cooperation agreement.", "IDN", "AUS")]
    [InlineData("A 2016 visit to Hanoi by Barack Obama yielded a deal on arms sales.", "USA", "VNM")]
    public void AVisitThatProducedAnAgreement_IsAnAgreementOfVisitorAndHost(string text, string visitor, string host)
    {
        var events = Extract(text);
        Assert.True(Has(events, visitor, host, "042"));
        Assert.True(Has(events, visitor, host, "057"));
    }

    [Theory]
    [InlineData("The visit by the Indonesian president to Canberra in July produced sharp criticism at home.")]
    [InlineData("The visit by the Indonesian president to Canberra in July produced no agreement on fishing.")]
    [InlineData("The visit by the Indonesian president to Canberra in July has not produced a deal on fishing.")]
    public void AVisitThatProducedNoAgreement_IsOnlyAVisit(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "057");

    [Fact]
    public void ADeniedClaim_AnswersTheSpeakerWhoMadeIt() =>
        Assert.True(Has(Extract("Lithuania's border service said on Friday that Belarusian drones had violated its airspace, a claim Minsk flatly denied."), "BLR", "LTU", "016"));

    [Fact]
    public void AStatesForcesAgainstAnArmedMovementOfTheSameState_IsAFight() =>
        Assert.True(Has(Extract("The Sudanese army shelled positions of the Rapid Support Forces in Omdurman on Monday."), "SDN", "SDN", "194"));

    [Fact]
    public void AStatesActOnItsOwnPeopleOutsideForce_StaysUncoded() =>
        Assert.DoesNotContain(Extract("The Sudanese government praised the Rapid Support Forces on Monday."), e => e.Source.Code == "SDN" && e.Target.Code == "SDN");

    [Fact]
    public void TariffsAtARate_AreSanctionsOnTheGoodsState() =>
        Assert.True(Has(Extract("Beijing's tariffs of 84% on American goods took effect on Thursday."), "CHN", "USA", "163"));

    [Fact]
    public void ACrewRescued_IsHumanitarianAidToTheShipsState() =>
        Assert.True(Has(Extract("A Turkish coast guard vessel rescued the crew of a Panama-flagged freighter in the Black Sea on Sunday."), "TUR", "PAN", "073"));

    [Theory]
    [InlineData("Japan's defence minister said on Monday that Tokyo would retaliate if North Korean missiles struck its territory.", "JPN", "PRK", "138")]
    [InlineData("The Estonian prime minister said Tallinn will respond if Russian jets violate its airspace again.", "EST", "RUS", "130")]
    public void AResponsePromisedOnAnotherPartysHostileAct_IsAThreat(string text, string source, string target, string cameo) =>
        Assert.True(Has(Extract(text), source, target, cameo));

    [Fact]
    public void AResponsePromisedOnAPeacefulAct_IsNoThreat() =>
        Assert.DoesNotContain(Extract("Seoul said it would respond if Pyongyang accepted the offer of talks."), e => e.Cameo.RootNumber == 13);

    [Fact]
    public void AnotherPartyToldItWillPayAPrice_IsThreatened() =>
        Assert.True(Has(Extract("Iran's foreign minister said on Sunday that Israel would pay a heavy price for the strike on its consulate."), "IRN", "ISR", "130"));

    [Fact]
    public void APriceWithNoReportedPayer_IsNoThreat() =>
        Assert.DoesNotContain(Extract("Hungary said on Friday it would pay a higher price for Russian gas next year."), e => e.Cameo.RootNumber == 13);

    [Theory]
    [InlineData("Korea's $20 million grant to Laos for rural roads was announced on Tuesday.", "KOR", "LAO", "0331")]
    [InlineData("China's $500 million loan to Sri Lanka was announced in Beijing on Monday.", "CHN", "LKA", "0331")]
    public void AidToldAsAnnounced_IsAPledge(string text, string donor, string recipient, string cameo)
    {
        var events = Extract(text);
        Assert.True(Has(events, donor, recipient, cameo));
        Assert.DoesNotContain(events, e => e.Source.Code == donor && e.Cameo.RootNumber == 7);
    }

    [Fact]
    public void AidToldAsDelivered_StaysAid() =>
        Assert.Contains(Extract("Korea's $20 million grant to Laos for rural roads was disbursed on Tuesday."), e => e.Source.Code == "KOR" && e.Target.Code == "LAO" && e.Cameo.RootNumber == 7);

    [Fact]
    public void ADelegationsTalksInAForeignCapital_AreWithThatState() =>
        Assert.True(Has(Extract("A Kazakh delegation led by a deputy prime minister held talks in Tashkent on Thursday on water sharing."), "KAZ", "UZB", "040"));

    [Theory]
    [InlineData("Armenia held talks in Brussels on Thursday on the peace process.")]
    [InlineData("An Iranian delegation held talks in Vienna on Monday on the IAEA's inspections.")]
    public void TalksWithNoTravellingPartyOrAtAnOrganisationsSeat_GuessNoPartner(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.RootNumber == 4 && e.Target.Code is "BEL" or "AUT");

    [Theory]
    [InlineData("Beijing denounced the US-Japanese naval drills near Okinawa on Tuesday.", "CHN", "USA", "JPN")]
    [InlineData("Pyongyang condemned the US-South Korean exercises on Monday.", "PRK", "USA", "KOR")]
    [InlineData("Kyiv criticised the Russian-Belarusian manoeuvres near its border on Friday.", "UKR", "RUS", "BLR")]
    public void StatesJoinedByAHyphen_AreEachActedUpon(string text, string source, string first, string second)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, first, "111"));
        Assert.True(Has(events, source, second, "111"));
    }

    [Fact]
    public void StatesJoinedByAHyphen_DoNotAct() =>
        Assert.DoesNotContain(Extract("Russian-Chinese bombers flew near Alaska on Wednesday, the Pentagon said."), e => e.Source.Code is "RUS" or "CHN");

    [Fact]
    public void AVerbToldAgainWithOnlyACount_ActsOnTheSameTarget()
    {
        var events = Extract("Latvia expelled four Russian diplomats on 3 April 2022, and Estonia expelled seven on 4 April 2022.");
        Assert.Contains(events, e => e.Source.Code == "LVA" && e.Target.Code == "RUS" && e.Cameo.Value == "174" && e.Date?.ToString() == "2022-04-03");
        Assert.Contains(events, e => e.Source.Code == "EST" && e.Target.Code == "RUS" && e.Cameo.Value == "174" && e.Date?.ToString() == "2022-04-04");
    }

    [Fact]
    public void AVerbWithOnlyACountAndNothingBefore_CodesNothing() =>
        Assert.Empty(Extract("Estonia expelled seven on Monday."));

    [Fact]
    public void APhraseToldAgainAtTheVeryEnd_IsReadWithoutFault()
    {
        var events = Extract("Putin visited Beijing in May and Xi visited");
        Assert.Contains(events, e => e.Source.Code == "RUS" && e.Target.Code == "CHN");
    }
}
