using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// A prepositional adjunct that opens the sentence and names an act by a noun with its partner ("After talks with Japarov in
/// Bishkek, Tokayev said…", "On Friday, during a phone call with Macron, Scholz…"): the adjunct has no subject of its own, and
/// as with an opening participle its understood agent is the main clause's subject (subject control of an opening adjunct).
/// </summary>
internal static class OpeningAdjuncts
{
    // "after", "during", "following", "in", "at", each as written: phrase-words.tsv, adjunct-opener.
    private static readonly WordSet s_openers = PhraseGrammar.Words.Lookup("adjunct-opener");

    /// <summary>Whether <paramref name="w"/> is a preposition that opens such an adjunct (class <c>adjunct-opener</c>).</summary>
    public static bool IsOpener(ReadOnlySpan<char> w) => s_openers.Contains(w);

    /// <summary>
    /// The main clause's subject for the noun phrase <paramref name="trigger"/> ending in "with" when it stands in such an
    /// opening adjunct, else null. The subject is read after the comma that follows the partner and the actors coordinated with
    /// it, never one of them, and never the partner's own state.
    /// </summary>
    public static ActorMention? Agent(SentenceView view, Trigger trigger)
    {
        if (!trigger.Entry.IsNoun || !trigger.Entry.Phrase.EndsWith(" with", StringComparison.Ordinal) || !OpensSentence(view, Preposition(view, trigger.First)))
        {
            return null;
        }

        var partnerAt = PhraseGrammar.SkipTitleOf(view, PhraseGrammar.SkipArticles(view, trigger.End));
        if (partnerAt >= view.Tokens.Count || view.MentionAt[partnerAt] < 0)
        {
            return null;
        }

        var partners = SubjectFinder.WithCoordinated(view, view.Found[view.MentionAt[partnerAt]]);
        if (SubjectFinder.MainClauseSubject(view, partners[^1].Last + 1) is not { } agent
            || partners.Any(p => p.Codes.Intersect(agent.Codes).Any()))
        {
            return null;
        }

        return agent;
    }

    /// <summary>
    /// Whether the token at <paramref name="preposition"/> is an adjunct opener that itself opens the sentence: nothing before
    /// it but a dateline, a time phrase and commas ("On Friday, after talks …").
    /// </summary>
    public static bool OpensSentence(SentenceView view, int preposition)
    {
        if (preposition < 0 || !IsOpener(view.Word(preposition)))
        {
            return false;
        }

        for (var k = preposition - 1; k >= 0; k--)
        {
            var w = view.Word(k);
            if (Dateline.IsClosingDash(w) && k > 0 && view.Word(k - 1) is ")")
            {
                return true;
            }

            if (view.TimeAt[k] < 0 && w is not "," && !IsOpener(w) && w is not ("on" or "On" or "late" or "Late" or "early" or "Early" or "later" or "Later" or "earlier" or "Earlier"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The token before the noun at <paramref name="first"/>, its articles and modifiers skipped; -1 at the start.</summary>
    public static int Preposition(SentenceView view, int first)
    {
        var k = first - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && (Determiners.IsArticle(view.Word(k)) || PhraseGrammar.IsNounModifier(view.Word(k))))
        {
            k--;
        }

        return k;
    }
}
