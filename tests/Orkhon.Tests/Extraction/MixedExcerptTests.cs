using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Long news excerpts with several acts (branch <c>p12-mixed</c>): a joint meeting named by "their" opening a later sentence;
/// a noun's predicate read only inside its own clause; "first" as the adverb of the verb after an actor; titles of bodies
/// pointing back ("the council", "the commission"); deals announced with a partner; troops kept on another state's soil.
/// </summary>
public sealed class MixedExcerptTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    private static bool Meeting(string[] pairs, string a, string b) =>
        pairs.Contains($"{a}>{b} 040") || pairs.Contains($"{b}>{a} 040");

    [Fact]
    public void TheirTalks_OpeningALaterSentence_AreTheMeetingOfTheTwoPeopleNamedBefore()
    {
        var pairs = Pairs("Chilean President Gabriel Boric welcomed Peruvian President Dina Boluarte to Santiago on Monday. "
            + "In their talks, Boric urged Lima to expand trade.");
        Assert.True(Meeting(pairs, "CHL", "PER"), string.Join(", ", pairs));
    }

    [Fact]
    public void TheirTalks_AfterTwoStatesNamedWithoutTheirPeople_GiveNoMeeting()
    {
        var pairs = Pairs("Chile and Peru signed a fisheries deal in Lima in 2020. In their talks, officials discussed quotas.");
        Assert.False(Meeting(pairs, "CHL", "PER"), string.Join(", ", pairs));
    }

    [Fact]
    public void TheirMeeting_InsideTheSentence_IsLeftToTheSentencesOwnPair()
    {
        // Not at the sentence's opening: the rule stays out, and no pair is guessed across the sentences.
        var pairs = Pairs("Chilean President Gabriel Boric met Peruvian President Dina Boluarte on Monday. Officials said their meeting ran late.");
        Assert.Single(pairs, p => p.EndsWith(" 040", StringComparison.Ordinal));
    }

    [Fact]
    public void AModalInARelativeClause_DoesNotDenyTheNounBeforeIt()
    {
        var pairs = Pairs("Chilean President Gabriel Boric welcomed Peruvian President Dina Boluarte to Santiago on Monday. "
            + "At their meeting, Boric pressed Lima to back a bill that would cut tariffs.");
        Assert.True(Meeting(pairs, "CHL", "PER"), string.Join(", ", pairs));
    }

    [Fact]
    public void AModalInTheNounsOwnPredicate_StillDeniesIt()
    {
        Assert.DoesNotContain(Pairs("A visit by Erdogan to Athens could take place in May 2024."), p => p.EndsWith(" 042", StringComparison.Ordinal));
    }

    [Fact]
    public void FirstAfterTheActor_IsAnAdverbOfTheVerb()
    {
        Assert.Contains("FRA>MLI 074", Pairs("France first deployed troops to Mali in 2013."));
        // "first" after a possessive still modifies a noun.
        Assert.Contains("RUS>VNM 042", Pairs("Putin's first visit to Hanoi took place in 2001."));
    }

    [Fact]
    public void TheCouncil_IsTheCouncilNamedBefore()
    {
        Assert.Contains("UNSC>HTI 074", Pairs("The U.N. Security Council met on Friday. The council first deployed peacekeepers to Haiti in 2004."));
    }

    [Fact]
    public void TheCouncil_WithNoCouncilNamedBefore_IsNoActor()
    {
        Assert.Empty(Pairs("The council first deployed peacekeepers to Haiti in 2004."));
    }

    [Fact]
    public void AgreementAnnouncedWithAPartner_IsADeal()
    {
        Assert.Contains("PER>CHL 057", Pairs("Peru announced a fisheries agreement with Chile on Monday."));
    }

    [Fact]
    public void TroopsKeptOnAnotherStatesSoil_ArePeacekeepingOrProtection()
    {
        Assert.Contains("GBR>DEU 074", Pairs("Britain kept thousands of troops in Germany until 2019."));
        Assert.Empty(Pairs("Britain kept its troops in reserve in 2019."));
    }

    [Fact]
    public void VerbAfterCommaAnd_SharesTheOpeningSubject_NotTheNearestActor()
    {
        var pairs = Pairs("A Lithuanian court on Monday convicted two Belarusian officers and a Russian pilot of spying, and sentenced them to prison.");
        Assert.Contains("LTU>BLR 173", pairs);
        Assert.DoesNotContain(pairs, p => p.StartsWith("RUS>", StringComparison.Ordinal));
        Assert.Contains("CHL>PER 1125", Pairs("Chile's president said on Friday that Peru was a rival, and accused Lima of spying."));
    }

    [Fact]
    public void VerbAfterCommaAnd_WithItsOwnSubject_KeepsIt()
    {
        var pairs = Pairs("Peru recalled its envoy, and Chile condemned Lima on Monday.");
        Assert.Contains("CHL>PER 111", pairs);
    }

    [Fact]
    public void HostedByAfterTheMeetingsClause_HostsEachParty()
    {
        var pairs = Pairs("Chilean President Gabriel Boric and Peruvian President Dina Boluarte met for two hours at a palace in Brasilia on Monday, "
            + "hosted by Brazilian President Lula.");
        Assert.Contains("BRA>CHL 043", pairs);
        Assert.Contains("BRA>PER 043", pairs);
    }

    [Fact]
    public void HostedByAfterAClauseWithNoMeeting_HostsNoParty()
    {
        var pairs = Pairs("Chile criticised Peru on Monday, hosted by Brazil.");
        Assert.DoesNotContain(pairs, p => p.EndsWith(" 043", StringComparison.Ordinal) && p.Contains(">CHL", StringComparison.Ordinal));
    }

    [Fact]
    public void VerbFormInSBeforeBy_IsAPluralNounWithItsAgent()
    {
        var pairs = Pairs("Chile and Peru agreed on Monday to resume regular reciprocal visits by their leaders, as the two U.S. partners moved closer.");
        Assert.DoesNotContain(pairs, p => p.EndsWith(">USA 042", StringComparison.Ordinal));
        // The verb itself still codes: "Boric visits Lima" is a visit, and so is a passive with its agent.
        Assert.Contains("CHL>PER 042", Pairs("Chilean President Gabriel Boric visits Lima on Monday."));
    }

    [Fact]
    public void MediationOfTheActToldBefore_IsBetweenThePreviousSentencesStates()
    {
        var pairs = Pairs("Belarus handed a Polish activist to Poland on Monday in exchange for a Belarusian journalist held in Warsaw. "
            + "Hungary and Austria said their envoys had mediated the exchange.");
        Assert.Contains("HUN>BLR 045", pairs);
        Assert.Contains("HUN>POL 045", pairs);
        Assert.Contains("AUT>BLR 045", pairs);
        Assert.Contains("AUT>POL 045", pairs);
    }

    [Fact]
    public void MediationOfAnIndefiniteAct_TakesNoPartiesFromBefore()
    {
        var pairs = Pairs("Belarus and Poland traded accusations on Monday. Hungary said it had mediated a deal on fishing.");
        Assert.DoesNotContain(pairs, p => p.StartsWith("HUN>", StringComparison.Ordinal) && p.EndsWith(" 045", StringComparison.Ordinal));
    }

    [Fact]
    public void ThreatNamingNoOne_AfterAnAccusationInItsSentence_IsAimedAtTheAccused()
    {
        var pairs = Pairs("Armenia accused Azerbaijan on Monday of shelling a border village, and Russia's president vowed retaliation.");
        Assert.Contains(pairs, p => p.StartsWith("ARM>AZE 112", StringComparison.Ordinal));
        Assert.Contains(pairs, p => p.StartsWith("RUS>AZE 13", StringComparison.Ordinal));
    }

    [Fact]
    public void ThreatNamingNoOne_WithNoAccusationBefore_IsAimedAtNoOneGuessed()
    {
        var pairs = Pairs("Armenia praised Azerbaijan on Monday, and Russia's president vowed retaliation.");
        Assert.DoesNotContain(pairs, p => p.StartsWith("RUS>AZE 13", StringComparison.Ordinal));
    }

    [Fact]
    public void TheirCountries_AfterTwoPartiesInTheSentence_AreBothActingTogether()
    {
        var pairs = Pairs("Chilean President Gabriel Boric hosted Peruvian President Dina Boluarte on Monday, and the two said their countries would "
            + "sign a trade agreement.");
        Assert.Contains(pairs, p => p.StartsWith("CHL>PER 03", StringComparison.Ordinal));
        Assert.Contains(pairs, p => p.StartsWith("PER>CHL 03", StringComparison.Ordinal));
    }

    [Fact]
    public void TheirCountries_WithThreePartiesNamed_GuessNoPair()
    {
        var pairs = Pairs("Chile, Peru and Bolivia met on Monday, and officials said their countries would sign a trade agreement.");
        Assert.DoesNotContain(pairs, p => p.Contains(" 03", StringComparison.Ordinal));
    }
}
