using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

/// <summary>
/// The days a gathering took, when the text tells its end and its length apart ("The summit closed in Ulaanbaatar on
/// Saturday … the two-day gathering"), and acts that ran between two days written ("began the exercises on 22 April … and
/// ended them on 10 May"). A later consultation with the gathering as its object and no time of its own ("Mongolia, which
/// hosted the summit", "took part in the two-day summit") spans the gathering's days.
/// </summary>
internal static class GatheringSpans
{
    // How far from the closing verb the gathering noun and the closing day may stand ("The 11th Asia-Europe Meeting summit
    // closed in the Mongolian capital on Saturday").
    private const int Reach = 8;

    // How far after an act's first day its end may be told ("…, the largest edition so far, and ended them on May 10"):
    // bounded so that a sentence with many such acts stays linear.
    private const int EndReach = 30;

    // phrase-words.tsv: gathering-noun, gathering-opener, act-beginner.
    private static readonly WordSet s_gatheringNouns = PhraseGrammar.Words.Lookup("gathering-noun");
    private static readonly WordSet s_openingVerbs = PhraseGrammar.Words.Lookup("gathering-opener");
    private static readonly WordSet s_beginningVerbs = PhraseGrammar.Words.Lookup("act-beginner");

    /// <summary>Whether the word names a gathering of parties.</summary>
    public static bool IsGathering(ReadOnlySpan<char> w) => s_gatheringNouns.Contains(w);

    /// <summary>
    /// The gathering's days when the sentence says it closed on a day ("… summit closed … on Saturday") and gives its length
    /// ("the two-day gathering", "a three-day summit"); else null.
    /// </summary>
    public static FuzzyDate? Find(ClauseView view)
    {
        // The length comes from a word StayLength reads ("three-day", "two-week", "weeklong"): most sentences have none.
        if (!view.MayTellStayLength)
        {
            return null;
        }

        var (text, tokens) = (view.Text, view.Tokens);
        var length = 0;
        for (var k = 0; k + 1 < tokens.Count && length == 0; k++)
        {
            var w = tokens[k].In(text);
            if (IsGathering(tokens[k + 1].In(text)))
            {
                length = StayLength.Of(w);
            }
        }

        if (length < 2)
        {
            return null;
        }

        // "Leaders gathered in Johannesburg on Tuesday for a three-day summit", "opened a two-day summit … on Friday": the first
        // day and the length.
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!IsOpening(tokens[k].In(text)))
            {
                continue;
            }

            for (var j = k + 1; j < tokens.Count && j <= k + Reach + 4 && tokens[j].In(text) is not ("." or ";"); j++)
            {
                if (view.TimeAt[j] >= 0 && !DateAttacher.IsDateline(view, j) && view.Times[view.TimeAt[j]].Value is { Precision: DatePrecision.Day } day)
                {
                    var last = (long)day.Earliest.DayNumber + (length - 1);
                    return last <= DateOnly.MaxValue.DayNumber ? FuzzyDate.Between(day, FuzzyDate.OfDay(DateOnly.FromDayNumber((int)last))) : null;
                }
            }
        }

        for (var k = 1; k < tokens.Count; k++)
        {
            if (!DateAttacher.IsEnding(tokens[k].In(text)) || !GatheringBefore(view, k))
            {
                continue;
            }

            for (var j = k + 1; j < tokens.Count && j <= k + Reach; j++)
            {
                if (view.TimeAt[j] >= 0 && !DateAttacher.IsDateline(view, j) && view.Times[view.TimeAt[j]].Value is { Precision: DatePrecision.Day } day)
                {
                    var first = (long)day.Earliest.DayNumber - (length - 1);
                    return first >= DateOnly.MinValue.DayNumber ? FuzzyDate.Between(FuzzyDate.OfDay(DateOnly.FromDayNumber((int)first)), day) : null;
                }
            }
        }

        return null;
    }

    /// <summary>Whether tokens[from..to) name a gathering: the object of "hosted the summit", "attended both days of the meeting".</summary>
    public static bool NamesGathering(ClauseView view, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to && k < view.Tokens.Count && k < from + Reach; k++)
        {
            if (IsGathering(view.Tokens[k].In(view.Text)))
            {
                return true;
            }
        }

        return false;
    }

    // Verbs that tell a gathering's first day.
    private static bool IsOpening(ReadOnlySpan<char> w) => s_openingVerbs.Contains(w);

    private static bool GatheringBefore(ClauseView view, int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - Reach; k--)
        {
            if (IsGathering(view.Tokens[k].In(view.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An act begun on <paramref name="start"/> that the sentence says ended on a later day ("began the exercises on 22 April,
    /// …, and ended them on 10 May"): the span between; else null.
    /// </summary>
    public static FuzzyDate? RunsUntil(ClauseView view, Trigger trigger, int afterTime, FuzzyDate start)
    {
        if (start is not { Precision: DatePrecision.Day } || !Begins(view, trigger))
        {
            return null;
        }

        var (text, tokens) = (view.Text, view.Tokens);
        for (var k = afterTime; k < tokens.Count && k < afterTime + EndReach; k++)
        {
            var w = tokens[k].In(text);
            if (w is "." or ";" || view.IsReportingVerb(k))
            {
                return null;
            }

            // "ended them on 10 May", or a stay or an exercise said to go on to a day: "a state visit that lasts until Saturday".
            if (!DateAttacher.IsEnding(w) && !(DateAttacher.IsLasting(w) && k + 1 < tokens.Count && DateAttacher.IsUntil(tokens[k + 1].In(text))))
            {
                continue;
            }

            for (var j = k + 1; j < tokens.Count && j <= k + 4; j++)
            {
                if (view.TimeAt[j] >= 0 && view.Times[view.TimeAt[j]].Value is { Precision: DatePrecision.Day } end && end.Earliest > start.Earliest)
                {
                    return FuzzyDate.Between(start, end);
                }
            }

            return null;
        }

        return null;
    }

    // "began", "started", "launched", "opened" in the phrase or right before it, or an arrival ("arrived on Wednesday for a
    // state visit that lasts until Saturday"), whose day is a stay's first.
    private static bool Begins(ClauseView view, Trigger trigger)
    {
        for (var k = Math.Max(0, trigger.First - 1); k < trigger.End; k++)
        {
            if (s_beginningVerbs.Contains(view.Tokens[k].In(view.Text)) || DateAttacher.IsArrival(view.Tokens[k].In(view.Text)))
            {
                return true;
            }
        }

        return false;
    }
}
