using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "China confirmed on Thursday that it had detained two Canadians", "Iran acknowledged it had seized the tanker": a state
/// that confirms or admits its own act acknowledges responsibility for it (015), to the act's target, beside the act itself.
/// The verb (class <c>own-act-admission</c> of <c>phrase-words.tsv</c>) must govern the act through a pronoun that is its own
/// subject ("that it had", "they have") or its possessive before the agent ("that its jets had struck"): "Kyiv confirmed that
/// Russian forces had shelled Kharkiv" tells another's act, and
/// "denied that it had" is a denial, not an admission.
/// </summary>
internal static class OwnActAdmissions
{
    private static readonly CameoCode s_acknowledge = CameoCode.Parse("015");
    private static readonly WordSet s_admissionVerbs = PhraseGrammar.Words.Lookup("own-act-admission");
    private static readonly WordSet s_fillers = PhraseGrammar.Words.Lookup("admission-filler");

    // Tokens between the verb of admission and the act it governs: a date phrase, an adverbial of occasion ("for the first
    // time"), "that", the pronoun and the auxiliaries.
    private const int Reach = 12;

    /// <summary>The acknowledgements of the sentence's own acts, one per act so governed.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(events);
        var result = new List<EventMention>();
        foreach (var e in events)
        {
            if (e.SentenceStart != view.Start || e.Cameo.RootNumber == 1 || e.Source.Code == e.Target.Code)
            {
                continue;
            }

            var phrase = view.TokenStartingAt(e.PhraseStart);
            if (phrase < 0 || !Admitted(view, phrase) || Has(events, result, e))
            {
                continue;
            }

            result.Add(e with { Cameo = s_acknowledge, LexiconEntry = "acknowledge-own-act", Confidence = view.Options.DirectConfidence - view.Options.IndirectPenalty });
        }

        return result;
    }

    // Whether the verb of admission stands before the phrase with only "that", a subject pronoun, auxiliaries and time words
    // between, the pronoun present (the act's subject is the one admitting it).
    private static bool Admitted(SentenceView view, int phrase)
    {
        var pronoun = false;
        for (var k = phrase - 1; k >= 0 && k >= phrase - Reach; k--)
        {
            var w = view.Word(k);
            if (s_admissionVerbs.Contains(w))
            {
                return pronoun;
            }

            if (w is "it" or "they")
            {
                pronoun = true;
                continue;
            }

            // "admitted that its jets had struck": the possessive pronoun's noun is the admitting state's own agent.
            if (k > 0 && view.Word(k - 1) is "its" or "their" && view.MentionAt[k] < 0)
            {
                pronoun = true;
                k--;
                continue;
            }

            // "confirmed on Monday that": the preposition of a time phrase goes with it.
            var timed = view.TimeAt[k] >= 0 || view.Blocked[k] || (w is "on" or "in" && view.TimeAt[k + 1] >= 0);
            if (!s_fillers.Contains(w) && !timed)
            {
                return false;
            }
        }

        return false;
    }

    private static bool Has(List<EventMention> events, List<EventMention> found, EventMention act)
    {
        foreach (var list in new[] { events, found })
        {
            foreach (var e in list)
            {
                if (e.Cameo.RootNumber == 1 && e.Source.Code == act.Source.Code && e.Target.Code == act.Target.Code)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
