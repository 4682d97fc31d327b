namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// The closed classes of words that open a noun phrase, which many stages skip to reach the noun or the actor behind them:
/// the articles and the possessive pronouns. A closed class of English grammar, not a list to tune, so it lives beside
/// <see cref="Inflection"/> rather than in a lexicon file. Words compare as written.
/// </summary>
public static class Determiners
{
    /// <summary>"a", "an", "the", in lower case: inside a sentence.</summary>
    public static bool IsArticle(ReadOnlySpan<char> word) => word is "a" or "an" or "the";

    /// <summary>An article in lower case or capitalised ("The", "A", "An"), for a noun phrase that may open the sentence.</summary>
    public static bool IsArticleMaybeCapitalised(ReadOnlySpan<char> word) => IsArticle(word) || word is "A" or "An" or "The";

    /// <summary>"his", "her", "its", "their", in lower case; "her" is taken as the possessive, which the stages need it for.</summary>
    public static bool IsPossessivePronoun(ReadOnlySpan<char> word) => word is "his" or "her" or "its" or "their";

    /// <summary>A possessive pronoun in lower case or capitalised ("His", "Her", "Its", "Their").</summary>
    public static bool IsPossessivePronounMaybeCapitalised(ReadOnlySpan<char> word) => IsPossessivePronoun(word) || word is "His" or "Her" or "Its" or "Their";

    /// <summary>An article or a possessive pronoun in lower case: what may open a noun phrase inside a sentence ("the visit", "his visit").</summary>
    public static bool IsArticleOrPossessive(ReadOnlySpan<char> word) => IsArticle(word) || IsPossessivePronoun(word);
}
