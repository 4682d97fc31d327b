using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Mechanisms from the fresh news-c tune misses (branch p10-tunec): joint acts of "the three leaders", one target's date
/// for several parties, "the first … since" records, relative clauses about a state after a preposition, a past form
/// after "and" outside a governed clause, arrivals under a dateline. Sentences of our own.
/// </summary>
public sealed class FreshNewsCTests
{
    private static string[] Pairs(string text, DateOnly? published = null) =>
        [.. EventExtractor.Default.Extract(text, published ?? new DateOnly(2025, 1, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    private static string[] Dated(string text, DateOnly published) =>
        [.. EventExtractor.Default.Extract(text, published).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo} {e.Date}")];

    [Fact]
    public void ThreeLeaders_AgreeingTogether_GiveEachOnesIntentToEachOther()
    {
        var pairs = Pairs("The presidents of Peru, Chile and Bolivia met in Lima on Monday. The three leaders agreed to build a railway to the Pacific.");
        foreach (var expected in new[] { "PER>CHL", "PER>BOL", "CHL>PER", "CHL>BOL", "BOL>PER", "BOL>CHL" })
        {
            Assert.Contains(pairs, p => p.StartsWith(expected + " 03", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ThreeLeaders_NamingTheirOwnStatesAgain_TakeNoOtherPartner()
    {
        var pairs = Pairs("The presidents of Peru, Chile and Bolivia met in Lima on Monday. The three leaders agreed to extend a pipeline that would carry Bolivian gas to Chile across Peru.");
        Assert.Equal(6, pairs.Count(p => p.Contains(" 03", StringComparison.Ordinal)));
    }

    [Fact]
    public void SeveralPartiesActingOnOneTarget_TakeTheTimeOfTheirPhrase_NotOfALaterClause()
    {
        var dated = Dated("Brazil, India and South Africa pledged on Monday to respect Bolivia's neutrality, ending a dispute La Paz began two decades ago.", new DateOnly(2019, 5, 8));
        Assert.Equal(3, dated.Count(d => d.EndsWith(" 2019-05-06", StringComparison.Ordinal)));
        Assert.DoesNotContain(dated, d => d.EndsWith(" 1999", StringComparison.Ordinal));
    }

    [Fact]
    public void DestinationsOfOneAct_StillTakeEachTheirOwnTime()
    {
        var dated = Dated("The Chilean president visited Lima on 8 July and La Paz on 23 August 2019.", new DateOnly(2019, 9, 1));
        Assert.Contains("CHL>PER 042 2019-07-08", dated);
        Assert.Contains("CHL>BOL 042 2019-08-23", dated);
    }

    [Theory]
    [InlineData("The Chilean president praised Peru on Monday during a stop in Lima, the first visit by a Chilean leader since 2011.")]
    [InlineData("The Chilean president, the first Chilean leader to travel to Lima since 2011, praised Peru on Monday.")]
    [InlineData("The Chilean president praised Peru on Monday, the most senior Chilean official to come since 2011.")]
    public void SinceAfterFirst_MeasuresARecord_AndDatesNothing(string text)
    {
        var dated = Dated(text, new DateOnly(2019, 5, 8));
        Assert.Contains("CHL>PER 051 2019-05-06", dated);
        Assert.DoesNotContain(dated, d => d.Contains("2011", StringComparison.Ordinal));
    }

    [Fact]
    public void SinceWithoutARecord_StillOpensASpan() =>
        Assert.Contains("PER>CHL 062 2004/..", Dated("Peru and Chile have held joint naval drills every year since 2004.", new DateOnly(2019, 5, 8)));

    [Fact]
    public void RelativeClause_AboutAStateAfterAPreposition_HasThatStateAsSubject() =>
        Assert.Contains(Pairs("The delegation ignored objections from Peru, which had urged Bolivia earlier this month to drop the plan."), p => p.StartsWith("PER>BOL 02", StringComparison.Ordinal));

    [Fact]
    public void RelativeClause_AboutACity_StillFindsNoSubjectFromIt() =>
        Assert.DoesNotContain(Pairs("The talks were held in Lima, which had urged Bolivia to drop the plan."), p => p.StartsWith("PER>BOL 02", StringComparison.Ordinal));

    [Fact]
    public void PastFormAfterAnd_IsTheSpeakersOwnAct_NotWhatWasUrged()
    {
        var pairs = Pairs("Peru urged Bolivia to withdraw the decree and threatened Bolivia with sanctions on Monday.");
        Assert.Contains(pairs, p => p.StartsWith("PER>BOL 02", StringComparison.Ordinal));
        Assert.Contains(pairs, p => p.StartsWith("PER>BOL 13", StringComparison.Ordinal));
    }

    [Fact]
    public void BareVerbAfterAnd_StaysInsideTheGovernedClause() =>
        Assert.DoesNotContain(Pairs("Peru urged Bolivia to withdraw the decree and expel the Chilean envoy."), p => p.StartsWith("BOL>CHL 17", StringComparison.Ordinal));

    [Fact]
    public void ArrivalWithNoDestination_UnderADateline_IsAVisitToTheDatelinesState()
    {
        var dated = Dated("LIMA, May 9 (Reuters) - Peru welcomed closer ties with Chile. Chile's president arrived on Wednesday for a three-day official visit.", new DateOnly(2019, 5, 9));
        Assert.Contains("CHL>PER 042 2019-05-08/2019-05-10", dated);
    }

    [Fact]
    public void ArrivalWithNoDestination_WhenTheDatelinesStateIsNotNamed_IsNoVisit() =>
        Assert.DoesNotContain(Pairs("LIMA, May 9 (Reuters) - Chile's president arrived on Wednesday for a three-day official visit."), p => p.EndsWith(" 042", StringComparison.Ordinal));

    [Fact]
    public void ArrivalOfTheDatelinesOwnLeader_IsNoVisit() =>
        Assert.DoesNotContain(Pairs("LIMA, May 9 (Reuters) - Chile praised Peru on Monday. Peru's president arrived on Wednesday for talks."), p => p.StartsWith("PER>PER", StringComparison.Ordinal) || p == "PER>CHL 042");

    [Fact]
    public void EachSide_BlamingTheOther_IsEachPartysAccusation()
    {
        var pairs = Pairs("Peru and Ecuador fought along their border on Monday. On Tuesday, each side blamed the other for starting the clashes.");
        Assert.Contains("PER>ECU 1123", pairs);
        Assert.Contains("ECU>PER 1123", pairs);
    }

    [Fact]
    public void TheOther_BeforeANoun_IsNoReciprocal() =>
        Assert.DoesNotContain(Pairs("Peru and Ecuador met on Monday. Each side criticised the other members of the council."), p => p.Contains(" 11", StringComparison.Ordinal));

    [Fact]
    public void JointIntent_WhoseOnlyOtherActorIsAParty_IsEachOnesToTheOther()
    {
        var pairs = Pairs("The presidents of Peru and Ecuador met in Lima on Friday and agreed to pull back their troops, the Peruvian president's office said.");
        Assert.Contains("PER>ECU 0356", pairs);
        Assert.Contains("ECU>PER 0356", pairs);
    }

    [Fact]
    public void JointPledge_WithNoRecipient_NamesNone() =>
        Assert.DoesNotContain(Pairs("Peru and Ecuador pledged to send aid on Friday."), p => p.Contains(" 03", StringComparison.Ordinal));

    [Fact]
    public void HostGreetingHisGuest_HostsTheVisitorOfTheVisitToldBefore() =>
        Assert.Contains("PER>CHL 043", Pairs("The Chilean president arrived in Lima on Friday. Peru's president greeted his guest at the airport."));

    [Fact]
    public void HostGreetingHisGuest_WithNoVisitTold_HostsNoOne() =>
        Assert.DoesNotContain(Pairs("Peru's president greeted his guest at the airport on Friday."), p => p.EndsWith(" 043", StringComparison.Ordinal));

    [Theory]
    [InlineData("Peru has begun charging a new fee on Bolivian trucks, officials said on Thursday.", "PER>BOL 163")]
    [InlineData("Russia resumed shelling Ukrainian towns on Monday.", "RUS>UKR 19")]
    public void IngFormAfterAnAspectualVerb_IsTheAct(string text, string expected) =>
        Assert.Contains(Pairs(text), p => p.StartsWith(expected, StringComparison.Ordinal));

    [Fact]
    public void IngFormAfterStopped_IsNoAct() =>
        Assert.DoesNotContain(Pairs("Peru stopped charging a fee on Bolivian trucks on Thursday."), p => p.EndsWith(" 163", StringComparison.Ordinal));

    [Fact]
    public void RoutingAnArmy_IsFighting_ButWinningAMatchIsNot()
    {
        Assert.Contains("PER>CHL 190", Pairs("Peruvian troops routed the Chilean army near the border in 1880."));
        Assert.DoesNotContain(Pairs("Peru defeated Chile 2-1 in the final on Monday."), p => p.Contains(" 19", StringComparison.Ordinal));
    }

    [Fact]
    public void CallingOnAPerson_WithNothingAsked_IsAMeeting() =>
        Assert.Contains("CHL>PER 040", Pairs("The Chilean foreign minister later called on President Dina Boluarte at the government palace on Monday."));

    [Fact]
    public void CallingOnAPerson_ToDoSomething_IsAnAppeal() =>
        Assert.Contains(Pairs("The Chilean foreign minister called on President Vladimir Putin to release the prisoners on Monday."), p => p.StartsWith("CHL>RUS 02", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Indian prime minister arrived in Astana on Monday for the SCO summit.")]
    [InlineData("The Indian prime minister is in Astana for a two-day summit of the Shanghai Cooperation Organisation.")]
    public void TripToACityForAnOrganisationsSummit_IsAttendance_NotAVisitToTheHost(string text)
    {
        var pairs = Pairs(text);
        Assert.Contains("IND>SCO 042", pairs);
        Assert.DoesNotContain("IND>KAZ 042", pairs);
    }

    [Fact]
    public void TripToACityForTalks_IsAVisit() =>
        Assert.Contains("IND>KAZ 042", Pairs("The Indian prime minister arrived in Astana on Monday for talks with Tokayev."));

    [Fact]
    public void ActAfterASummitAttended_IsNotAimedAtTheOrganisation() =>
        Assert.DoesNotContain(Pairs("The Indian prime minister is in Astana for the SCO summit. He will sign a trade deal."), p => p.StartsWith("IND>SCO 03", StringComparison.Ordinal));
}
