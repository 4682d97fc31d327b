using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

/// <summary>
/// Gives each event clause of a sentence its date. A clause's own time phrase wins; a clause without one takes,
/// in this order, the sentence's opening time phrase ("On Monday, A met B and signed…"), the date of the phrase
/// it is coordinated with, the sentence's nearest dated event, the dated reporting clause ("…, the ministry said
/// on Monday"), the date carried from the sentences before (through any number of undated ones), and last the
/// dateline's day. A planned act coded as an intent ("will travel to Berlin in September", "said Monday he would visit
/// Tokyo next month") is dated by the statement, never by the trip. A clause in a temporal subordinate clause ("…, since
/// Moscow sent troops into…") has a vague anchor: it takes only its own date, one of its own clause, or the main
/// clause's day moved by a stated interval ("a day after", "hours after"); a bare "after"/"before" joined without a
/// comma ("imposed duties after Washington raised tariffs") is told with its main clause and takes its date.
/// This file holds the date words, the facts about a clause and the order of precedence (<see cref="Attach"/>); the
/// readings that order asks about are in the other DateAttacher.*.cs files, one concern a file.
/// </summary>
internal static partial class DateAttacher
{
    /// <summary>The date attacher's function words, from <c>data/lexicon/date-words.tsv</c>.</summary>
    internal static readonly WordClasses Words = WordClasses.Load(EmbeddedData.DateWords, "clause-opener", "not-gerund", "relative", "same-day", "day", "ending", "beginning", "week", "month", "year", "attributive-before", "appositive",
        "superlative", "ordinal", "clause-joiner", "occasion", "validity", "habitual", "counted-unit",
        "frame-opener", "present", "arrival", "present-be", "present-stay", "month-preposition", "told-past", "glossed-count", "clause-subject",
        "onset", "onset-particle", "antecedent-link", "stretch-unit", "lasting", "until", "future-modal", "start-preposition", "aftermath-unit", "aftermath", "rescheduling", "gratitude");

    private static readonly WordSet s_clauseOpeners = Words.Lookup("clause-opener");
    private static readonly WordSet s_notGerunds = Words.Lookup("not-gerund");
    private static readonly WordSet s_relatives = Words.Lookup("relative");
    private static readonly WordSet s_sameDay = Words.Lookup("same-day");
    private static readonly WordSet s_days = Words.Lookup("day");
    private static readonly WordSet s_endings = Words.Lookup("ending");
    private static readonly WordSet s_beginnings = Words.Lookup("beginning");
    private static readonly WordSet s_arrivals = Words.Lookup("arrival");
    private static readonly WordSet s_weeks = Words.Lookup("week");
    private static readonly WordSet s_months = Words.Lookup("month");
    private static readonly WordSet s_years = Words.Lookup("year");
    private static readonly WordSet s_attributiveBefore = Words.Lookup("attributive-before");
    private static readonly WordSet s_appositives = Words.Lookup("appositive");
    private static readonly WordSet s_habituals = Words.Lookup("habitual");

    // The units a counted time phrase ends on before its "later" ("A year later", "two decades later").
    private static readonly WordSet s_countedUnits = Words.Lookup("counted-unit");

    // Words that count the time before a "later" that no phrase covers ("Days later", "less than a year later", "hours later").
    private static readonly WordSet s_glossedCounts = Words.Lookup("glossed-count");

    /// <summary>The facts about one clause that its date depends on.</summary>
    /// <param name="Own">The clause's own time phrase.</param>
    /// <param name="Coordinated">Shares its subject with the phrase before it ("arrived on 19 June and signed…").</param>
    /// <param name="Planned">A planned act coded as an intent, dated by the statement.</param>
    /// <param name="Cancelled">Negated, hypothetical or embedded: coded as nothing, and lends its date to nothing.</param>
    /// <param name="Scope">The clause it stands in (<see cref="ScopeOf"/>): a temporal subordinate or a relative clause, or -1; dates pass only within one.</param>
    /// <param name="Sequenced">Says it came later ("responded by", "later"): it takes no other event's date.</param>
    /// <param name="Lends">Whether its date may date other clauses: a noun lends only as the frame of the sentence ("during a visit…").</param>
    /// <param name="Noun">An event noun ("the strike", "talks"): it stands in the noun phrase of the verb after it, whose date reaches it.</param>
    /// <param name="Referred">Named as a known act by a named possessor ("Beijing's decision to halt imports"): only its own time dates it.</param>
    /// <param name="Borrowed">A participial clause whose time is the one written before it (", killing a police officer"): no time of its own.</param>
    public readonly record struct Clause(FuzzyDate? Own, bool Coordinated, bool Planned, bool Cancelled, int Scope, bool Sequenced, bool Lends, bool Noun = false, bool Referred = false,
        bool Borrowed = false);

