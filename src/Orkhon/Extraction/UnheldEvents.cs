using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// An event noun whose own clause says it did not happen: "Blinken's trip to Beijing, which would have been the first
/// since 2018, will not go ahead", "the summit between the two leaders did not take place", "talks with Tehran never
/// materialised", "a planned visit by the premier fell through", "the meeting has been put off". The noun is the subject
/// of that clause: only its own phrase (prepositions, actors, places, time words, an article) and a relative clause set
/// off by commas may stand between the noun and the predicate, so a statement told after it (", saying the talks would
/// not go ahead") does not undo it. The words are data (<c>data/lexicon/phrase-words.tsv</c>, classes held-verb,
/// held-particle-verb, held-particle, unheld-verb, unheld-particle, subject-filler, predicate-auxiliary).
/// </summary>
internal static class UnheldEvents
{
    private static readonly WordSet s_heldVerbs = PhraseGrammar.Words.Lookup("held-verb");
    private static readonly WordSet s_heldParticles = PhraseGrammar.Words.Lookup("held-particle");
    private static readonly WordSet s_unheldVerbs = PhraseGrammar.Words.Lookup("unheld-verb");
    private static readonly WordSet s_unheldParticles = PhraseGrammar.Words.Lookup("unheld-particle");
    private static readonly WordSet s_heldParticleVerbs = PhraseGrammar.Words.Lookup("held-particle-verb");
    private static readonly WordSet s_subjectFillers = PhraseGrammar.Words.Lookup("subject-filler");
    private static readonly WordSet s_auxiliaries = PhraseGrammar.Words.Lookup("predicate-auxiliary");

    // "A trip to Tokyo by a parliamentary delegation led by the speaker": how long the noun's own phrase may run.
    private const int LongestSubjectPhrase = 12;

    // ", which would have been the first by a U.S. secretary of state since 2018,": how long a relative clause may run.
    private const int LongestRelativeClause = 20;

    // "will still not", "has now been": auxiliaries and adverbs before the predicate's verb.
    private const int LongestAuxiliaries = 4;

    /// <summary>Whether the event noun at <paramref name="trigger"/> is the subject of a clause that says it did not happen.</summary>
    public static bool IsSaidNotToHappen(SentenceView view, Trigger trigger)
    {
        if (!trigger.Entry.IsNoun)
        {
            return false;
        }

        var count = view.Tokens.Count;
        var k = trigger.End;
        var phraseEnd = Math.Min(count, trigger.End + LongestSubjectPhrase);
        while (k < phraseEnd && (view.TimeAt[k] >= 0 || view.MentionAt[k] >= 0 || PhraseGrammar.IsDeterminer(view, k) || s_subjectFillers.Contains(view.Word(k))))
        {
            k++;
        }

        // ", which would have been the first since 2018,": a relative clause closed by a comma.
        if (k + 1 < count && view.Word(k) is "," && view.Word(k + 1) is "which" or "that" or "who")
        {
            var close = k + 2;
            while (close < count && close < k + LongestRelativeClause && view.Word(close) is not ",")
            {
                close++;
            }

            if (close >= count || view.Word(close) is not ",")
            {
                return false;
            }

            k = close + 1;
        }

        var negated = false;
        var auxiliaries = 0;
        while (k < count && auxiliaries <= LongestAuxiliaries && (IsAuxiliary(view.Word(k)) || ModalityCues.NegationLookup.Contains(view.Word(k))))
        {
            negated |= ModalityCues.NegationLookup.Contains(view.Word(k));
            auxiliaries++;
            k++;
        }

        if (k >= count)
        {
            return false;
        }

        var verb = view.Word(k);
        var particle = k + 1 < count ? view.Word(k + 1) : [];
        // "did not take place", "will not go ahead", "never happened"; "fell through", "was put off".
        // "go", "take" are held only with "ahead" or "place" after them; "happen", "proceed" alone.
        var held = s_heldVerbs.Contains(verb) && (!s_heldParticleVerbs.Contains(verb) || s_heldParticles.Contains(particle));
        return negated ? held : s_unheldVerbs.Contains(verb) && s_unheldParticles.Contains(particle);
    }

    private static bool IsAuxiliary(ReadOnlySpan<char> w) => Inflection.IsBe(w) || s_auxiliaries.Contains(w);
}
