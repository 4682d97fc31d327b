using Orkhon.Domain;

namespace Orkhon.Extraction.Time;

// The story's day resumed after a step back: an undated sentence after a dated flashback ("Thailand had recalled its
// ambassador on Wednesday. Cambodia downgraded relations.") returns to the story's day, and what makes a sentence such a
// dated step back (a past-perfect main clause, or the arrival that opened the stay). Apart because it is read between
// sentences, not inside a clause.
internal static partial class DateAttacher
{
    /// <summary>
    /// The date an undated sentence takes from those before it: the carried date, except that a statement with no time
    /// phrase ("A spokeswoman said China welcomed the remarks.") after a flashback to an earlier day ("The minister made the
    /// pledge on Tuesday, …") is told on the story's day again, as wire copy does; and so is any sentence told in the simple
    /// past right after a dated past-perfect one (<paramref name="afterFlashback"/>): "Thailand had recalled its ambassador on
    /// Wednesday. Cambodia downgraded relations." returns from the flashback to the story's Thursday, as the past perfect
    /// marks the earlier day as a step back and the simple past the story's own line. A sentence that goes on in the past
    /// perfect ("The guards had seized it off Hormuz.") stays in the flashback.
    /// </summary>
    internal static FuzzyDate? Resumed(ClauseView view, FuzzyDate? carried, FuzzyDate? story, bool afterFlashback = false)
    {
        if (view.Times.Count > 0 || carried is not { Precision: DatePrecision.Day } back || story is not { Precision: DatePrecision.Day } day || back.Earliest >= day.Earliest)
        {
            return carried;
        }

        if (afterFlashback && !HasPastPerfect(view))
        {
            return story;
        }

        // The statement's sayer is an actor named before its verb ("Chinese foreign ministry spokeswoman Hua Chunying said").
        // What it reports in the pluperfect ("Kyrgyzstan said Tajik forces had shelled the airport") happened before it was
        // said, in the time the story had moved back to: the carried date stays.
        var sayer = false;
        for (var k = 0; k < view.Tokens.Count; k++)
        {
            if (view.IsReportingVerb(k) && sayer)
            {
                return ReportsPluperfect(view, k + 1) ? carried : story;
            }

            sayer |= view.MentionAt[k] >= 0;
        }

        return carried;
    }

    /// <summary>
    /// Whether the sentence is a dated step back from the story: it has a time phrase and a verb of its main clause is in the
    /// past perfect (<see cref="IsFlashback"/>: "Thailand had recalled its ambassador on Wednesday", not "said troops had
    /// fired") or tells the arrival that opened the stay the story is in ("Orban arrived on Sunday for a three-day visit.",
    /// told after the lead's Monday): the sentences after it go on with the story's day, not the arrival's.
    /// </summary>
    internal static bool IsDatedFlashback(ClauseView view, List<Trigger> triggers)
    {
        if (view.Times.Count == 0)
        {
            return false;
        }

        foreach (var trigger in triggers)
        {
            if (IsFlashback(view, trigger) || IsMainArrival(view, trigger))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the verb phrase is an arrival ("arrived", "landed") of the main clause: no reporting verb, complementiser or
    // relative pronoun before it ("Wen, who arrived on Tuesday, held talks" tells the arrival as background to the talks).
    private static bool IsMainArrival(ClauseView view, Trigger trigger)
    {
        if (trigger.Entry.IsNoun || !IsArrival(view.Tokens[trigger.First].In(view.Text)))
        {
            return false;
        }

        for (var k = 0; k < trigger.First; k++)
        {
            if (view.IsReportingVerb(k) || s_clauseOpeners.Contains(view.Tokens[k].In(view.Text)))
            {
                return false;
            }
        }

        return true;
    }

    // Whether any verb of the sentence is in the past perfect: "had" before a word other than "to", an article or "no".
    private static bool HasPastPerfect(ClauseView view)
    {
        for (var j = 0; j + 1 < view.Tokens.Count; j++)
        {
            if (view.Tokens[j].In(view.Text) is "had" && view.Tokens[j + 1].In(view.Text) is not ("to" or "a" or "an" or "the" or "no"))
            {
                return true;
            }
        }

        return false;
    }

    // How far after a reporting verb its clause's pluperfect may stand ("said Tajik forces had shelled").
    private const int ReportedPluperfectReach = 8;

    // Whether the clause reported from token k on tells its act in the pluperfect: "had shelled", "had been detained".
    private static bool ReportsPluperfect(ClauseView view, int k)
    {
        for (var j = k; j + 1 < view.Tokens.Count && j < k + ReportedPluperfectReach; j++)
        {
            var w = view.Tokens[j].In(view.Text);
            if (w is "," or ";" || view.IsReportingVerb(j))
            {
                return false;
            }

            if (w is "had" && view.Tokens[j + 1].In(view.Text) is not ("to" or "a" or "an" or "the" or "no"))
            {
                return true;
            }
        }

        return false;
    }
}
