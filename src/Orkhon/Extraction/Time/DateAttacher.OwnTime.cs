using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Extraction.Time;

// A clause's own time: the time phrase written into its noun phrase, between subject and verb, or after it up to the next
// clause, reporting verb or appositive, past the times of plans, deadlines, states and comparisons; else a day counted
// ("the next day", "a day earlier") from one told before. Apart from the precedence in DateAttacher.cs, which only says
// which clause's time another clause may borrow: this file reads the words of one clause.
internal static partial class DateAttacher
{
    /// <summary>
    /// The time phrase a phrase carries itself: written into its noun phrase, inside its gap ("pledged on Thursday
    /// to…"), or after it up to the next phrase or reporting verb; else "the next day" after the previous day-precise date.
    /// With <paramref name="widen"/> false, a day stays the day written even when a stated length follows.
    /// </summary>
    /// <param name="dateEnd">Where its time phrase may end: past an event noun that is its object ("criticised the strike on Saturday").</param>
    /// <param name="widen">Whether a stated length widens the day into a span ("ended two days of talks on Saturday"); a
    /// participial clause after it happens on the day written.</param>
    /// <param name="participial">Whether the phrase heads a participial clause after a comma (", accusing … of").</param>
    public static FuzzyDate? Own(SentenceView sentence, Trigger trigger, bool readsOpening, int windowEnd, int dateEnd, FuzzyDate? previous, DateOnly? published,
        bool widen = true, bool participial = false)
    {
        var (view, sentenceEnd) = (sentence.Clauses, sentence.End);
        var (text, tokens) = (view.Text, view.Tokens);
        if (WrittenBefore(view, trigger, previous) is { } before)
        {
            return before;
        }

        if (WrittenAfter(view, trigger, windowEnd, dateEnd, published, widen, participial) is { } written)
        {
            return written;
        }

        // "Relations have been tense since 2014, when Russia annexed Crimea": the time the "when" clause describes is its act's.
        if (!trigger.Entry.IsNoun && WhenClauseTime(view, trigger.First) is { } described)
        {
            return described;
        }

        // "…, and in 1955 the Republic of China vetoed…": a time opening the verb's own coordinated clause.
        if (!trigger.Entry.IsNoun && ClauseOpening(view, trigger) is { } opening)
        {
            return opening;
        }

        return CountedDay(view, trigger, readsOpening, windowEnd, sentenceEnd, previous, published);
    }

    // The time written before the phrase or right at it (the onset its noun's relative tells, one in its noun phrase, one
    // between subject and verb, the day of a stay), or null.
    private static FuzzyDate? WrittenBefore(ClauseView view, Trigger trigger, FuzzyDate? previous)
    {
        // "border clashes that began on Tuesday", "the war, which broke out in 2020": the time at which the noun's own relative
        // clause says its act began is that act's, before any time written ahead of the noun ("agreed on Friday to a truce after clashes that began on Tuesday").
        if (OnsetInItsRelative(view, trigger) is { } onset)
        {
            return onset;
        }

        for (var k = trigger.First - 1; trigger.Entry.IsNoun && k >= 0 && k >= trigger.First - view.Options.NounDateReach; k--)
        {
            // The dateline's day is the story's, not a time written into the noun phrase ("KABUL, Aug 28 (Reuters) - A drone strike…").
            if (view.TimeAt[k] >= 0 && !IsDateline(view, k))
            {
                return view.Times[view.TimeAt[k]].Value;
            }
        }

        // "Putin on Friday ordered a ban on flights from July 8": a time phrase between the subject and its verb is the verb's
        // own, whatever time follows in the object.
        if (!trigger.Entry.IsNoun && BetweenSubjectAndVerb(view, trigger.First) is { } told)
        {
            return told;
        }

        // "on the third day of the visit": the stay began that many days before the day told and ran up to it.
        if (trigger.Entry.IsNoun && DayOfStay(view, trigger, previous) is { } stayStart)
        {
            return stayStart;
        }

        return null;
    }

