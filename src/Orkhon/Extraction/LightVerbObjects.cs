using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A light verb with an event noun for its object ("Iran issued a demand for Britain to …", "Russian authorities announced the
/// arrest of …", "Chinese police carried out the arrest of …", "India issued a rejection of …"): the noun names the act of
/// the light verb's subject, as the verb of the noun would ("demanded", "arrested"). Only determiners and lower-case modifiers
/// may stand between the light verb and the noun; the verbs are class <c>light-verb</c> of <c>data/lexicon/clause-words.tsv</c>.
/// </summary>
internal static class LightVerbObjects
{
    private static readonly WordSet s_lightVerbs = ClauseView.Words.Lookup("light-verb");
    private static readonly WordSet s_lightVerbsBeforeOut = ClauseView.Words.Lookup("light-verb-out");

    // "issued a strongly worded formal demand": determiners and modifiers between the light verb and its noun.
    private const int ModifierReach = 4;

    /// <summary>The index of the light verb whose object the noun at <paramref name="first"/> is, or -1.</summary>
    public static int LightVerbOf(SentenceView view, int first)
    {
        var k = first - 1;
        while (k >= 0 && k >= first - ModifierReach && view.MentionAt[k] < 0 && IsNounPhraseWord(view, k))
        {
            k--;
        }

        if (k < 0)
        {
            return -1;
        }

        var w = view.Word(k);
        if (s_lightVerbs.Contains(w))
        {
            return k;
        }

        return w is "out" && k > 0 && s_lightVerbsBeforeOut.Contains(view.Word(k - 1)) ? k - 1 : -1;
    }

    // An article, an owner pronoun or a lower-case modifier ("a", "its", "flat", "formal"); not a clause word.
    private static bool IsNounPhraseWord(SentenceView view, int k)
    {
        if (PhraseGrammar.IsDeterminer(view, k))
        {
            return true;
        }

        var w = view.Word(k);
        return w.Length > 2 && char.IsLower(w[0]) && !s_lightVerbs.Contains(w) && !IsClauseWord(w);
    }

    // "carried out the arrest": "out" ends the noun phrase as a preposition does. ("be" is never read: the words are longer.)
    private static bool IsClauseWord(ReadOnlySpan<char> w) => PhraseGrammar.EndsNounPhrase(w) || w is "out";
}
