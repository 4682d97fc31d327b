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

    // Lower-case words of the subject's noun phrase that may stand between its actor and the participle ("with U.S. officials
    // saying", "with the Chinese side insisting").
    private const int LongestHead = 2;

    /// <summary>Whether <paramref name="mention"/> is, alone or in a list, the subject of a ", with … -ing" clause.</summary>
    public static bool IsClauseSubject(SentenceView view, ActorMention mention)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(mention);
        // "with" must follow a comma: without one, "agreed with Trump announcing …" may name the partner.
        var with = WithClauseLists.OpeningWith(view, mention.First);
        return with >= 1 && view.Word(with - 1) is "," && IsParticiple(view, PastHeadWords(view, WithClauseLists.ListEnd(view, mention.Last + 1)));
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
