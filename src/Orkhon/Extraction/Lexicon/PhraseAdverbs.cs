using Orkhon.Text;

namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// Adverbs that may stand between two fixed words of a lexicon phrase ("spoke overnight with", "met separately with",
/// "agreed unanimously to"): a closed list of time and manner words, and lower-case words in "-ly" that are no noun or adjective
/// (the classes phrase-adverb and not-adverb of <c>data/lexicon/phrase-words.tsv</c>).
/// </summary>
internal static class PhraseAdverbs
{
    private static readonly WordSet s_words = PhraseGrammar.Words.Lookup("phrase-adverb");

    // Words in "-ly" that are nouns or adjectives, never an adverb of the verb before them.
    private static readonly WordSet s_notAdverbs = PhraseGrammar.Words.Lookup("not-adverb");

    /// <summary>Whether a word, as written, is such an adverb.</summary>
    public static bool Is(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[0])
        && (s_words.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && !s_notAdverbs.Contains(word)));
}
