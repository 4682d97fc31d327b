using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;

namespace Orkhon.Extraction.Time;

// The time a restating clause tells after its noun: the first time phrase that dates it, an end ("run until May 10") read
// in one pass from the right, and whether its verb tells that the act took place. Apart because these read the words after
// the noun once it is found (RestatedActs.Nouns.cs).
internal static partial class RestatedActs
{
    // For each token, the time phrase of the first end told at or after it ("until"/"till" right before a time phrase, "which
    // run until May 10"), before a reporting verb; -1 where there is none. One pass from the right, so that asking for every
    // phrase of a long sentence stays linear.
    private static int[] Ends(SentenceView view)
    {
        var ends = new int[view.Tokens.Count + 1];
        ends[view.Tokens.Count] = -1;
        for (var k = view.Tokens.Count - 1; k >= 0; k--)
        {
            ends[k] = view.Clauses.IsReportingVerb(k) ? -1
                : view.Word(k) is "until" or "till" && k + 1 < view.Tokens.Count && view.TimeAt[k + 1] >= 0 ? view.TimeAt[k + 1]
                // The tagger may take "until" into the phrase ("until May 10").
                : view.Word(k) is "until" or "till" && view.TimeAt[k] >= 0 ? view.TimeAt[k]
                : ends[k + 1];
        }

        return ends;
    }

    // The end told after token from, or null.
    private static FuzzyDate? Until(SentenceView view, ref int[]? ends, int from)
    {
        ends ??= Ends(view);
        var at = Math.Min(from + 1, ends.Length - 1);
        return ends[at] >= 0 ? view.Times[ends[at]].Value : null;
    }

    // The first time phrase after the head noun that dates the restating clause, up to a reporting verb: not one that opens a
    // vague anchor or a deadline ("after", "since", "by"), not an attributive or possessive time ("Friday's session").
    private static FuzzyDate? TimeAfter(SentenceView view, int noun)
    {
        var clauses = view.Clauses;
        // "The killings, on Nov. 28 and 29, followed…": an aside right after the noun dates it; else the clause's verb must tell
        // that the act took place ("erupted", "took place", "tore through"), not what was said or done about it.
        var aside = noun + 3 < view.Tokens.Count && view.Word(noun + 1) is ","
            && (view.TimeAt[noun + 2] >= 0 || (view.Word(noun + 2) is "on" or "in" && view.TimeAt[noun + 3] >= 0));
        if (!aside && !OccurrenceVerb(view, noun))
        {
            return null;
        }

        for (var k = noun + 1; k < view.Tokens.Count; k++)
        {
            if (clauses.IsReportingVerb(k))
            {
                return null;
            }

            if (view.TimeAt[k] < 0 || (k > 0 && view.TimeAt[k - 1] == view.TimeAt[k]))
            {
                continue;
            }

            var before = k > 0 ? view.Word(k - 1) : default;
            var first = view.Word(k);
            if (before is "after" or "before" or "since" or "by" or "until" or "till" or "from" || first is "after" or "before" or "since" or "by" or "until" or "from"
                || clauses.IsAttributiveTime(k) || IsPossessive(view, k))
            {
                return null;
            }

            return view.Times[view.TimeAt[k]].Value;
        }

        return null;
    }

    // Whether the first verb after the noun, past its auxiliaries, tells that the act took place.
    private static bool OccurrenceVerb(SentenceView view, int noun)
    {
        for (var k = noun + 1; k < view.Tokens.Count && k <= noun + NounReach; k++)
        {
            var w = view.Word(k);
            if (Inflection.IsFiniteHave(w) || w is "was" or "were" or "been" or "also" or "first" or "reportedly" || view.TimeAt[k] >= 0)
            {
                continue;
            }

            return s_occurrences.Contains(w);
        }

        return false;
    }

    private static bool IsPossessive(SentenceView view, int k)
    {
        var last = k;
        while (last + 1 < view.Tokens.Count && view.TimeAt[last + 1] == view.TimeAt[k])
        {
            last++;
        }

        return last + 1 < view.Tokens.Count && view.Word(last + 1) is "'s" or "'";
    }
}
