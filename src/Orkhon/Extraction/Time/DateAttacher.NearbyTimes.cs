using Orkhon.Extraction.Lexicon;

namespace Orkhon.Extraction.Time;

// Time phrases that sit near a phrase without dating it: a comparison ("the worst fighting since 2020"), a participle's
// own time ("ties severed in 2016", "an exchange the two neighbours agreed last week") and a validity ("a plan for
// 2024-2025"). Apart from the occasions (DateAttacher.Occasions.cs) because these only set a time aside, never give one.
internal static partial class DateAttacher
{
    // How far back from "since" a superlative may stand in its noun phrase ("the first visit by a top U.S. diplomat since",
    // "the first Mongolian head of government to travel to Washington since").
    private const int ComparisonReach = 12;

    // How far back from a participle its clause's comma or an actor is looked for: bounded so a long window stays linear.
    private const int ParticipleReach = 30;

    /// <summary>
    /// Whether the time phrase at token k is a comparison inside a noun phrase, "since" after a superlative or "first":
    /// "the worst fighting between them since 2020", "the first visit by a U.S. secretary of state since 2012". It says
    /// how rare the act is, not when it took place.
    /// </summary>
    internal static bool IsComparison(ClauseView view, int k)
    {
        var start = SinceBefore(view, PhraseStart(view, k));
        if (!view.Tokens[start].In(view.Text).Equals("since", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var j = start - 1; j >= 0 && j >= start - ComparisonReach; j--)
        {
            var w = view.Tokens[j].In(view.Text);
            if (w is "," or ";" or ":" || view.TimeAt[j] >= 0 || view.IsReportingVerb(j))
            {
                return false;
            }

            if (OccasionWords.Superlatives.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the phrase itself stands between the "since" of a comparison and its time phrase at token k: "the first visit
    /// between the two countries since they established relations in 1992". The time sets the visit aside (IsComparison) but
    /// is the establishing's own.
    /// </summary>
    private static bool WithinComparedSpan(ClauseView view, Trigger trigger, int k)
    {
        var since = SinceBefore(view, PhraseStart(view, k));
        return since < trigger.First && trigger.First < k;
    }

    /// <summary>
    /// Whether the time phrase at token k stands inside the standard of a comparison that the phrase is compared by: "his
    /// first trip to Ukraine since Russia's invasion nearly a year ago", "on his first visit since taking office in
    /// November". The time dates the standard ("Clinton's trip in 2012" is dated by it), never the act compared with it.
    /// </summary>
    private static bool ComparedAfter(ClauseView view, Trigger trigger, int k)
    {
        var start = PhraseStart(view, k);
        for (var s = start - 1; s > trigger.First && s >= start - ComparisonReach; s--)
        {
            var w = view.Tokens[s].In(view.Text);
            if (w is "," or ";" or ":" || view.TimeAt[s] >= 0 || view.IsReportingVerb(s))
            {
                return false;
            }

            if (w is "since")
            {
                for (var j = s - 1; j >= 0 && j >= s - ComparisonReach; j--)
                {
                    var v = view.Tokens[j].In(view.Text);
                    if (v is "," or ";" or ":" || view.TimeAt[j] >= 0 || view.IsReportingVerb(j))
                    {
                        return false;
                    }

                    if (OccasionWords.Superlatives.Contains(v))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the time phrase at token k, after a phrase, is the time of a participle or a verb just before it that is not the
    /// phrase's: "restored ties severed in 2016", "in an exchange the two neighbours agreed last week", "freed a tanker seized
    /// in April". A reporting verb ends the phrase's reach already; a verb of its own is a phrase of its own.
    /// </summary>
    private static bool FollowsAnotherVerb(ClauseView view, Trigger trigger, int k)
    {
        var verb = BeforePhrase(view, PhraseStart(view, k));
        if (verb < trigger.End || verb < 1)
        {
            return false;
        }

        var w = view.Tokens[verb].In(view.Text);
        var before = view.Tokens[verb - 1].In(view.Text);
        // The word before is a noun ("ties severed", "the two neighbours agreed"), not an auxiliary: "was welcomed on Monday"
        // is a passive of its own clause, read elsewhere.
        if (!PhraseGrammar.IsLowerPastForm(w) || view.MentionAt[verb] >= 0
            || view.IsReportingVerb(verb) || Inflection.IsBe(before) || Inflection.IsFiniteHave(before)
            || before.Length <= 2 || !char.IsLetter(before[0]) || s_attributiveBefore.Contains(before))
        {
            return false;
        }

        // After a comma, a segment opened by a preposition holds a contact relative clause (", in an exchange the two
        // neighbours agreed last week"); one opened by its subject says who told the act (", a court in Almaty ruled on Thursday").
        var from = Math.Max(trigger.End, verb - ParticipleReach);
        for (var j = verb - 1; j >= from; j--)
        {
            if (view.Tokens[j].In(view.Text) is ",")
            {
                return j + 1 < verb && view.Tokens[j + 1].In(view.Text) is "in" or "under" or "as" or "at" or "for" or "after" or "within";
            }
        }

        // Without a comma, only when no actor stands between the phrase and the participle, which could be its subject
        // ("met Xi, Beijing's envoy … arrived on Monday" reads too loosely to tell).
        for (var j = from; j < verb; j++)
        {
            if (view.MentionAt[j] >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the time phrase at token k, after a phrase, says how long what was agreed holds: "a plan for 2024-2025".</summary>
    private static bool IsValidity(ClauseView view, Trigger trigger, int k)
    {
        var start = PhraseStart(view, k);
        return start > trigger.End && OccasionWords.Validity.Contains(view.Tokens[start - 1].In(view.Text));
    }
}
