using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

/// <summary>
/// Gives each event clause of a sentence its date. A clause's own time phrase wins; a clause without one takes,
/// in this order, the sentence's opening time phrase ("On Monday, A met B and signed…"), the date of the phrase
/// it is coordinated with, the sentence's nearest dated event, the dated reporting clause ("…, the ministry said
/// on Monday"), and last the previous sentence's date. A planned act coded as an intent ("will travel to Berlin in
/// September", "said Monday he would visit Tokyo next month") is dated by the statement, never by the trip.
/// </summary>
internal static class DateAttacher
{
    /// <summary>The facts about one clause that its date depends on.</summary>
    /// <param name="Own">The clause's own time phrase.</param>
    /// <param name="Coordinated">Shares its subject with the phrase before it ("arrived on 19 June and signed…").</param>
    /// <param name="Planned">A planned act coded as an intent, dated by the statement.</param>
    /// <param name="Cancelled">Negated, hypothetical or embedded: coded as nothing, and lends its date to nothing.</param>
    /// <param name="Scope">The temporal subordinate clause it stands in (<see cref="ClauseView.ScopeOf"/>): dates pass only within one.</param>
    /// <param name="Sequenced">Says it came later ("responded by", "later"): it takes no other event's date.</param>
    /// <param name="Lends">Whether its date may date other clauses: a noun lends only as the frame of the sentence ("during a visit…").</param>
    public readonly record struct Clause(FuzzyDate? Own, bool Coordinated, bool Planned, bool Cancelled, int Scope, bool Sequenced, bool Lends);

    /// <summary>
    /// The time phrase a phrase carries itself: written into its noun phrase, inside its gap ("pledged on Thursday
    /// to…"), or after it up to the next phrase or reporting verb; else "the next day" after the previous day-precise date.
    /// With <paramref name="widen"/> false, a day stays the day written even when a stated length follows.
    /// </summary>
    public static FuzzyDate? Own(SentenceView sentence, Trigger trigger, bool readsOpening, int windowEnd, FuzzyDate? previous, bool widen = true)
    {
        var (view, sentenceEnd) = (sentence.Clauses, sentence.End);
        var (text, tokens) = (view.Text, view.Tokens);
        for (var k = trigger.First - 1; trigger.Entry.IsNoun && k >= 0 && k >= trigger.First - view.Options.NounDateReach; k--)
        {
            if (view.TimeAt[k] >= 0)
            {
                return view.Times[view.TimeAt[k]].Value;
            }
        }

        var relatives = view.Relatives;
        var ownRelative = relatives.DatedClauseOf(trigger.First);
        for (var k = trigger.First; k < windowEnd; k++)
        {
            // A time phrase inside a relative clause after the phrase dates that clause ("talks that had been planned for Thursday").
            if (view.TimeAt[k] >= 0 && (!view.IsAttributiveTime(k) || FramesTheAct(view, trigger, k)) && (relatives.DatedClauseOf(k) < 0 || relatives.DatedClauseOf(k) == ownRelative))
            {
                return widen ? WithDuration(view, trigger, windowEnd, view.Times[view.TimeAt[k]].Value) : view.Times[view.TimeAt[k]].Value;
            }

            // The reporting clause's time belongs to the statement, and reaches this phrase only as a fallback.
            if (k >= trigger.End && view.IsReportingVerb(k))
            {
                break;
            }
        }

        if (previous is { Precision: DatePrecision.Day } day)
        {
            // The sentence's first phrase also reads an opening "A day earlier, …".
            var from = readsOpening ? tokens[0].Start : tokens[trigger.End - 1].End;
            var to = windowEnd < tokens.Count ? tokens[windowEnd].Start : sentenceEnd;
            foreach (var (_, _, offset) in TemporalTagger.DayReferences(text, from, to))
            {
                // "the next day" after 9999-12-31 is past the calendar: no date rather than an overflow.
                return day.Earliest.DayNumber + offset <= DateOnly.MaxValue.DayNumber ? FuzzyDate.OfDay(day.Earliest.AddDays(offset)) : null;
            }
        }

        return null;
    }

