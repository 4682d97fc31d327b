using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// The subject of an absolute "with" clause is no partner of the act before it: "India and Pakistan agreed to a ceasefire,
/// with Trump announcing the truce", "Russia and Ukraine swapped prisoners, with the Emirates acting as go-between". After a
/// comma, "with", its parties and an -ing participle make a clause of their own; read as "agreed with", its subject took the
/// place of the pair the sentence had already named. <see cref="Onlookers"/> reads the watching verbs, with or without the
/// comma; this reads any participle, but only after a comma and only where the act's two parties are named before it.
/// Words that end in "-ing" but are no verb are in phrase-words.tsv (absolute-ing-non-verb).
/// </summary>
internal static class AbsoluteWithClauses
{
    private static readonly WordSet s_nonVerbs = PhraseGrammar.Words.Lookup("absolute-ing-non-verb");

    // The longest list of parties read back to "with" or on to the participle, in tokens.
    private const int LongestList = 16;

    // Lower-case words of the subject's noun phrase that may stand between its actor and the participle ("with U.S. officials
    // saying", "with the Chinese side insisting").
    private const int LongestHead = 2;

    /// <summary>Whether <paramref name="mention"/> is, alone or in a list, the subject of a ", with … -ing" clause.</summary>
    public static bool IsClauseSubject(SentenceView view, ActorMention mention)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(mention);
        return WithAfterComma(view, mention.First) && IsParticiple(view, PastHeadWords(view, ListEnd(view, mention.Last + 1)));
    }

    // Back from the mention over determiners and the parties listed before it, to "with", which must follow a comma.
    private static bool WithAfterComma(SentenceView view, int first)
    {
        for (var k = first - 1; k >= 1 && k >= first - LongestList; k--)
        {
            var w = view.Word(k);
            if (w is "with")
            {
                return view.Word(k - 1) is ",";
            }

            if (view.MentionAt[k] < 0 && w is not ("and" or ",") && !Determiners.IsArticleOrPossessive(w))
            {
                return false;
            }
        }

        return false;
    }

    // On from the mention over the parties listed after it; a comma or "and" counts only when a party follows.
    private static int ListEnd(SentenceView view, int k)
    {
        var last = Math.Min(view.Tokens.Count, k + LongestList);
        while (k < last)
        {
            if (view.MentionAt[k] >= 0)
            {
                k++;
                continue;
            }

            var next = k + 1;
            while (next < last && view.MentionAt[next] < 0 && Determiners.IsArticleOrPossessive(view.Word(next)))
            {
                next++;
            }

            if (view.Word(k) is "and" or "," && next < last && view.MentionAt[next] >= 0)
            {
                k = next;
                continue;
            }

            break;
        }

        return k;
    }

    private static int PastHeadWords(SentenceView view, int k)
    {
        for (var n = 0; n < LongestHead && k + 1 < view.Tokens.Count && !IsParticiple(view, k); n++)
        {
            var w = view.Word(k);
            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word || w.Length == 0 || !char.IsLower(w[0]) || w is "and" or "or")
            {
                return k;
            }

            k++;
        }

        return k;
    }

    private static bool IsParticiple(SentenceView view, int k)
    {
        if (k >= view.Tokens.Count || view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        var w = view.Word(k);
        return w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal) && !s_nonVerbs.Contains(w);
    }
}
