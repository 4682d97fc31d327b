using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// A joint act told as a bare noun in an adjunct of a clause whose subject is its parties: "Kyrgyzstan and Tajikistan agreed to
/// a ceasefire after border clashes", "Pakistan and Afghanistan agreed to a truce after talks in Doha mediated by Qatar",
/// "Russia and Mongolia agreed … at a meeting of their commission". The clashes, talks and meeting are the subject parties'
/// own; a noun that names its parties ("talks with Turkey", "clashes between…", "Japan's talks") keeps them.
/// </summary>
internal static class JointActAdjuncts
{
    // How many words may stand between the preposition and the noun ("after months of on-off negotiations": 3).
    private const int ModifierReach = 4;

    /// <summary>
    /// The subject parties of the clause <paramref name="clauseSubject"/> heads, for a symmetric noun with no subject of its own
    /// that an "after", "following", "amid", "during" or "at" adjunct opens; null when the noun is no such adjunct's head or
    /// the clause has fewer than two parties.
    /// </summary>
    public static IReadOnlyList<ActorMention>? Parties(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention>? clauseSubject)
    {
        // A verb row read after a preposition is a noun there ("after border clashes"): the word is the same.
        if (trigger.Entry.Frame != EventFrame.Symmetric || trigger.Passive || clauseSubject is null
            || clauseSubject.Where(m => !m.IsPlace).Select(m => m.Code).Distinct(StringComparer.Ordinal).Count() < 2
            || PhraseGrammar.PossessorIndex(view, trigger.First) >= 0 || NamesItsParties(view, trigger))
        {
            return null;
        }

        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - 1 - ModifierReach; k--)
        {
            var w = view.Word(k);
            if (w is "after" or "following" or "amid" or "during" or "at")
            {
                return [.. clauseSubject.Where(m => !m.IsPlace)];
            }

            // Only lower-case words may stand between: an article, a number word, modifiers ("border", "on-off", "months of").
            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word || w.Length == 0 || char.IsUpper(w[0]))
            {
                return null;
            }
        }

        return null;
    }

    // "talks with Turkey", "clashes between the two armies": the noun names its own parties right after it.
    private static bool NamesItsParties(SentenceView view, Trigger trigger)
    {
        if (trigger.Entry.Phrase.EndsWith(" with", StringComparison.Ordinal) || trigger.Entry.Phrase.EndsWith(" between", StringComparison.Ordinal))
        {
            return true;
        }

        for (var k = trigger.End; k < Math.Min(view.Tokens.Count, trigger.End + 2); k++)
        {
            if (view.Word(k) is "with" or "between" or "among")
            {
                return true;
            }
        }

        return false;
    }
}
