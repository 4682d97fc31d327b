using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction.Time;

// The sentence's opening: the dateline ("ASTANA, June 3 (Reuters) -"), whose day is the filing day and only a fallback,
// and the time phrase that opens the sentence before its first phrase ("In November 2016, Beijing condemned…"). Apart
// because both are read once per sentence, before any clause's own time.
internal static partial class DateAttacher
{
    /// <summary>
    /// Whether the time phrase at token k is the dateline's ("ASTANA, June 3 (Reuters) -"): the day the story was filed,
    /// a fallback for the lead sentence, not a time phrase of its acts.
    /// </summary>
    public static bool IsDateline(ClauseView view, int k)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        var phrase = view.TimeAt[k];
        if (phrase < 0 || tokens.Count == 0 || tokens[0].In(text) is var first && (first.Length < 2 || !IsCapitals(first)))
        {
            return false;
        }

        var (from, to) = (k, k);
        while (from > 0 && view.TimeAt[from - 1] == phrase)
        {
            from--;
        }

        while (to + 1 < tokens.Count && view.TimeAt[to + 1] == phrase)
        {
            to++;
        }

        if (from < 2 || tokens[from - 1].In(text) is not "," || to + 1 >= tokens.Count)
        {
            return false;
        }

        var after = tokens[to + 1].In(text);
        return after is "(" || Dateline.IsClosingDash(after);
    }

    private static bool IsCapitals(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return char.IsLetter(w[0]);
    }

    /// <summary>The dateline's day, when the sentence opens with a dated dateline.</summary>
    public static FuzzyDate? DatelineDate(ClauseView view)
    {
        for (var k = 0; k < view.Tokens.Count && k < Dateline.MaxTokens; k++)
        {
            if (view.TimeAt[k] >= 0)
            {
                return IsDateline(view, k) ? view.Times[view.TimeAt[k]].Value : null;
            }
        }

        return null;
    }

    /// <summary>The time phrase that opens the sentence, before its first phrase ("In November 2016, Beijing condemned…").</summary>
    public static FuzzyDate? Leading(ClauseView view, int firstPhrase)
    {
        var firstActor = -2;
        for (var k = 0; k < firstPhrase; k++)
        {
            // "Saikhanbileg, who took office in November, invited Abe…": a relative clause's time is its own verb's, not the
            // time of the sentence's acts.
            if (view.TimeAt[k] >= 0 && !view.IsReportingVerb(k + 1) && !(k > 0 && view.IsReportingVerb(k - 1)) && !IsDateline(view, k)
                && view.Relatives.DatedClauseOf(k) < 0 && !view.IsYearOfAName(k))
            {
                // "Washington has called Mongolia a third neighbour since the early 1990s, and … troops served …": an open span
                // after an actor is the state of a verb the lexicon does not code, not the time of the sentence's acts.
                var time = Restated(view, k) ?? view.Times[view.TimeAt[k]].Value;
                firstActor = firstActor == -2 ? FirstActor(view) : firstActor;
                if (time is { IsOpenEnd: true, IsOpenStart: false } && firstActor >= 0 && firstActor < k)
                {
                    continue;
                }

                return time;
            }
        }

        return null;
    }

    // The first token of an actor named after the dateline, or -1: found once per sentence, so the check stays linear.
    private static int FirstActor(ClauseView view)
    {
        for (var j = DatelineEnd(view); j < view.Tokens.Count; j++)
        {
            if (view.MentionAt[j] >= 0)
            {
                return j;
            }
        }

        return -1;
    }

    // The first token after the dateline's time phrase, or 0 when the sentence has no dated dateline.
    private static int DatelineEnd(ClauseView view)
    {
        for (var k = 0; k < view.Tokens.Count && k < Dateline.MaxTokens; k++)
        {
            if (view.TimeAt[k] >= 0)
            {
                if (!IsDateline(view, k))
                {
                    return 0;
                }

                while (k < view.Tokens.Count && view.TimeAt[k] >= 0)
                {
                    k++;
                }

                return k;
            }
        }

        return 0;
    }
}
