namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// Adverbs that may stand between two fixed words of a lexicon phrase ("spoke overnight with", "met separately with",
/// "agreed unanimously to"): a closed list of time and manner words, and lower-case words in "-ly" that are no noun or adjective.
/// </summary>
internal static class PhraseAdverbs
{
    private static readonly HashSet<string> s_words = new(StringComparer.Ordinal)
    {
        "overnight", "again", "also", "already", "later", "earlier", "once", "twice", "today", "yesterday", "still",
        "too", "first", "instead", "together", "separately", "afterwards", "abroad",
    };

    // Words in "-ly" that are nouns or adjectives, never an adverb of the verb before them.
    private static readonly HashSet<string> s_notAdverbs = new(StringComparer.Ordinal)
    {
        "family", "supply", "reply", "ally", "rally", "assembly", "anomaly", "monopoly", "only", "early", "fly", "italy", "july",
        "holy", "daily", "weekly", "monthly", "yearly", "friendly", "unfriendly", "deadly", "costly", "likely", "unlikely", "elderly",
        "lonely", "lovely", "ugly", "silly", "orderly", "timely", "comply", "apply", "imply", "multiply", "belly", "bully", "jelly",
        "homily", "butterfly", "melancholy", "firefly", "poly",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_wordLookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notAdverbLookup = s_notAdverbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word, as written, is such an adverb.</summary>
    public static bool Is(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[0])
        && (s_wordLookup.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && !s_notAdverbLookup.Contains(word)));
}
