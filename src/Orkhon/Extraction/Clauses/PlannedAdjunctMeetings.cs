using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// "Ghana's president will raise the dispute at a meeting with Togo's president next week": a meeting or call named by a noun in
/// an adjunct ("at a meeting with", "in a phone call with", "during talks with") is told as the clause it modifies is told, so a
/// future, a modal or a plan of that clause ("will", "may", "plans to", "said it would") puts the meeting ahead as well. A
/// negation does not carry: "did not mention the dispute at a meeting with X" still tells the meeting. The clause is read back
/// from the adjunct's preposition to the first word that opens another clause (a comma, "that", "which": clause-break).
/// </summary>
internal static class PlannedAdjunctMeetings
{
    // How far back from the preposition the clause's cues are read: its subject, a verb group and an object.
    private const int ClauseReach = 16;

    /// <summary>Whether the phrase is a meeting noun (root 04) in an adjunct of a clause told as future, modal or planned.</summary>
    public static bool IsPlanned(SentenceView view, Trigger trigger)
    {
        if (!trigger.Entry.IsNoun || trigger.Entry.Cameo.RootNumber != 4)
        {
            return false;
        }

        var k = trigger.First - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && (Determiners.IsArticle(view.Word(k)) || PhraseGrammar.IsNounModifier(view.Word(k))))
        {
            k--;
        }

        if (k <= 0 || view.Word(k) is not ("at" or "in" or "during"))
        {
            return false;
        }

        for (var j = k - 1; j >= 0 && j >= k - ClauseReach; j--)
        {
            var w = view.Word(j);
            if (s_clauseBreaks.Contains(w))
            {
                return false;
            }

            // "on 20 May", "next week": a time phrase's words are no cue; a plan word is one only before its infinitive ("plans to
            // raise", not "agreed to a five-point plan").
            if (view.TimeAt[j] >= 0 || view.MentionAt[j] >= 0)
            {
                continue;
            }

            if (ModalityCues.FutureLookup.Contains(w) || ModalityCues.ModalLookup.Contains(w)
                || (ModalityCues.PlanLookup.Contains(w) && j + 1 < k && view.Word(j + 1) is "to" && !(j > 0 && view.Word(j - 1) is "had")))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet s_clauseBreaks = PhraseGrammar.Words.Lookup("clause-break");
}
