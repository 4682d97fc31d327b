using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The p18-frames mechanisms, in sentences of our own: a list of agents or parties interrupted by a relative clause or an
/// appositive (InterruptedLists) or by the head nouns of an agent's phrase ("by Kazakhstan's national railway company and
/// …"), a host's participle with its agent after "at a summit", the leaders such a sentence opens on as the parties of the
/// joint act before (SummitHosts), the purpose of a trip told as done (TripPurposes), and a condition that closes before
/// the main clause's second verb (ClosedConditions); with the negatives that keep each to its frame.
/// </summary>
public sealed class ClauseFrameTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    private static bool Has(List<EventMention> events, string source, string target, string cameo) =>
        events.Any(e => e.Cameo.Value.StartsWith(cameo, StringComparison.Ordinal)
            && ((e.Source.Code == source && e.Target.Code == target) || (e.Source.Code == target && e.Target.Code == source)));

    [Theory]
    [InlineData("The memorandum was signed in Astana by Wang Yi, who led the Chinese side, and Kazakhstan's foreign minister.", "CHN", "KAZ", "057")]
    [InlineData("The treaty was signed on Monday by Lavrov, whose ministry drafted it, and Wang Yi.", "RUS", "CHN", "057")]
    [InlineData("The deal was signed by Wang Yi, China's top diplomat, and Lavrov in March 2024.", "CHN", "RUS", "057")]
    [InlineData("Talks were held in Geneva between Lavrov, whose country chairs the council, and Wang Yi.", "RUS", "CHN", "04")]
    public void InterruptedListOfAgents_KeepsEveryParty(string text, string a, string b, string cameo) =>
        Assert.True(Has(Extract(text), a, b, cameo));

    [Theory]
    [InlineData("The loan was signed by Kazakhstan's national railway company and a Chinese construction group in 2023.", "KAZ", "CHN")]
    [InlineData("The lease was signed by Uzbekistan's state gas firm and Russia's Gazprom in 2022.", "UZB", "RUS")]
    public void AgentWithHeadNounsTheActorWordsLeft_KeepsTheNextAgent(string text, string a, string b) =>
        Assert.True(Has(Extract(text), a, b, "057"));

    [Fact]
    public void ListMember_IsNoAppositive()
    {
        // "A, B and C" is a list of three, each a party; an actor of another state between commas is no description.
        var events = Extract("The pact was signed by Japan, India and Australia in 2023.");
        Assert.True(Has(events, "JPN", "IND", "057"));
        Assert.True(Has(events, "JPN", "AUS", "057"));
        Assert.True(Has(events, "IND", "AUS", "057"));
    }

    [Fact]
    public void RelativeClauseWithoutAList_NamesNoSecondParty()
    {
        // The relative clause closes with no ", and" + actor: the actor inside it is no agent.
        var events = Extract("The treaty was signed by Lavrov, who had flown in from Ankara, on Monday.");
        Assert.DoesNotContain(events, e => e.Source.Code == "TUR" || e.Target.Code == "TUR");
    }

    [Fact]
    public void SummitHostedBy_AfterAt_HostsEachParty()
    {
        var events = Extract("Modi and Albanese signed a charter at a summit hosted by Marcos in Manila in 2024.");
        Assert.Contains(events, e => e.Source.Code == "PHL" && e.Target.Code == "IND" && e.Cameo.Value == "043");
        Assert.Contains(events, e => e.Source.Code == "PHL" && e.Target.Code == "AUS" && e.Cameo.Value == "043");
    }

    [Fact]
    public void LeadersHostedAtASummit_AreThePartiesOfTheJointActBefore()
    {
        var events = Extract("The presidents of India, Brazil and Chile signed a declaration on Monday. "
            + "The leaders signed the text at a summit hosted by Ramaphosa in Pretoria.");
        Assert.Contains(events, e => e.Source.Code == "ZAF" && e.Target.Code == "IND" && e.Cameo.Value == "043");
        Assert.Contains(events, e => e.Source.Code == "ZAF" && e.Target.Code == "CHL" && e.Cameo.Value == "043");
    }

    [Fact]
    public void NamedSubject_IsNoReferenceToThePartiesBefore()
    {
        var events = Extract("The presidents of India and Brazil signed a declaration on Monday. "
            + "Lavrov spoke at a summit hosted by Ramaphosa in Pretoria.");
        Assert.DoesNotContain(events, e => e.Source.Code == "ZAF" && e.Target.Code == "IND" && e.Cameo.Value == "043");
    }

    [Theory]
    [InlineData("Turkish police officers flew to Baku on 5 March 2024 to assist Azerbaijani investigators.", "TUR", "AZE", "063")]
    [InlineData("Lavrov travelled to Ankara on 3 May 2024 to meet Erdogan.", "RUS", "TUR", "040")]
    public void PurposeOfATripDone_IsAnAct(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(cameo, StringComparison.Ordinal));

    [Theory]
    [InlineData("Lavrov will travel to Ankara next week to meet Erdogan.")]
    [InlineData("Lavrov plans to travel to Ankara to meet Erdogan.")]
    [InlineData("Lavrov did not travel to Ankara to meet Erdogan.")]
    public void PurposeOfATripNotDone_StaysUnreal(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "040");

    [Fact]
    public void AppealAfterAClosedCondition_IsTold()
    {
        var events = Extract("Blinken warned of sanctions if the ship was not released and urged Venezuela to free its crew on Monday.");
        Assert.Contains(events, e => e.Source.Code == "USA" && e.Target.Code == "VEN" && e.Cameo.Value.StartsWith("02", StringComparison.Ordinal));
    }

    [Theory]
    // The verb after "and" shares the condition's own subject: it is part of the condition.
    [InlineData("Blinken said Washington would respond if Russia invaded Ukraine and seized Kyiv.", "RUS", "UKR", "19")]
    // A condition that opens the sentence governs the verbs after it.
    [InlineData("If Iran seized the tanker and threatened Britain, London would respond.", "IRN", "GBR", "13")]
    public void ActInsideTheCondition_StaysUnreal(string text, string source, string target, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));
}
