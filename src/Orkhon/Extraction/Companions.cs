using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A party named as the subject's companion is not the party acted on: "sent its troops into Manchuria alongside the Soviet
/// army", "struck targets in the desert beside U.S. jets", "brokered the deal with the help of American envoys", "together
/// with Egypt". The companion acts with the subject (when at all); news names the target elsewhere or not at all. The words
/// are phrase-words.tsv's companion-preposition and companion-noun classes.
/// </summary>
internal static class Companions
{
    private static readonly WordSet s_prepositions = PhraseGrammar.Words.Lookup("companion-preposition");
    private static readonly WordSet s_nouns = PhraseGrammar.Words.Lookup("companion-noun");

    /// <summary>
    /// Whether the actor whose first token is <paramref name="first"/> is introduced as a companion by words that begin at or
    /// after token <paramref name="from"/> (a phrase's own "fought alongside" is its frame, not a companion).
    /// </summary>
    public static bool IsCompanion(SentenceView view, int first, int from)
    {
        ArgumentNullException.ThrowIfNull(view);
        var j = SkipDeterminers(view, first - 1);
        if (j < from || j < 0)
        {
            return false;
        }

        if (s_prepositions.Contains(view.Word(j)))
        {
            return true;
        }

        // "with the help of American and Chinese envoys": a party joined to a companion is one too.
        if (view.Word(j) is "and" or "," && j - 1 >= from && view.MentionAt[j - 1] >= 0 && view.Found[view.MentionAt[j - 1]] is { } before
            && before.First < first)
        {
            return IsCompanion(view, before.First, from);
        }

        // "together with Egypt"
        if (view.Word(j) is "with")
        {
            return j - 1 >= from && view.Word(j - 1) is "together";
        }

        // "with the help of", "with the backing of"
        if (view.Word(j) is not "of" || j - 1 < from || !s_nouns.Contains(view.Word(j - 1)))
        {
            return false;
        }

        var w = SkipDeterminers(view, j - 2);
        return w >= from && view.Word(w) is "with";
    }

    // Back from token k over articles and possessive pronouns; the first other token, or -1.
    private static int SkipDeterminers(SentenceView view, int k)
    {
        while (k >= 0 && Determiners.IsArticleOrPossessive(view.Word(k)))
        {
            k--;
        }

        return k;
    }
}
