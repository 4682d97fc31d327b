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

    [Theory]
    // Told but not coded: the party before the verb, a sentence of detail between.
    [InlineData("Russia recognised the independence of two breakaway regions of Georgia on 26 August 2024. Crowds celebrated in the streets. The United States condemned the recognition as illegal on 27 August 2024.", "USA", "RUS", "111")]
    // Inside a subordinate clause, after a participle.
    [InlineData("Three days after the Kyrgyz president signed a decree recognising the breakaway region on 26 August 2024, talks resumed. France condemned the recognition on 29 August 2024.", "FRA", "KGZ", "111")]
    // A stated future told in reported speech.
    [InlineData("The Armenian prime minister announced on 3 June 2024 that his troops would pull out of the border zone. France welcomed the withdrawal on 5 June 2024.", "FRA", "ARM", "051")]
    public void ReactionToADerivedNoun_AnswersTheToldVerbsParty(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Fact]
    public void CoordinatedParties_EachAnswered()
    {
        var events = Extract("Poland and Lithuania said on 3 June 2024 that they would expel Belarusian diplomats. Belarus condemned the expulsions on 4 June 2024.");
        Assert.Contains(events, e => e.Source.Code == "BLR" && e.Target.Code == "POL" && e.Cameo.Value == "111");
        Assert.Contains(events, e => e.Source.Code == "BLR" && e.Target.Code == "LTU" && e.Cameo.Value == "111");
    }

    [Fact]
    public void PassiveVerb_NamesNoAuthor() =>
        // "were expelled from Vilnius": the one before a passive is acted on; no one is the author.
        Assert.DoesNotContain(Extract("Diplomats were expelled from Vilnius on 3 June 2024. Belarus condemned the expulsions on 4 June 2024."),
            e => e.Source.Code == "BLR");

    [Fact]
    public void TwoPartiesTellingTheVerb_NameNoAuthor() =>
        Assert.DoesNotContain(Extract("Hungary said on 3 June 2024 that it would recognise the region, and Serbia said it might recognise it later. Georgia condemned the recognition on 4 June 2024."),
            e => e.Source.Code == "GEO" && e.Cameo.Value == "111");

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