    /// <summary>The date of each clause, by the order of precedence in the summary.</summary>
    /// <param name="triggers">The phrase of each clause, in the same order, or null: where each stands, for <see cref="PrecedesDatedAct"/>.</param>
    public static FuzzyDate?[] Attach(ClauseView view, IReadOnlyList<Clause> clauses, FuzzyDate? leading, FuzzyDate? previousSentence, IReadOnlyList<Trigger>? triggers = null)
    {
        var dates = new FuzzyDate?[clauses.Count];
        var (before, after) = NearestLent(view, clauses, triggers);
        // The sentence's main dated event, for a relative clause with no date of its own and for an occasion.
        var (main, mainAt) = MainDate(clauses);
        // A reaction told with what it reacted to ("said it had lodged representations after lawmakers visited Taiwan on
        // Wednesday") is told on that day when nothing else dates it: the day of the first "after" clause, if it names one.
        var reactedTo = ReactedTo(view, clauses);

        var dateline = DatelineDate(view);
        FuzzyDate? previousClause = null;
        var previousScope = -1;
        // A main clause in the past perfect, and a verb coordinated with it, is a flashback: it takes no carried date.
        var flashback = false;
        for (var i = 0; i < clauses.Count; i++)
        {
            var c = clauses[i];
            flashback = triggers is not null && c.Scope == -1 && (IsFlashback(view, triggers[i]) || (c.Coordinated && flashback));
            var chain = flashback ? null : previousSentence;
            // A coordinated phrase shares the date of the one before only inside one clause: "Putin, who was charged in
            // March 2023, held talks…" shares a subject with the charge, not its date.
            previousClause = previousScope == c.Scope ? previousClause : null;
            // A relative clause after the main dated act, with no time of its own, took place by then: "Iran vowed on Sunday to
            // retaliate against Israel, which it blamed for the strike". An occasion ("signed 13 deals after their talks")
            // shares the main clause's date.

            // A plan told inside a temporal subordinate clause ("…, three days after Juba announced it would pull out", "days after
            // Trump said the two would meet") was stated when that clause's act was: the main clause's day moved by the interval
            // given, else no day at all (a vague anchor), never the reporting clause's.
            // "after months of talks mediated by Qatar": an act told as an untold stretch has no day of its own to borrow.
            // "In the days that followed, Beijing summoned …": the stretch after an act is a vague anchor, as "shortly after".
            dates[i] = !c.Planned && c.Own is null && triggers is not null && (IsUntoldStretch(view, triggers[i]) || InAftermath(view, triggers[i])) ? null
                : c.Planned
                ? IsSubordinate(c.Scope) && !IsOccasion(view, c.Scope, previousSentence) && !IsBareSequence(view, c.Scope) ? Shifted(view, c.Scope, previousSentence)
                    : view.ReportingDate ?? leading ?? previousSentence ?? dateline
                : c.Referred ? c.Own ?? (IsSubordinate(c.Scope) ? Shifted(view, c.Scope, previousSentence) : null)
                : IsSubordinate(c.Scope) ? c.Own ?? (c.Coordinated ? previousClause : null) ?? before[i] ?? after[i] ?? ShiftedStay(view, c.Scope, previousSentence, triggers?[i])
                    ?? (IsOccasion(view, c.Scope, previousSentence) || (triggers is not null && !triggers[i].Entry.IsNoun && IsBareSequence(view, c.Scope)) ? main ?? leading ?? view.ReportingDate ?? previousSentence ?? dateline : null)
                : c.Sequenced ? c.Own ?? SameDayBefore(c, previousClause) ?? view.ReportingDate ?? previousSentence
                : c.Own ?? (triggers is not null && (PrecedesDatedAct(view, triggers[i]) || IsHabitual(view, triggers[i]) || IsVaguelyAgo(view, triggers[i])) ? null
                    : leading ?? (c.Coordinated ? previousClause : null) ?? before[i] ?? after[i] ?? (c.Scope < -1 && mainAt >= 0 && mainAt < i ? main : null)
                        ?? view.ReportingDate ?? (c.Scope == -1 ? reactedTo : null) ?? chain ?? dateline);
            previousClause = (c.Planned ? c.Own : dates[i]) ?? previousClause;
            previousScope = c.Scope;
        }

        return dates;
    }

