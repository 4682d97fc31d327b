using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A reaction whose object is a definite noun derived from the verb of an act told before ("withdrew" → "welcomed the
/// withdrawal", "expelled" → "condemned the expulsions") answers that act's author, in its sentence or up to two before; the
/// reactor's own act, an act further back, a noun no verb told, and a noun naming its own party give no target
/// (<see cref="DerivedActNouns"/>, <c>data/lexicon/derived-act-nouns.tsv</c>). Sentences of our own.
/// </summary>
public sealed class DerivedActNounTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    // The act told in the sentence before.
    [InlineData("Armenia withdrew its troops from Azerbaijan's border region on 3 June 2024. France welcomed the withdrawal on 4 June 2024.", "FRA", "ARM", "051")]
    // A sentence of detail between the act and the reaction.
    [InlineData("Armenia withdrew its troops from Azerbaijan's border region on 3 June 2024. Talks were held on 4 June 2024. France welcomed the withdrawal on 5 June 2024.", "FRA", "ARM", "051")]
    // The noun names the act more narrowly than the last act against the one reacting.
    [InlineData("Armenia withdrew its troops from Azerbaijan's border region on 3 June 2024, and Russia criticised Azerbaijan on 4 June 2024. Azerbaijan welcomed the withdrawal on 5 June 2024.", "AZE", "ARM", "051")]
    // Several parties answer one author.
    [InlineData("Armenia withdrew its troops from Azerbaijan's border region on 3 June 2024. France and Germany welcomed the withdrawal on 4 June 2024.", "DEU", "ARM", "051")]
    public void ReactionToADerivedNoun_AnswersTheVerbsAuthor(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Fact]
    public void ActThreeSentencesBack_IsOutOfReach() =>
        Assert.DoesNotContain(Extract("Armenia withdrew its troops from Azerbaijan's border region on 3 June 2024. Talks were held on 4 June 2024. Markets rose. France welcomed the withdrawal on 6 June 2024."),
            e => e.Source.Code == "FRA");

    [Fact]
    public void NoVerbTold_GivesNoTarget() =>
        Assert.DoesNotContain(Extract("Armenia's troops stayed on the border on 3 June 2024. France welcomed the withdrawal on 4 June 2024."),
            e => e.Source.Code == "FRA");

    [Fact]
    public void NounWithItsOwnParty_TakesNoAuthorFromBefore() =>
        Assert.DoesNotContain(Extract("Armenia withdrew its troops from Azerbaijan's border region on 3 June 2024. France welcomed the withdrawal of the peacekeepers on 4 June 2024."),
            e => e.Source.Code == "FRA" && e.Target.Code == "ARM");

    [Fact]
    public void ReactorsOwnAct_IsNoTarget() =>
        // Estonia's own expulsion answers no one, and its victim is not made the target of Estonia's praise.
        Assert.DoesNotContain(Extract("Estonia expelled a Russian diplomat on 3 June 2024. Estonia's foreign minister welcomed the expulsion on 4 June 2024."),
            e => e.Cameo.Value == "051");

    [Fact]
    public void ActOfAnotherVerb_IsNoAuthor() =>
        // "the withdrawal" names no visit: the visitor is not the one welcomed.
        Assert.DoesNotContain(Extract("The Armenian prime minister visited Paris on 3 June 2024. Azerbaijan welcomed the withdrawal on 4 June 2024."),
            e => e.Source.Code == "AZE" && e.Target.Code == "ARM");
}
