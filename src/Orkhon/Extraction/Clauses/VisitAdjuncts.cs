using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// A visit named in an adjunct with no possessor or agent ("said during a state visit to Tashkent that…", "On a visit to
/// Beijing, Putin met…"): the visit is the clause subject's, as the adjunct tells where that subject was.
/// </summary>
internal static class VisitAdjuncts
{
    // "planned", "upcoming", "postponed", "mooted": phrase-words.tsv, unmade-trip-modifier.
    private static readonly WordSet s_unmadeModifiers = PhraseGrammar.Words.Lookup("unmade-trip-modifier");

    /// <summary>
    /// Whether the noun phrase at <paramref name="first"/> (ending before <paramref name="end"/>) is a visit adjunct: a visit
    /// noun after "during" or "on" and its article or modifiers, with "to" and an actor after it.
    /// </summary>
    public static bool IsAdjunct(SentenceView view, LexiconEntry entry, int first, int end)
    {
        if (!entry.IsNoun || entry.Frame != EventFrame.Visit || end + 1 >= view.Tokens.Count || view.Word(end) is not "to")
        {
            return false;
        }

        var before = first - 1;
        while (before >= 0 && view.MentionAt[before] < 0 && (Determiners.IsArticleOrPossessive(view.Word(before)) || PhraseGrammar.IsNounModifier(view.Word(before))))
        {
            before--;
        }

        var target = PhraseGrammar.SkipArticles(view, end + 1);
        return before >= 0 && view.Word(before) is "during" or "During" or "on" or "On" && target < view.Tokens.Count && view.MentionAt[target] >= 0;
    }

    /// <summary>
    /// Whether the adjunct's visit is one not yet made or called off ("During his planned visit to Tokyo next month, X will
    /// meet…", "on an upcoming trip to Seoul"): it tells no visit, whatever the main clause does.
    /// </summary>
    public static bool IsUnmade(SentenceView view, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 4 && view.MentionAt[k] < 0; k--)
        {
            if (s_unmadeModifiers.Contains(view.Word(k)))
            {
                return true;
            }

            if (view.Word(k) is "during" or "During" or "on" or "On")
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// The visitor: the subject of the verb before it (<paramref name="carried"/>), else the first actor opening a clause
    /// before it, else, when the adjunct opens the sentence, the main clause's subject after its comma.
    /// </summary>
    public static IReadOnlyList<ActorMention> Visitor(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention>? carried)
    {
        if (carried is { Count: > 0 })
        {
            return carried;
        }

        if (SubjectFinder.FirstClauseSubject(view, trigger.First) is { } subject)
        {
            return [subject];
        }

        return SubjectFinder.MainClauseSubject(view, trigger.End) is { } main ? [main] : [];
    }
}
