using Orkhon.Extraction;

namespace Orkhon.Extraction.Time;

// Where a phrase's clause ends for its dates: an appositive after a comma, a relative, complement or participial clause,
// the date scope (a temporal subordinate or a relative clause) and a time phrase in the possessive ("Sunday's attack").
// Apart because these bound every reading in the other files: a time across such a bound is another clause's.
internal static partial class DateAttacher
{
    // Token k, after a phrase, opens another clause: a relative or complement clause ("that", "which") or a verb in -ing
    // after a comma (", accusing Tehran of orchestrating…"). After "of" it does not: "accused France of arming Armenia
    // in a speech on Tuesday" is dated by the speech.
    // The last token of an appositive that opens at the comma at k (", its second loan this year", ", one of …"), before the
    // next comma or dateEnd; -1 when there is none or the segment is a clause ("…, the ministry said on Monday").
    private static int AppositiveEnd(ClauseView view, int k, int dateEnd)
    {
        if (view.Tokens[k].In(view.Text) is not "," || k + 1 >= dateEnd || !s_appositives.Contains(view.Tokens[k + 1].In(view.Text)))
        {
            return -1;
        }

        var j = k + 1;
        for (; j + 1 < dateEnd && view.Tokens[j + 1].In(view.Text) is not ","; j++)
        {
            // A reporting verb, or an actor followed by a past verb (", a court in Almaty ruled on Thursday"), makes it a clause.
            var next = view.Tokens[j + 1].In(view.Text);
            if (view.IsReportingVerb(j + 1)
                || (view.MentionAt[j] >= 0 && next.Length > 3 && char.IsLower(next[0]) && next.EndsWith("ed", StringComparison.Ordinal)))
            {
                return -1;
            }
        }

        return j;
    }

    private static bool OpensClause(ClauseView view, int k)
    {
        var w = view.Tokens[k].In(view.Text);
        if (view.TimeAt[k] >= 0 || view.MentionAt[k] >= 0)
        {
            return false;
        }

        if (s_clauseOpeners.Contains(w))
        {
            return true;
        }

        return k > 0 && PhraseGrammar.IsLowerIngForm(w) && !s_notGerunds.Contains(w)
            && view.Tokens[k - 1].In(view.Text) is ",";
    }

    /// <summary>
    /// The clause token k stands in, for dates: the relative clause it is in ("Putin, who was charged in March 2023, held
    /// talks…": the charge's date is not the talks'), named by its pronoun as -2 - index; else the temporal subordinate
    /// clause of <see cref="ClauseView.ScopeOf"/>; else -1, the main clause.
    /// </summary>
    public static int ScopeOf(ClauseView view, int k)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        for (var j = k; j > 0; j--)
        {
            if (tokens[j - 1].In(text) is ",")
            {
                return s_relatives.Contains(tokens[j].In(text)) && j < k ? -2 - j : view.ScopeOf(k);
            }
        }

        return view.ScopeOf(k);
    }

    // "last month's massacre", "Sunday's attack": a time phrase in the possessive dates its noun, not the clause's act.
    private static bool IsPossessiveTime(ClauseView view, int k)
    {
        var last = k;
        while (last + 1 < view.Tokens.Count && view.TimeAt[last + 1] == view.TimeAt[k])
        {
            last++;
        }

        return last + 1 < view.Tokens.Count && view.Tokens[last + 1].In(view.Text) is "'s" or "'";
    }

    /// <summary>Whether a date scope is a temporal subordinate clause ("after", "since", "before"): a vague anchor.</summary>
    public static bool IsSubordinate(int scope) => scope >= 0;
}
