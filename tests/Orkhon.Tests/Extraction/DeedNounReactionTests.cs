using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A reaction whose object is a definite noun naming a deed with no party of its own ("regretted the decision", "welcomed the
/// move", "hailed the ruling") answers the last deed aimed at the one reacting, a few sentences back if need be, past the
/// accusations, threats and promises told since: a decision is something done, not something said
/// (<see cref="ActAuthors.NamesDeed"/>, <see cref="ActAuthors.IsWords"/>). A veto answers the party that blocked.
/// </summary>
public sealed class DeedNounReactionTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    // The deed is three sentences back; an accusation and a sentence of detail stand between.
    [InlineData("Algeria cut diplomatic ties with Morocco on Tuesday. Algiers accused Rabat of hostile acts. Officials gave no further details. Rabat regretted the decision.", "MAR", "DZA", "111")]
    // Quoted modifiers stand between the article and the noun.
    [InlineData("Burundi closed its border with Rwanda on Thursday. Traders were stranded on both sides. Rwanda's government said it regretted the 'unfortunate' decision.", "RWA", "BDI", "111")]
    // A promise by another party told since is words, not the decision.
    [InlineData("Japan approved a $300 million loan for Mongolia on Monday. Officials said talks had lasted a year. China agreed to extend a currency swap line with Mongolia. Mongolia's finance minister welcomed the decision.", "MNG", "JPN", "051")]
    // "The veto" names the act of the party that blocked the bid.
    [InlineData("Russia blocked Georgia's bid to join the council on Monday, and Tbilisi recalled its ambassador from Moscow. Georgia's foreign ministry called the veto a hostile act.", "GEO", "RUS", "111")]
    public void ReactionToADeed_AnswersItsDoer(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Fact]
    public void PromiseSinceTheDeed_IsNotTheDecision() =>
        Assert.DoesNotContain(Extract("Japan approved a $300 million loan for Mongolia on Monday. Officials said talks had lasted a year. China agreed to extend a currency swap line with Mongolia. Mongolia's finance minister welcomed the decision."),
            e => e.Source.Code == "MNG" && e.Target.Code == "CHN" && e.Cameo.Value == "051");

    [Fact]
    public void DeedNamedByNoOne_GivesNothing() =>
        Assert.DoesNotContain(Extract("Officials met in Rabat on Tuesday. The weather was mild. Rabat regretted the decision."),
            e => e.Source.Code == "MAR");

    [Fact]
    public void OnlyWordsAgainstTheReactor_AreNoDecision() =>
        // An accusation is no decision: with no deed told, "the decision" answers no one.
        Assert.DoesNotContain(Extract("Algiers accused Rabat of hostile acts on Tuesday. Officials gave no further details. Rabat regretted the decision."),
            e => e.Source.Code == "MAR" && e.Target.Code == "DZA" && e.Cameo.Value == "111");

    [Fact]
    public void ReactorsOwnDeed_IsNoTarget() =>
        Assert.DoesNotContain(Extract("Morocco cut diplomatic ties with Algeria on Tuesday. Officials gave no further details. Rabat hailed the decision."),
            e => e.Source.Code == "MAR" && e.Cameo.Value == "051");

    [Fact]
    public void HypotheticalReaction_GivesNothing() =>
        Assert.DoesNotContain(Extract("Algeria cut diplomatic ties with Morocco on Tuesday. Algiers accused Rabat of hostile acts. Officials gave no further details. Rabat would regret the decision if it stood."),
            e => e.Source.Code == "MAR" && e.Target.Code == "DZA" && e.Cameo.Value == "111");

    [Fact]
    public void DecisionWithItsOwnParty_TakesNoDeedFromBefore() =>
        // "the decision by Tunisia" names its own author; the deed told before is not it.
        Assert.DoesNotContain(Extract("Algeria cut diplomatic ties with Morocco on Tuesday. Officials gave no further details. Rabat regretted the decision by Tunisia."),
            e => e.Source.Code == "MAR" && e.Target.Code == "DZA" && e.Cameo.Value == "111");
}
