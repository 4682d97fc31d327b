using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Extraction.Time;

// The carried story date: the date a sentence hands on to the undated sentences after it (its last dated act of the main
// clause, else its first main-clause time phrase, else its dateline's day), and how a background sentence leaves it as it
// was. Apart because it is read once a sentence's clauses are dated, across sentences rather than inside one.
internal static partial class DateAttacher
{
    /// <summary>
    /// The date the sentence hands on to the undated sentences after it: its last dated act of the main clause (a verb, not
    /// a plan), else its first time phrase of the main clause, else its dateline's day; null when it has none, so the
    /// carried date passes through it. Open spans ("since 2022") are states, not a time the story moves to.
    /// </summary>
    public static FuzzyDate? SentenceDate(ClauseView view, IReadOnlyList<Trigger> triggers, IReadOnlyList<Clause> clauses, IReadOnlyList<FuzzyDate?> dates, DateOnly? published = null)
    {
        // An act dated by a time phrase of its own, outside any relative clause, is what the sentence tells of: "accused Serbia
        // on Monday of backing men who stormed a village a day earlier, killing a police officer" hands on Monday, not the
        // day of the men's raid nor of the killing told with it. Only when no act has such a time do borrowed dates count.
        // A relative clause tells background ("For a leader who threatened Athens last year, Erdogan was all smiles in Athens on
        // Thursday"): where the main clause has a time of its own, the relative clause's act, with its own time, does not move
        // the story's time. Where it has none, the rules below stand as they were.
        var mainTime = MainClauseTime(view, published, relativesToo: false);
        var background = mainTime is not null;
        if ((HandedAct(view, triggers, clauses, dates, ownTimeOnly: true, background) ?? HandedAct(view, triggers, clauses, dates, ownTimeOnly: false, background)) is { } last)
        {
            return WrittenEnd(view, last) ?? last;
        }

        // "Parliament was due to vote on Monday after border guards fired on three vessels on Sunday": when the main clause
        // tells no dated act, the story is on the day its temporal clause's act was told, not on the day of a schedule. A day
        // counted from the main clause ("halted the pipeline on Tuesday, a day after Putin recognised…", "The meeting came four
        // days after Washington doubled tariffs") is background: the main clause's own time, or the day carried, stays.
        for (var i = clauses.Count - 1; i >= 0; i--)
        {
            if (!triggers[i].Entry.IsNoun && !clauses[i].Planned && !clauses[i].Cancelled && IsSubordinate(clauses[i].Scope) && clauses[i].Own is not null
                && dates[i] is { Precision: DatePrecision.Day, IsSpan: false } day)
            {
                return day;
            }
        }

        return mainTime ?? MainClauseTime(view, published, relativesToo: true) ?? DatelineDate(view);
    }

    // The sentence's first time phrase of the main clause, outside a relative clause unless relativesToo, or a later day that
    // opens a coordinated clause after it; null when it has none.
    // A reduced relative clause's time ("accepted a request made on Tuesday") is never the main clause's: it dates the
    // participle's act, told as background to the main one, so the story stays on the day it was on.
    private static FuzzyDate? MainClauseTime(ClauseView view, DateOnly? published, bool relativesToo)
    {
        for (var k = 0; k < view.Tokens.Count; k++)
        {
            if (IsMainClauseTime(view, k, published, relativesToo) is { } time)
            {
                return LaterCoordinatedDay(view, PhraseEnd(view, k) + 1, time, published, relativesToo) ?? time;
            }
        }

        return null;
    }

    // A time phrase of the main clause at k (outside a relative clause unless relativesToo), or null. A time after the
    // publication day is a plan's ("will visit Russia from Monday to Wednesday"), not the story's.
    private static FuzzyDate? IsMainClauseTime(ClauseView view, int k, DateOnly? published, bool relativesToo) =>
        view.TimeAt[k] >= 0 && !IsDateline(view, k) && ScopeOf(view, k) == -1 && (relativesToo || view.Relatives.DatedClauseOf(k) < 0)
            && !view.IsAttributiveTime(k) && !IsPossessiveTime(view, k) && !IsComparison(view, k) && !view.IsReducedRelativeTime(k)
            && view.Times[view.TimeAt[k]].Value is { IsOpenStart: false, IsOpenEnd: false } time && !(published is { } day && time.Earliest > day)
            ? time : null;