    // The phrase's own time phrase read from the phrase on up to dateEnd, past the times of other clauses, comparisons,
    // validities, deadlines and plans, or null when none is its own.
    private static FuzzyDate? WrittenAfter(ClauseView view, Trigger trigger, int windowEnd, int dateEnd, DateOnly? published, bool widen, bool participial)
    {
        // A time phrase in another clause after this one dates that clause: "talks that had been planned for Thursday",
        // "…, accusing Tehran of orchestrating an attack in July", a relative clause's own time. One later than the
        // publication day dates a plan the phrase governs, never a reported act: "agreed to back Baku's bid to host the
        // conference next year".
        var relatives = view.Relatives;
        var ownRelative = relatives.DatedClauseOf(trigger.First);
        // Where an intent's infinitive stands after it (found once, when a time phrase first asks), or -1.
        var infinitive = -2;
        for (var k = trigger.First; k < dateEnd; k++)
        {
            // A semicolon joins another main clause, and a time after it is that clause's: "A decade ago Mongolia was expelling
            // Chinese residents; on Friday it signed a treaty with Beijing".
            if (k >= trigger.End && view.Tokens[k].In(view.Text) is ";")
            {
                break;
            }

            // A temporal clause ends at its comma, and the main clause's time after it is not the clause's own: "A day after
            // Poland expelled five Russian diplomats, Russia on Saturday ordered three Polish diplomats to leave".
            if (k >= trigger.End && view.ScopeOf(trigger.First) >= 0 && view.ScopeOf(k) != view.ScopeOf(trigger.First))
            {
                break;
            }

            // A comparison ("the worst fighting since 2020"), another verb's time ("ties severed in 2016") and a validity ("a
            // plan for 2024-2025") date nothing of this phrase's.
            if (view.TimeAt[k] >= 0 && !IsPossessiveTime(view, k) && (!view.IsAttributiveTime(k) || FramesTheAct(view, trigger, k))
                && (relatives.DatedClauseOf(k) < 0 || relatives.DatedClauseOf(k) == ownRelative)
                && !(IsComparison(view, k) && !WithinComparedSpan(view, trigger, k)) && !ComparedAfter(view, trigger, k) && !FollowsAnotherVerb(view, trigger, k) && !IsValidity(view, trigger, k)
                && !(k >= trigger.End && (EndsNominalComplement(view, trigger, k) || InDeedThanked(view, trigger, k))))
            {
                if (TimeOfThePhrase(view, trigger, k, windowEnd, dateEnd, published, widen, ref infinitive) is { } own)
                {
                    return own;
                }

                continue;
            }

            // The reporting clause's time belongs to the statement, and reaches this phrase only as a fallback. A reporting
            // word after a preposition or a determiner qualifies a noun ("an inquiry into alleged war crimes on Tuesday").
            if (k >= trigger.End && view.IsReportingVerb(k) && !(k > 0 && s_attributiveBefore.Contains(view.Tokens[k - 1].In(view.Text))))
            {
                break;
            }

            // In a participial clause, what an accusation is about has its own time: ", accusing Moscow of spying in
            // March" dates the spying, not the accusation, which takes its main clause's day. (A main verb's own time
            // often ends the sentence after the complement: "accused Russia of meddling on Tuesday".)
            if (participial && k >= trigger.End && trigger.Entry.Cameo.RootNumber == 11 && view.Tokens[k].In(view.Text) is "of" or "for")
            {
                break;
            }

            // Another clause runs to the next comma; what follows it may still be this phrase's ("granted asylum to two
            // men who had fled Xinjiang, a court ruled on Thursday").
            if (k >= trigger.End && OpensClause(view, k))
            {
                while (k + 1 < dateEnd && view.Tokens[k + 1].In(view.Text) is not ",")
                {
                    k++;
                }
            }

            // An appositive after a comma describes the object, and its time is the description's: "approved a loan to
            // Mongolia, its second to the country this year", "opened a school, one of 400 projects since 1995".
            if (k >= trigger.End && AppositiveEnd(view, k, dateEnd) is var appositiveEnd and >= 0)
            {
                k = appositiveEnd;
            }
        }

        return null;
    }

    // The date of the time phrase at k if it is the phrase's own, or null when it is a plan's, a state's, the act intended's,
    // a deadline or a decided start (reading goes on past it). infinitive is found once, when a time phrase first asks.
    private static FuzzyDate? TimeOfThePhrase(ClauseView view, Trigger trigger, int k, int windowEnd, int dateEnd, DateOnly? published, bool widen, ref int infinitive)
    {
        var date = Restated(view, k) ?? view.Times[view.TimeAt[k]].Value;
        if (k >= trigger.End && published is { } day0 && !date.IsOpenStart && date.Earliest > day0)
        {
            return null;
        }

        // "agreed to reopen checkpoints that have been shut since 2021", "called for the release of a man held since
        // March 2023": a state that holds since a time, told after an act, is the state's; only a verb in the perfect
        // ("has given grants … since 1991") stretches its own act over it.
        if (k >= trigger.End && date is { IsOpenEnd: true, IsOpenStart: false } && !trigger.Entry.IsNoun && !InPerfect(view, trigger))
        {
            return null;
        }

        // "accepted an invitation to pay a state visit in October", "offered to mediate talks next month": an intent's
        // infinitive is the act intended, and a time after it is that act's, not the day the intent was stated.
        infinitive = infinitive == -2 && trigger.Entry.Cameo.RootNumber == 3 ? FirstInfinitive(view, trigger.End - 1, dateEnd) : infinitive;
        if (k >= trigger.End && infinitive >= 0 && infinitive < k)
        {
            return null;
        }

        // "agreed to double trade by 2030": a deadline after the phrase is when the act is to be done, not when it was.
        // "will close the crossing from Thursday": a decided measure's start is when it takes effect, not when it was
        // decided (the writers date an announced decision on the day announced).
        if (k >= trigger.End && (IsDeadline(view, k) || IsDecidedStart(view, trigger, k, date)))
        {
            return null;
        }

        // "began the exercises on 22 April … and ended them on 10 May" runs between the two days.
        return widen ? GatheringSpans.RunsUntil(view, trigger, k + 1, date) ?? WithDuration(view, trigger, windowEnd, date) : date;
    }

