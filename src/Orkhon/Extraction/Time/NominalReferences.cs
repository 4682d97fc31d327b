using Orkhon.Text;

namespace Orkhon.Extraction.Time;

/// <summary>
/// An act named as a known thing by a named possessor: "Moscow's talks with Washington", "Putin's visit", "Beijing's
/// decision to halt imports". It takes only a time written into its own phrase ("Putin's visit to Ulaanbaatar on 3
/// September 2024"); the sentence's other times date what is said about it ("… was criticised on Monday"), not the act.
/// </summary>
internal static class NominalReferences
{
    // phrase-words.tsv, possessed-decision.
    private static readonly WordSet s_decisionNouns = PhraseGrammar.Words.Lookup("possessed-decision");

    /// <summary>Whether the phrase is an event noun, or an infinitive under a decision noun, whose possessor is a named actor.</summary>
    public static bool IsNamedPossessive(SentenceView view, Trigger trigger)
    {
        var head = trigger.First;
        if (!trigger.Entry.IsNoun)
        {
            // "Beijing's decision to halt imports", "Ankara's move to block…"
            if (head < 3 || view.Word(head - 1) is not "to" || !s_decisionNouns.Contains(view.Word(head - 2)))
            {
                return false;
            }

            head -= 2;
        }

        var possessor = PhraseGrammar.PossessorIndex(view, head);
        // A pronoun ("his visit", "their talks") points back to the story's own act, which the story dates.
        return possessor >= 0 && possessor + 1 < view.Tokens.Count && view.Word(possessor + 1).Equals("'s", StringComparison.OrdinalIgnoreCase);
    }
}