    // A day-precise date widened by a stated length: "arrived on 20 March for a three-day visit" is 20–22 March,
    // "ended two days of talks on Saturday" is Friday–Saturday.
    private static FuzzyDate WithDuration(ClauseView view, Trigger trigger, int windowEnd, FuzzyDate date)
    {
        if (date.Precision != DatePrecision.Day)
        {
            return date;
        }

        var (text, tokens) = (view.Text, view.Tokens);
        for (var k = trigger.First; k < Math.Min(windowEnd, trigger.End + view.Options.DurationReach); k++)
        {
            var w = tokens[k].In(text);
            if (w.EndsWith("-day", StringComparison.OrdinalIgnoreCase) && DayCount(w[..^4]) is var stay && stay > 1 && stay <= view.Options.LongestDuration
                && k + 1 < tokens.Count && (PhraseGrammar.IsStay(tokens[k + 1].In(text)) || (k + 2 < tokens.Count && PhraseGrammar.IsStay(tokens[k + 2].In(text)))))
            {
                return date.Earliest.DayNumber + stay - 1 <= DateOnly.MaxValue.DayNumber ? FuzzyDate.Between(date, FuzzyDate.OfDay(date.Earliest.AddDays(stay - 1))) : date;
            }
        }

        // "ended / wrapped up two days of talks … on Saturday": the talks ran up to the date.
        for (var k = Math.Max(1, trigger.First - view.Options.TalksLengthReach); k + 2 < Math.Min(tokens.Count, trigger.End + view.Options.TalksLengthReach); k++)
        {
            if (tokens[k].In(text) is "days" && DayCount(tokens[k - 1].In(text)) is var talks && talks > 1 && talks <= view.Options.LongestDuration && tokens[k + 1].In(text) is "of"
                && tokens[k + 2].In(text) is "talks" or "negotiations" or "consultations" or "meetings"
                && k >= 2 && tokens[k - 2].In(text) is "ended" or "concluded" or "up" or "closed" or "completed")
            {
                return date.Earliest.DayNumber - talks + 1 >= DateOnly.MinValue.DayNumber ? FuzzyDate.Between(FuzzyDate.OfDay(date.Earliest.AddDays(1 - talks)), date) : date;
            }
        }

        return date;
    }

    // "sent fodder to Mongolia during the 2024 dzud": an event named after "during" is the act's time frame, unless a
    // reason stands between ("praised Turkey for its support during the 2020 war" dates the support).
    private static bool FramesTheAct(ClauseView view, Trigger trigger, int k)
    {
        var det = k;
        while (det > 0 && view.TimeAt[det - 1] == view.TimeAt[k])
        {
            det--;
        }

        if (det < 2 || view.Tokens[det - 2].In(view.Text) is not ("during" or "amid"))
        {
            return false;
        }

        for (var j = trigger.End; j < det - 2; j++)
        {
            if (view.Tokens[j].In(view.Text) is "for" or "over")
            {
                return false;
            }
        }

        return true;
    }

    private static int DayCount(ReadOnlySpan<char> w) => w switch
    {
        "two" or "Two" or "2" => 2,
        "three" or "Three" or "3" => 3,
        "four" or "Four" or "4" => 4,
        "five" or "Five" or "5" => 5,
        "six" or "Six" or "6" => 6,
        "seven" or "Seven" or "7" => 7,
        _ => 0,
    };

    /// <summary>The time phrase that opens the sentence, before its first phrase ("In November 2016, Beijing condemned…").</summary>
    public static FuzzyDate? Leading(ClauseView view, int firstPhrase)
    {
        for (var k = 0; k < firstPhrase; k++)
        {
            if (view.TimeAt[k] >= 0 && !view.IsReportingVerb(k + 1) && !(k > 0 && view.IsReportingVerb(k - 1)))
            {
                return view.Times[view.TimeAt[k]].Value;
            }
        }

        return null;
    }

    /// <summary>The date of each clause, by the order of precedence in the summary.</summary>
    public static FuzzyDate?[] Attach(ClauseView view, IReadOnlyList<Clause> clauses, FuzzyDate? leading, FuzzyDate? previousSentence)
    {
        var dates = new FuzzyDate?[clauses.Count];
        // The nearest earlier dated event of the same scope, carried in one pass forward; the nearest later one in one
        // pass back. Scopes are few (a sentence has one or two subordinate clauses), so a small map keeps this linear.
        var before = new FuzzyDate?[clauses.Count];
        var after = new FuzzyDate?[clauses.Count];
        var carried = new Dictionary<int, FuzzyDate>();
        for (var i = 0; i < clauses.Count; i++)
        {
            before[i] = carried.TryGetValue(clauses[i].Scope, out var d) ? d : null;
            if (Lends(clauses[i]) is { } own)
            {
                carried[clauses[i].Scope] = own;
            }
        }

        carried.Clear();
        for (var i = clauses.Count - 1; i >= 0; i--)
        {
            after[i] = carried.TryGetValue(clauses[i].Scope, out var d) ? d : null;
            if (Lends(clauses[i]) is { } own)
            {
                carried[clauses[i].Scope] = own;
            }
        }

        FuzzyDate? previousClause = null;
        for (var i = 0; i < clauses.Count; i++)
        {
            var c = clauses[i];
            dates[i] = c.Planned
                ? view.ReportingDate ?? leading
                : c.Sequenced ? c.Own
                : c.Own ?? leading ?? (c.Coordinated ? previousClause : null) ?? before[i] ?? after[i] ?? view.ReportingDate ?? previousSentence;
            previousClause = (c.Planned ? c.Own : dates[i]) ?? previousClause;
        }

        return dates;
    }

    private static FuzzyDate? Lends(Clause c) => !c.Cancelled && !c.Planned && c.Lends ? c.Own : null;
}
