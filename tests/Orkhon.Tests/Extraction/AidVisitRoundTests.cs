using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The mechanisms of the aid, statement, intent and visit round: lists in participial clauses, pronouns after an office
/// named alone, "They" for a group, invitations accepted, a trip re-told in apposition, intents not dated by the plan,
/// "since X's invasion" as a time anchor, number compounds in a phrase's gap, "way back", joint discussions, unnamed
/// addressees and weak hosts. Sentences written for these tests.
/// </summary>
public sealed class AidVisitRoundTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    private static bool Is(EventMention e, string source, string target, string code) =>
        e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(code, StringComparison.Ordinal);

    [Fact]
    public void ParticipialClause_KeepsTheWholeListOfTargets()
    {
        var events = Extract("Kazakhstan's foreign minister spoke on 6 May 2024, thanking Japan, South Korea and the United States for their help.");
        Assert.Contains(events, e => Is(e, "KAZ", "JPN", "051"));
        Assert.Contains(events, e => Is(e, "KAZ", "KOR", "051"));
        Assert.Contains(events, e => Is(e, "KAZ", "USA", "051"));
    }

    [Fact]
    public void Pronoun_FollowsTheOfficeNamedAloneAsSubject_NotTheLastFullName()
    {
        var events = Extract("Japanese Foreign Minister Yoko Kamikawa met President Khurelsukh in Ulaanbaatar on 3 May 2024. "
            + "The minister also toured a school. She flew on to Astana in the evening.");
        Assert.Contains(events, e => Is(e, "JPN", "KAZ", "042"));
        Assert.DoesNotContain(events, e => Is(e, "MNG", "KAZ", "042"));
    }

    [Fact]
    public void They_OpeningASentence_IsTheGroupTheSentenceBeforeNamed()
    {
        var events = Extract("Kyrgyz President Sadyr Japarov held talks with President Tokayev in Astana on 5 May 2024, and the two leaders "
            + "signed a treaty. They also agreed to expand trade.");
        Assert.Contains(events, e => Is(e, "KGZ", "KAZ", "03"));
        Assert.Contains(events, e => Is(e, "KAZ", "KGZ", "03"));
    }

    [Theory]
    // The date stands where it dates the acceptance: after the infinitive it would be the visit's (ClauseDateCauseTests).
    [InlineData("On 5 May 2024 Tokayev accepted Xi Jinping's invitation to visit China.")]
    [InlineData("Tokayev accepted an invitation from Xi Jinping on 5 May 2024 to visit Beijing.")]
    public void AcceptedInvitation_WithItsInviterNamed_IsAnIntentOfBoth(string text)
    {
        var events = Extract(text);
        Assert.Contains(events, e => Is(e, "KAZ", "CHN", "036"));
        Assert.Contains(events, e => Is(e, "CHN", "KAZ", "036") && e.Date?.ToString() == "2024-05-05");
    }

    [Fact]
    public void AcceptedInvitation_WithNoInviterNamed_IsTheAcceptorsIntentOnly() =>
        Assert.DoesNotContain(Extract("Tokayev accepted an invitation to visit China on 5 May 2024."), e => Is(e, "CHN", "KAZ", "036"));

    [Fact]
    public void Intent_IsDatedByItsStatement_NotByTheMonthOfThePlan() =>
        Assert.Contains(Extract("On 5 May 2024 Tokayev accepted Xi Jinping's invitation to pay a state visit to China in October."),
            e => Is(e, "KAZ", "CHN", "036") && e.Date?.ToString() == "2024-05-05");

    [Fact]
    public void TripInApposition_ToAPlannedVisit_IsNoVisitOfItsOwn()
    {
        var events = Extract("Modi will pay a state visit to Mongolia next week, the Indian foreign ministry said on 5 May 2024, "
            + "his first trip to Ulaanbaatar.");
        Assert.Contains(events, e => Is(e, "IND", "MNG", "036"));
        Assert.DoesNotContain(events, e => Is(e, "IND", "MNG", "04"));
    }

    [Fact]
    public void SinceAnEarlierEvent_DatesNothingOfTheTrip_AndItsOwnerIsNoParty()
    {
        var events = Extract("Blinken visited Kyiv on 14 May 2024, his first trip to Ukraine since Russia's invasion two years ago, "
            + "and pledged $2 billion in military aid.");
        Assert.All(events.Where(e => Is(e, "USA", "UKR", "04")), e => Assert.Equal("2024-05-14", e.Date?.ToString()));
        Assert.Contains(events, e => Is(e, "USA", "UKR", "033"));
        Assert.DoesNotContain(events, e => e.Target.Code == "RUS");
    }

    [Fact]
    public void NumberCompound_PassesThroughAPhrasesGap() =>
        Assert.Contains(Extract("Japan sent tents to Nepal on 10 May 2024. India also sent a 40-member rescue team."), e => Is(e, "IND", "NPL", "07"));

    [Fact]
    public void WayBack_IsNoVerb() =>
        Assert.DoesNotContain(Extract("Macron stopped in Ulaanbaatar on 21 May 2023 on his way back to Paris, in a bid to court Mongolia."),
            e => e.Cameo.Value.StartsWith("05", StringComparison.Ordinal));

    [Fact]
    public void TwoPartiesDiscussing_Meet() =>
        Assert.Contains(Extract("President Tokayev and President Mirziyoyev discussed water sharing on 5 May 2024."),
            e => (Is(e, "KAZ", "UZB", "040") || Is(e, "UZB", "KAZ", "040")));

    [Fact]
    public void OnePartyDiscussing_MeetsNoOne() =>
        Assert.Empty(Extract("Kazakhstan's energy ministry said on 5 May 2024 it was discussing Russian gas supplies."));

    [Fact]
    public void AppealToUnnamedParties_BorrowsNoEarlierActor() =>
        Assert.DoesNotContain(Extract("The Asian Development Bank approved a grant to Mongolia on 5 May 2024. "
            + "The government appealed to international donors for more help."), e => e.Source.Code == "MNG");

    [Fact]
    public void NationalityAdjective_IsNoHostOfAnAddress() =>
        Assert.Empty(Extract("Lavrov told the forum on 7 December 2024 that terrorists must not take over Syrian territory."));

    [Fact]
    public void TheTwoLeaders_AfterOneLeaderNamed_AreHisStateAndTheLastOtherState() =>
        Assert.Contains(Extract("Xi will visit Russia next week, China's foreign ministry said on 17 March 2023. "
            + "The Kremlin said the two leaders would discuss energy."), e => Is(e, "RUS", "CHN", "036"));

    [Theory]
    [InlineData("BERLIN, May 6 (Reuters) - Foreign ministry spokeswoman Maria Zakharova criticised Germany on 5 May 2024.", "RUS", "DEU")]
    [InlineData("Spokesman Lin Jian praised Pakistan on 7 May 2024.", "CHN", "PAK")]
    [InlineData("Jen Psaki welcomed Poland's decision on 4 March 2022.", "USA", "POL")]
    public void Spokesperson_NamedWithoutTheirState_SpeaksForIt(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target);

    [Fact]
    public void EnvoyWarningThatSomethingWouldHappen_SpeaksToTheStateOfThePosting()
    {
        var events = Extract("Russia's ambassador to Kazakhstan warned on 5 May 2024 that closer ties with Ukraine would hurt trade.");
        Assert.Contains(events, e => Is(e, "RUS", "KAZ", "13"));
        Assert.DoesNotContain(events, e => e.Target.Code == "UKR");
    }

    [Fact]
    public void EnvoyWarningANamedParty_StillWarnsThatParty() =>
        Assert.Contains(Extract("Russia's ambassador to Kazakhstan warned Ukraine on 5 May 2024 against closer ties with NATO."),
            e => Is(e, "RUS", "UKR", "13"));

    [Theory]
    [InlineData("Xi Jinping met the visiting Mongolian President Khurelsukh in Beijing on 5 May 2024.", "MNG", "CHN")]
    [InlineData("Kishida held talks with visiting Kazakh President Tokayev on 5 May 2024.", "KAZ", "JPN")]
    public void MeetingTheVisitingGuest_TellsTheGuestsVisit(string text, string guest, string host) =>
        Assert.Contains(Extract(text), e => Is(e, guest, host, "042") && e.Date?.ToString() == "2024-05-05");

    [Fact]
    public void VisitingWithNoMeeting_TellsNoVisit() =>
        Assert.DoesNotContain(Extract("Visiting Mongolian herders praised the weather in Tokyo on 5 May 2024."), e => e.Cameo.Value == "042");

    [Fact]
    public void VisitingGuest_WhoseVisitTheStoryTells_IsCodedOnce() =>
        Assert.Single(Extract("Kishida held talks with visiting Kazakh President Tokayev on 5 May 2024. "
            + "Tokayev arrived in Tokyo on 4 May 2024 for a three-day official visit."), e => Is(e, "KAZ", "JPN", "042"));

    [Fact]
    public void HostingTheVisitingGuest_IsTheHostingAlone() =>
        Assert.DoesNotContain(Extract("Kazakhstan hosted the visiting Indian foreign minister on 5 May 2024."), e => e.Cameo.Value == "042");

    [Theory]
    [InlineData("Zelenskiy thanked Germany and France on 5 May 2024 for supplying air defence systems.", "DEU", "UKR", "072")]
    [InlineData("Turkey thanked Armenia on 5 May 2024 for sending rescue teams.", "ARM", "TUR", "073")]
    public void ThanksForAGift_TellTheGift(string text, string donor, string recipient, string code) =>
        Assert.Contains(Extract(text), e => Is(e, donor, recipient, code) && e.Date?.ToString() == "2024-05-05");

    [Fact]
    public void ThanksForSupport_TellNoGift() =>
        Assert.DoesNotContain(Extract("Pakistan thanked China on 5 May 2024 for its support."), e => e.Cameo.RootNumber == 7);
}
