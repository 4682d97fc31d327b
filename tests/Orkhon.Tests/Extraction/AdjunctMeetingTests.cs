using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A meeting named by a bare noun in an adjunct ("told his Indian counterpart during talks in New Delhi that…", "launched a forum
/// at talks in Santiago") meets the clause's subject and the party the verb addresses (<c>Clauses.AdjunctMeetings</c>); one
/// party alone, a meeting "of" a body, or "talks with" someone else tell no such meeting. Sentences of our own.
/// </summary>
public sealed class AdjunctMeetingTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    private static bool Has(List<EventMention> events, string source, string target, string root) =>
        events.Exists(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    // The verb addresses one party before the adjunct.
    [InlineData("The Japanese foreign minister told his Indian counterpart during talks in New Delhi on Monday that Tokyo would expand investment.", "JPN", "IND")]
    [InlineData("The Turkish president told the Hungarian prime minister during talks in Ankara on Friday that gas deliveries would continue.", "TUR", "HUN")]
    // Coordinated subjects only.
    [InlineData("Brazil and Argentina launched a joint lithium forum at talks in Buenos Aires on Monday.", "BRA", "ARG")]
    [InlineData("SANTIAGO, May 9 (Reuters) - Chile, Peru and Bolivia set up a water commission at talks in Santiago on Thursday.", "CHL", "PER")]
    [InlineData("SANTIAGO, May 9 (Reuters) - Chile, Peru and Bolivia set up a water commission at talks in Santiago on Thursday.", "PER", "BOL")]
    public void BareMeetingNounInAnAdjunct_MeetsTheClausesParties(string text, string source, string target) =>
        Assert.True(Has(Extract(text), source, target, "04"), $"expected {source}->{target} root 04");

    [Theory]
    // A host receives its guests for a meeting of several: the host and every guest meet.
    [InlineData("The Kazakh president hosted the Kyrgyz and Uzbek presidents for a three-way meeting in Astana on Monday.", "KAZ", "KGZ")]
    [InlineData("The Kazakh president hosted the Kyrgyz and Uzbek presidents for a three-way meeting in Astana on Monday.", "KAZ", "UZB")]
    [InlineData("The Kazakh president hosted the Kyrgyz and Uzbek presidents for a three-way meeting in Astana on Monday.", "KGZ", "UZB")]
    public void HostReceivingGuestsForAMeetingOfSeveral_MeetsThemAll(string text, string source, string target) =>
        Assert.True(Has(Extract(text), source, target, "040"), $"expected {source}->{target} root 040");

    [Fact]
    public void InvitationForAMeetingOfSeveral_IsNoMeetingHeld() =>
        // "invited … for three-way talks": the talks are still to come; only a host receives guests for a meeting.
        Assert.DoesNotContain(Extract("The Kazakh president invited the Kyrgyz and Uzbek presidents for three-way talks in Astana next month."),
            e => e.Cameo.Value == "040");

    [Theory]
    // One party: a meeting with nobody named.
    [InlineData("The Kazakh foreign minister said at a meeting in Geneva on Monday that the plan would fail.")]
    [InlineData("Officials said during talks in Vienna on Tuesday that enrichment had resumed.")]
    public void OnePartyAtAMeeting_IsNoMeeting(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith("04", StringComparison.Ordinal));

    [Fact]
    public void MeetingOfABody_IsNotTheClausesMeeting() =>
        // "at a meeting of NATO ministers": the meeting has its own parties after "of"; the speaker only spoke there.
        Assert.False(Has(Extract("The German chancellor spoke at a meeting of NATO defence ministers in Brussels on Monday."), "DEU", "NATO", "040"));

    [Fact]
    public void PlaceAfterTheAdjunct_IsNoParty() =>
        // "at talks in Geneva": where they met, not a third party of the meeting.
        Assert.DoesNotContain(Extract("Armenia and Azerbaijan agreed on a prisoner exchange at talks in Geneva on Monday."), e => e.Target.Code == "CHE" || e.Source.Code == "CHE");

    [Fact]
    public void CommaBetweenSubjectAndAdjunct_OpensAnotherClause() =>
        // "Canada, …, said at talks": the parenthetical's actor is not a party of the meeting.
        Assert.DoesNotContain(Extract("Canada, which criticised Mexico last week, said at a meeting in Ottawa on Monday that trade would grow."),
            e => e.Cameo.Value.StartsWith("04", StringComparison.Ordinal));
}