    // The day counted by "the next day", "the same day" or "a day earlier" from the day told earlier in the sentence, before
    // it, or the publication day, or null.
    private static FuzzyDate? CountedDay(ClauseView view, Trigger trigger, bool readsOpening, int windowEnd, int sentenceEnd, FuzzyDate? previous, DateOnly? published)
    {
        // "A day earlier" with no date told before it counts from the publication day, as wire copy does ("Iran freed the
        // crew a day earlier, the ministry said"); "the next day" then names no day, since it would lie ahead. After a
        // date that is no single day (a stay's span, a month) nothing is counted, as before.
        // "…, and Ottawa expelled a diplomat the same day" counts from the day told earlier in the sentence.
        // "In February, Sandu accused Moscow of plotting a coup; Russia dismissed the claim the next day": a day counted from a
        // month or a year written before it in the sentence lies within that month or year, which is all the text tells.
        var earlier = EarlierTime(view, trigger);
        if (earlier is { Precision: DatePrecision.Month or DatePrecision.Year } coarse
            && DayReferenceOffset(view, trigger, readsOpening, windowEnd, sentenceEnd) is { } adjacent && Math.Abs(adjacent) <= 1)
        {
            return coarse;
        }

        previous = (earlier is { Precision: DatePrecision.Day, IsSpan: false } ? earlier : null) ?? previous;
        var fromPublished = previous is null && published is not null;
        if ((previous is { Precision: DatePrecision.Day } known ? known.Earliest : fromPublished ? published : null) is { } day)
        {
            if (DayReferenceOffset(view, trigger, readsOpening, windowEnd, sentenceEnd) is { } offset)
            {
                // "the next day" after 9999-12-31 is past the calendar, "a day earlier" before 0001-01-01: no date rather than an overflow.
                var target = (long)day.DayNumber + offset;
                return (fromPublished && offset > 0) || target < DateOnly.MinValue.DayNumber || target > DateOnly.MaxValue.DayNumber
                    ? null : FuzzyDate.OfDay(DateOnly.FromDayNumber((int)target));
            }
        }

        return null;
    }

    // The days counted by the first "the next day", "the same day" or "a day earlier" in the phrase's window, or null when it
    // holds none. The sentence's first phrase also reads an opening "A day earlier, …".
    private static int? DayReferenceOffset(ClauseView view, Trigger trigger, bool readsOpening, int windowEnd, int sentenceEnd)
    {
        var from = readsOpening ? view.Tokens[0].Start : view.Tokens[trigger.End - 1].End;
        var to = windowEnd < view.Tokens.Count ? view.Tokens[windowEnd].Start : sentenceEnd;
        foreach (var (_, _, offset) in TemporalTagger.DayReferences(view.Text, from, to))
        {
            return offset;
        }

        return null;
    }

    // The time phrase that ends just before the verb at token first and follows an actor: "NATO on Monday urged", "Moscow
    // late on Sunday accused"; null for the dateline, a possessive ("Monday's talks") or a phrase opening the sentence.
    private static FuzzyDate? BetweenSubjectAndVerb(ClauseView view, int first)
    {
        var k = first - 1;
        if (k < 1 || view.TimeAt[k] < 0 || IsDateline(view, k) || IsPossessiveTime(view, k))
        {
            return null;
        }

        var start = k;
        while (start > 0 && view.TimeAt[start - 1] == view.TimeAt[k])
        {
            start--;
        }

        return start > 0 && view.MentionAt[start - 1] >= 0 ? view.Times[view.TimeAt[k]].Value : null;
    }
}