    // The nearest earlier and the nearest later dated event of each clause's scope, read in one pass forward and one back;
    // a later date reaches back only along a chain of verbs sharing one subject and not across a reporting verb.
    private static (FuzzyDate?[] Before, FuzzyDate?[] After) NearestLent(ClauseView view, IReadOnlyList<Clause> clauses, IReadOnlyList<Trigger>? triggers)
    {
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

        // A later clause's date reaches back only along a chain of verbs sharing one subject ("met Xi and signed a deal on
        // Monday"), or to an event noun in the noun phrase before its verb ("a drone strike killed … on Friday"); a clause with
        // a subject of its own after ", and" tells another act ("China has pledged aid, and Russia delivered fodder last week").
        carried.Clear();
        for (var i = clauses.Count - 1; i >= 0; i--)
        {
            after[i] = carried.TryGetValue(clauses[i].Scope, out var d) ? d : null;
            if (Lends(clauses[i]) is { } own)
            {
                carried[clauses[i].Scope] = own;
            }

            if (!clauses[i].Coordinated && !clauses[i].Noun && i > 0 && !clauses[i - 1].Noun)
            {
                carried.Remove(clauses[i].Scope);
            }

            // "China has begun charging a fee, officials said on Thursday, the latest sign of anger at a visit last month": a
            // reporting verb closes the clause before it, and no later act's date reaches back across it.
            if (triggers is not null && i > 0 && ReportingBetween(view, triggers[i - 1].End, triggers[i].First))
            {
                carried.Remove(clauses[i].Scope);
            }
        }

        return (before, after);
    }

    // The sentence's first main-clause event that lends its date, and where it stands (-1 when none).
    private static (FuzzyDate? Main, int At) MainDate(IReadOnlyList<Clause> clauses)
    {
        FuzzyDate? main = null;
        var mainAt = -1;
        for (var i = 0; i < clauses.Count && main is null; i++)
        {
            if (clauses[i].Scope == -1 && Lends(clauses[i]) is { } lent)
            {
                (main, mainAt) = (lent, i);
            }
        }

        return (main, mainAt);
    }

    // The day of the sentence's first "after" clause that names one, or null.
    private static FuzzyDate? ReactedTo(ClauseView view, IReadOnlyList<Clause> clauses)
    {
        FuzzyDate? reactedTo = null;
        for (var i = 0; i < clauses.Count && reactedTo is null; i++)
        {
            reactedTo = IsSubordinate(clauses[i].Scope) && view.Tokens[clauses[i].Scope].In(view.Text) is "after" && Lends(clauses[i]) is { Precision: DatePrecision.Day } day ? day : null;
        }

        return reactedTo;
    }

    // "was welcomed at a ceremony on Tuesday and later held talks with him", "arrived on Wednesday and later met Aliyev": an act
    // told as coming later by the subject of a clause dated to a day goes on that day, as agency copy tells one day's round. A
    // month or a year before it ("revoked the agreements in early August and later ordered the ambassador out") is no such day.
    private static FuzzyDate? SameDayBefore(Clause c, FuzzyDate? previousClause) =>
        c.Coordinated && previousClause is { Precision: DatePrecision.Day } day ? day : null;

    // An open span ("has called it a partner since 1990") is a state that holds, not a time another act shares.
    private static FuzzyDate? Lends(Clause c) => !c.Cancelled && !c.Planned && c.Lends && c.Own is not { IsOpenEnd: true, IsOpenStart: false } ? c.Own : null;
}
