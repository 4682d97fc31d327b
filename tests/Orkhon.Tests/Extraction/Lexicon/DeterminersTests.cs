using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Xunit;

namespace Orkhon.Tests.Extraction.Lexicon;

/// <summary>
/// The closed word classes the stages used to spell out inline (articles, possessive pronouns, "do" and "have" forms, and the
/// phrase-words classes of sequence adverbs, party pronouns and definite determiners): each holds exactly its words, as written.
/// </summary>
public sealed class DeterminersTests
{
    [Theory]
    [InlineData("a", true)]
    [InlineData("an", true)]
    [InlineData("the", true)]
    [InlineData("The", false)] // capitalised: only IsArticleMaybeCapitalised
    [InlineData("this", false)]
    [InlineData("", false)]
    public void IsArticle_MatchesLowerCaseArticlesOnly(string word, bool expected) =>
        Assert.Equal(expected, Determiners.IsArticle(word));

    [Theory]
    [InlineData("A", true)]
    [InlineData("An", true)]
    [InlineData("The", true)]
    [InlineData("the", true)]
    [InlineData("THE", false)] // a headline in capitals is not read as an article
    [InlineData("Its", false)]
    public void IsArticleMaybeCapitalised_MatchesBothCases(string word, bool expected) =>
        Assert.Equal(expected, Determiners.IsArticleMaybeCapitalised(word));

    [Theory]
    [InlineData("his", true, false)]
    [InlineData("her", true, false)]
    [InlineData("its", true, false)]
    [InlineData("their", true, false)]
    [InlineData("Their", false, true)]
    [InlineData("His", false, true)]
    [InlineData("our", false, false)] // a speaker's own side: not one of the parties told about
    [InlineData("it's", false, false)]
    public void IsPossessivePronoun_LowerCaseOrCapitalised(string word, bool lower, bool capitalised)
    {
        Assert.Equal(lower, Determiners.IsPossessivePronoun(word));
        Assert.Equal(lower || capitalised, Determiners.IsPossessivePronounMaybeCapitalised(word));
    }

    [Theory]
    [InlineData("the", true)]
    [InlineData("an", true)]
    [InlineData("their", true)]
    [InlineData("this", false)]
    [InlineData("The", false)]
    public void IsArticleOrPossessive_IsTheUnion(string word, bool expected) =>
        Assert.Equal(expected, Determiners.IsArticleOrPossessive(word));

    [Theory]
    [InlineData("do", true)]
    [InlineData("does", true)]
    [InlineData("did", true)]
    [InlineData("done", false)] // a participle carries no tense
    [InlineData("Did", false)]
    public void IsFiniteDo_MatchesTheFiniteForms(string word, bool expected) =>
        Assert.Equal(expected, Inflection.IsFiniteDo(word));

    [Theory]
    [InlineData("also", true)]
    [InlineData("then", true)]
    [InlineData("later", true)]
    [InlineData("subsequently", false)] // only CoordinatedVerbPhrase skips it, inline
    [InlineData("Later", false)]
    public void IsSequenceAdverb_MatchesThePhraseWordsClass(string word, bool expected) =>
        Assert.Equal(expected, PhraseGrammar.IsSequenceAdverb(word));

    [Theory]
    [InlineData("it", true)]
    [InlineData("they", true)]
    [InlineData("we", true)]
    [InlineData("he", false)] // a person, not a state
    [InlineData("It", false)]
    public void IsPartyPronoun_MatchesThePhraseWordsClass(string word, bool expected) =>
        Assert.Equal(expected, PhraseGrammar.IsPartyPronoun(word));

    // The stop words p27-conventions' stages spelt out inline, now phrase-words classes: each class holds exactly the words the
    // chain it replaced held, so the stages read the same.
    [Theory]
    [InlineData("gathering-adjunct-break", ", ; : . and but that which while separately individually before after ahead")]
    [InlineData("counterpart-break", ", ; . in by from to with that which if and on")]
    [InlineData("non-swap-follower", "of deal agreement talks war")]
    [InlineData("apposition-break", "; : ( ) \" which who that and but")]
    public void PhraseWordsClass_HoldsTheWordsOfTheChainItReplaced(string name, string words) =>
        Assert.Equal(words.Split(' ').Order(StringComparer.Ordinal), PhraseGrammar.Words.Of(name).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("the", true)]
    [InlineData("this", true)]
    [InlineData("that", true)]
    [InlineData("these", true)]
    [InlineData("those", true)]
    [InlineData("a", false)] // an indefinite act is not one told before
    [InlineData("The", false)]
    public void IsDefiniteDeterminer_MatchesThePhraseWordsClass(string word, bool expected) =>
        Assert.Equal(expected, PhraseGrammar.IsDefiniteDeterminer(word));
}
