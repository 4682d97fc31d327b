using Orkhon.Text;
namespace Orkhon.Extraction.Clauses;

/// <summary>
/// Where the clause an appeal, demand, vow or intent governs ends ("demanded that Manila remove the ship", "vowed to take
/// countermeasures"): a participial clause after a comma ("…, calling its presence a violation of Chinese sovereignty") and a
/// new clause with its own subject after ", and" ("…, and its commerce ministry criticised the move") are the speaker's or
/// another's own acts, not what was asked for or vowed.
/// </summary>
internal static class GovernedClauses
{
    /// <summary>
    /// Whether <paramref name="trigger"/> stands outside the that- or to-clause opened after <paramref name="from"/>: after the
    /// last comma or semicolon before it, it is an -ing form opening a participial clause, or ", and"/", but" is followed by
    /// words of a new subject (no "to" or "that" among them, which would continue the governed clause: ", and to release…").
    /// </summary>
    public static bool LeftBefore(SentenceView view, int from, Trigger trigger)
    {
        if (PastTenseAfterAnd(view, from, trigger))
        {
            return true;
        }

        var comma = -1;
        for (var k = from; k < trigger.First; k++)
        {
            if (view.Word(k) is "," or ";")
            {
                comma = k;
            }
        }

        if (comma < 0 || trigger.Entry.IsNoun)
        {
            return false;
        }

        if (comma == trigger.First - 1)
        {
            return ParticipialClauses.IsAdjunct(view, trigger.First);
        }

        // "called on Ulaanbaatar to cancel the visit; Mongolia refused": a semicolon opens a clause of its own, unless a
        // complementiser or a modal carries the governed content on ("…; and to release the crew").
        if (view.Word(comma) is ";" && view.Options.Runs(ExtractionGuards.SemicolonClauses))
        {
            return !HasGoverningWord(view, comma + 1, trigger.First);
        }

        // "warned that contacts would damage ties, after Mongolian lawmakers visited Taipei": a clause of time after the comma
        // dates the governing verb; its own act is told as done.
        var temporal = s_temporalSubordinators.Contains(view.Word(comma + 1));
        if ((view.Word(comma + 1) is not ("and" or "but" or "while") && !temporal) || comma + 2 >= trigger.First)
        {
            return false;
        }

        return !HasGoverningWord(view, comma + 2, trigger.First);
    }

    // A complementiser or a modal in [from, to): the governed clause goes on there.
    private static bool HasGoverningWord(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Word(k) is "to" or "that" or "would" or "will" or "should" or "must")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet s_temporalSubordinators =
        ClauseView.Words.Lookup("temporal-subordinator");

    // "urged Ulaanbaatar to call off the trip and warned that…": what a to- or that-clause governs is a bare verb ("to call
    // off … and warn"); a past form after "and" is the speaker's own next act. Not after "be" or "been" ("urged that they be
    // freed and compensated"), where the participle shares the governed passive.
    private static bool PastTenseAfterAnd(SentenceView view, int from, Trigger trigger)
    {
        if (trigger.Entry.IsNoun || trigger.First < 1 || trigger.First - 1 <= from || view.Word(trigger.First - 1) is not "and"
            || !view.Word(trigger.First).EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        for (var k = from; k < trigger.First; k++)
        {
            if (view.Word(k) is "be" or "been" or "being")
            {
                return false;
            }
        }

        return true;
    }
}