    // "The train crossed the border on Tuesday, and on Wednesday it delivered Kim to the cosmodrome": a later day opening a
    // coordinated clause of the main line (after ", and", ", but", ", yet" or ";") is where the story has moved, and the
    // undated sentences after it are told of that day, not the first. Null when the sentence has no such day after
    // <paramref name="from"/>.
    private static FuzzyDate? LaterCoordinatedDay(ClauseView view, int from, FuzzyDate first, DateOnly? published, bool relativesToo)
    {
        // Without a publication day a later day cannot be told from a plan's ("met on 10 March, and on 12 March they will
        // sign"), so the first stays.
        if (published is null)
        {
            return null;
        }

        FuzzyDate? later = null;
        for (var k = from; k < view.Tokens.Count; k++)
        {
            if (view.TimeAt[k] < 0 || (k > 0 && view.TimeAt[k - 1] == view.TimeAt[k]))
            {
                continue;
            }

            var joinerAt = BeforePhrase(view, k);
            var joiner = joinerAt >= 0 ? view.Tokens[joinerAt].In(view.Text) : "";
            var coordinated = joiner is ";" || (joiner is "and" or "but" or "yet" && joinerAt > 0 && view.Tokens[joinerAt - 1].In(view.Text) is ",");
            if (coordinated && IsMainClauseTime(view, k, published, relativesToo) is { Precision: DatePrecision.Day } day
                && day.Earliest > (later ?? first).Latest)
            {
                later = day;
            }
        }

        return later;
    }

    // The last dated act of the main clause (a verb, not a plan), unless it is background to a later act told before it in
    // the sentence ("visited Beijing on Tuesday as the two marked the anniversary of the treaty they signed in 1994"): a month,
    // a year or a longer span that ended before that act's day does not move the story's time. With ownTimeOnly, only acts
    // with a time phrase of their own and outside a relative clause ("men who stormed a village a day earlier") count.
    private static FuzzyDate? HandedAct(ClauseView view, IReadOnlyList<Trigger> triggers, IReadOnlyList<Clause> clauses, IReadOnlyList<FuzzyDate?> dates, bool ownTimeOnly,
        bool background)
    {
        FuzzyDate? handed = null;
        for (var i = clauses.Count - 1; i >= 0; i--)
        {
            // With background, an act of a relative clause with a time of its own is skipped (see SentenceDate).
            if (!triggers[i].Entry.IsNoun && !clauses[i].Planned && clauses[i].Scope == -1 && dates[i] is { IsOpenStart: false, IsOpenEnd: false } date
                && !(background && clauses[i].Own is not null && view.Relatives.DatedClauseOf(triggers[i].First) >= 0)
                && (!ownTimeOnly || (clauses[i].Own is not null && !clauses[i].Borrowed && !clauses[i].Cancelled && view.Relatives.DatedClauseOf(triggers[i].First) < 0)))
            {
                if (handed is null)
                {
                    handed = date;
                }
                else if (handed.Value.Latest.DayNumber - handed.Value.Earliest.DayNumber >= MonthDays && handed.Value.Latest < date.Earliest)
                {
                    return date;
                }
            }
        }

        return handed;
    }

    // "arrived on Friday for a two-day state visit": the stay's days are the visit's, but the story is on the day written, and
    // the acts told after it ("Rahmon greeted him at the airport") took place on that day. A stay told by its end ("ended a
    // four-day visit on Thursday") is different: what is told after it ("during the trip the two sides signed…") took place
    // over the stay. For a span of a few days whose first day, and not its last, the sentence writes as a day of its own:
    // that day; else null.
    private static FuzzyDate? WrittenEnd(ClauseView view, FuzzyDate handed)
    {
        if (handed is not { Precision: DatePrecision.Span } || handed.Latest.DayNumber - handed.Earliest.DayNumber >= view.Options.LongestDuration)
        {
            return null;
        }

        // The dateline's day is the filing day, not a day the sentence tells of.
        FuzzyDate? first = null;
        for (var k = 0; k < view.Tokens.Count; k++)
        {
            if (view.TimeAt[k] < 0 || (k > 0 && view.TimeAt[k - 1] == view.TimeAt[k]) || IsDateline(view, k))
            {
                continue;
            }

            var time = view.Times[view.TimeAt[k]].Value;
            if (time is { Precision: DatePrecision.Day } day && day.Earliest == handed.Latest)
            {
                return null;
            }

            first ??= time is { Precision: DatePrecision.Day } start && start.Earliest == handed.Earliest ? start : null;
        }

        return first;
    }

    /// <summary>
    /// The date carried to the next sentence, once a sentence dated <paramref name="sentence"/> is read. A background
    /// sentence does not move the story's time: a month, a year or a longer span that ended before the carried date ("Mongolia
    /// established relations with China in 1949.") is a digression, and the sentences after it return to the story's day.
    /// </summary>
    public static FuzzyDate? Carry(FuzzyDate? carried, FuzzyDate? sentence) =>
        sentence is not { } date ? carried
        : carried is { } story && date.Latest.DayNumber - date.Earliest.DayNumber >= MonthDays && date.Latest < story.Earliest ? story
        : date;

    // The shortest month: a date at least this long is a month, a year or a span of them, not a day of the story.
    private const int MonthDays = 27;
}
