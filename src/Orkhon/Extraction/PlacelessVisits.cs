using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A visit told as an indefinite noun whose host the verb does not name: "announced the decision in Havana at the end of a
/// three-day visit", "met the premier in Hanoi on Monday at the start of a two-day trip", "who arrived on Monday from Rome
/// after a two-day stay there", "wrapping up a two-day tour of Chile", "On her first trip abroad, X met Y in Delhi". The
/// visitor is the actor the relative clause hangs on ("X, who arrived …"), else the author of the act the adjunct hangs on
/// (the act before it, or after it when the adjunct opens the sentence: the forward "his" of "During his visit, X met …"),
/// else the clause's subject; the host is the place the noun names ("to", "of", "in" after it; "there" for the last place
/// before it), else the place "in" the clause before it (after it, when the noun opens the sentence). The date is the
/// clause's day, widened to the stay's days when its length and one end are told ("at the end of a three-day visit": the
/// three days ending then). Nothing for "the visit" (one told before: a later nominal mention of a visit is not another
/// event), a planned, upcoming or return visit, a visit inside the visitor's own state, or a visit of that visitor to that
/// host already coded in the sentence or the few before. The state of the one the visitor met is not taken for the host:
/// "A met B during a state visit" does not say who visits whom.
/// </summary>
internal static class PlacelessVisits
{
    private static readonly CameoCode s_visit = CameoCode.Parse("042");

    private const string Entry = "visit-placeless-noun";

    // How far before the noun its cue and the clause's day may stand ("on Thursday at the start of a three-day state visit").
    private const int Reach = 8;

    private static readonly WordBits s_nounBits = WordBits.Of("visit", "stay", "trip", "tour");

    public static List<EventMention> Find(SentenceView view, List<EventMention> events, MentionContext context, FuzzyDate? carried)
    {
        // Most sentences hold none of the nouns and are not scanned.
        if (!view.MayHoldAny(s_nounBits))
        {
            return [];
        }

        List<EventMention>? result = null;
        for (var k = 1; k < view.Tokens.Count; k++)
        {
            if (view.Word(k) is not ("visit" or "stay" or "trip" or "tour"))
            {
                continue;
            }

            var first = PhraseStart(view, k);
            // The verbs and days of a stay ("ended a two-day visit", "the second day of a visit") only for a visit naming no place:
            // "paid a state visit to Ulaanbaatar" is the lexicon's, whose visitor it reads.
            if (first < 0 || (Cue(view, first) ?? (NamesItsPlace(view, k) ? null : StayCue(view, first))) is not { } cue)
            {
                continue;
            }

            // "met X in Rome on Friday on her first trip abroad": read after the clause's day only when an act stands before it
            // ("agreed on Monday on a visit next year" tells none).
            if (AfterTheDay(view, first) && !ActBefore(view, events, first))
            {
                continue;
            }

            var visitor = Visitor(view, events, first, k);
            if (visitor is not { } v)
            {
                continue;
            }

            // "ended a two-day official visit on Tuesday" under a dateline: with no place in the sentence, the context's host.
            var host = Host(view, k, first) ?? (NamesItsPlace(view, k) ? null : ContextVisitHosts.Host(view, context, v.Code));
            if (host is null || host == v.Code || HasVisit(events, v.Code, host) || (result is not null && HasVisit(result, v.Code, host))
                || EarlierVisit(context, v.Code, host))
            {
                continue;
            }

            var date = Day(view, events, first, k, v.Code) ?? carried;
            if (date is { Precision: DatePrecision.Day, IsSpan: false } day && Length(view, first, k) is var length and > 1)
            {
                // "on the second day of a three-day visit": the stay began the day before the clause's day.
                var nth = cue == 0 ? DayOfStay(view, first) : 0;
                date = cue != 0 ? Span(day.Earliest, length, cue > 0)
                    : nth > 0 && nth <= length ? Span(day.Earliest.AddDays(1 - nth), length, true) : date;
            }

            (result ??= []).Add(new EventMention(v, new ActorRef(host, null), s_visit, date, view.Start, view.End, view.SentenceText,
                view.Tokens[k].Start, view.Tokens[k].End, Entry, view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
        }

        return result ?? [];
    }

    // "his planned visit", "a return visit": phrase-words.tsv, unheld-visit-modifier.
    private static readonly WordSet s_unheldModifiers = PhraseGrammar.Words.Lookup("unheld-visit-modifier");

    // "arrived", "landed": phrase-words.tsv, arrival-verb.
    private static readonly WordSet s_arrivalVerbs = PhraseGrammar.Words.Lookup("arrival-verb");

    // "a brief state visit", "his first official visit": phrase-words.tsv, visit-noun-opener.
    private static readonly WordSet s_openers = PhraseGrammar.Words.Lookup("visit-noun-opener");

    // The first token of the noun phrase ("a three-day state visit", "his first visit"), -1 when a possessor, a plan or a return
    // is in it ("Putin's visit" is read by the lexicon; "his planned visit" did not happen yet).
    private static int PhraseStart(SentenceView view, int noun)
    {
        var j = noun - 1;
        // "on her first trip abroad": the possessive pronoun is read as a mention (often of the last person named, not the
        // visitor), but it opens a phrase naming no place like an article; the visitor is found from the act, as for "a".
        // "during his visit to Ulaanbaatar" is the lexicon's, which reads the pronoun as the visitor.
        var pronounOpens = !NamesItsPlace(view, noun);
        while (j >= 0 && (view.MentionAt[j] < 0 || (pronounOpens && view.Word(j) is "his" or "her" or "their")))
        {
            var w = view.Word(j);
            if (s_unheldModifiers.Contains(w))
            {
                return -1;
            }

            if (s_openers.Contains(w) || PhraseGrammar.IsNounModifier(w))
            {
                j--;
                continue;
            }

            break;
        }

        // "a three-day visit", "his first trip": "the visit" names one told before, which is not another event.
        return (j >= 0 && view.MentionAt[j] >= 0) || j + 1 >= noun || view.Word(j + 1) is not ("a" or "an" or "his" or "her" or "their") ? -1 : j + 1;
    }

    // What the word before the phrase says of the clause's day: 0 it falls in the visit ("during", "on"), -1 it is the visit's last
    // ("at the end of", "after", "wrapping up"), 1 its first ("at the start of", "arrived … for"); null for no cue.
    private static int? Cue(SentenceView view, int first)
    {
        if (first == 0)
        {
            return null;
        }

        var w = view.Word(first - 1);
        if (w is "during" or "During")
        {
            return 0;
        }

        if (w is "on" or "On")
        {
            // "is on a state visit", "On her first trip abroad, …", ", on a visit …", "met X in Rome on Friday on her first trip
            // abroad" (the clause's day right before): not "agreed on a visit".
            return first - 1 == 0 || view.Word(first - 2) is "," || Inflection.IsFiniteBe(view.Word(first - 2)) || view.TimeAt[first - 2] >= 0 ? 0 : null;
        }

        if (w is "after" or "After")
        {
            return -1;
        }

        if (w is "up" && first >= 2 && view.Word(first - 2) is "wrapping" or "wrapped" or "winding" or "wound")
        {
            return -1;
        }

        if (w is "concluding" or "ending" or "completing" or "closing")
        {
            return -1;
        }

        if (w is "of" && first >= 2)
        {
            var head = view.Word(first - 2);
            if (head is "day")
            {
                // "on the second day of a four-day visit to India": a day in it, whether or not the noun names its place.
                return first >= 3 && view.Word(first - 3) is "last" or "final" ? -1 : DayOfStay(view, first) > 0 ? 0 : null;
            }

            return head is "end" or "close" or "conclusion" or "last" ? -1 : head is "start" or "beginning" or "outset" or "first" ? 1 : null;
        }

        if (w is "for")
        {
            for (var j = first - 2; j >= 0 && j >= first - Reach && view.Word(j) is not ("," or ";"); j--)
            {
                if (s_arrivalVerbs.Contains(view.Word(j)))
                {
                    return 1;
                }
            }
        }

        return null;
    }

    // "on Friday on her first trip": the phrase's "on" follows the clause's day.
    private static bool AfterTheDay(SentenceView view, int first) =>
        first >= 2 && view.Word(first - 1) is "on" && view.TimeAt[first - 2] >= 0;

    // An act between two parties coded in this sentence before the phrase.
    private static bool ActBefore(SentenceView view, List<EventMention> events, int first)
    {
        foreach (var e in events)
        {
            if (e.SentenceStart == view.Start && e.Source.Code != e.Target.Code && e.PhraseEnd <= view.Tokens[first].Start)
            {
                return true;
            }
        }

        return false;
    }

    // "ended a visit", "began a visit", "is paying a visit": phrase-words.tsv, visit-ending-verb, visit-opening-verb, visit-holding-verb.
    private static readonly WordSet s_endingVerbs = PhraseGrammar.Words.Lookup("visit-ending-verb");

    private static readonly WordSet s_openingVerbs = PhraseGrammar.Words.Lookup("visit-opening-verb");

    private static readonly WordSet s_holdingVerbs = PhraseGrammar.Words.Lookup("visit-holding-verb");

    // A visit with no place: "ended a two-day official visit" (its last day), "began a state visit" (its first), "is paying a visit"
    // and "the second day of a three-day visit" (a day in it); "the last day of a visit" ends it.
    private static int? StayCue(SentenceView view, int first)
    {
        if (first == 0)
        {
            return null;
        }

        var w = view.Word(first - 1);
        if (s_endingVerbs.Contains(w))
        {
            return -1;
        }

        if (s_openingVerbs.Contains(w))
        {
            return 1;
        }

        if (s_holdingVerbs.Contains(w))
        {
            return 0;
        }

        if (first >= 3 && w is "of" && view.Word(first - 2) is "day")
        {
            return view.Word(first - 3) is "last" ? -1 : DayOfStay(view, first) > 0 ? 0 : null;
        }

        return null;
    }

    // "on the second day of a three-day visit": the ordinal before "day of", 0 when none is told.
    private static int DayOfStay(SentenceView view, int first) =>
        first >= 3 && view.Word(first - 1) is "of" && view.Word(first - 2) is "day" ? NumberWords.Ordinals.NumberOf(view.Word(first - 3)) : 0;

    // "a visit to …", "a tour of …", "a stay in …", "a stay there": the noun names its own place, found or not.
    private static bool NamesItsPlace(SentenceView view, int noun) =>
        noun + 1 < view.Tokens.Count && view.Word(noun + 1) is "to" or "of" or "in" or "there";

    // "X, who arrived …": the actor the relative clause hangs on; else the author of the sentence's act nearest the noun.
    private static ActorRef? Visitor(SentenceView view, List<EventMention> events, int first, int noun)
    {
        for (var j = first - 1; j >= 2 && j >= first - Reach; j--)
        {
            if (view.Word(j) is "," or ";")
            {
                break;
            }

            if (view.Word(j) is "who" && view.Word(j - 1) is ",")
            {
                return view.MentionAt[j - 2] >= 0 && view.Found[view.MentionAt[j - 2]] is { IsPlace: false, IsWeak: false, Codes.Count: 1 } m
                    ? new ActorRef(m.Code, m.Role) : null;
            }
        }

        // The act the visit's adjunct hangs on stands before it ("met … on Sunday during a state visit"), or after it when the
        // adjunct opens the sentence ("During his visit, X met …"): an act after a mid-sentence adjunct is another clause's.
        EventMention? nearest = null;
        var at = view.Tokens[noun].Start;
        var opens = first == 0 || (first == 1 && view.Word(0) is "During" or "On" or "After");
        foreach (var e in events)
        {
            if (e.SentenceStart == view.Start && e.Source.Code != e.Target.Code && (opens ? e.PhraseStart > at : e.PhraseEnd <= at)
                && (nearest is null || Math.Abs(e.PhraseStart - at) < Math.Abs(nearest.PhraseStart - at)))
            {
                nearest = e;
            }
        }

        if (nearest is not null)
        {
            return nearest.Source;
        }

        // "Khan announced the decision in Havana at the end of a three-day visit": no act coded, the clause's subject.
        // With no act coded, a clause that may, will, plans to or did not do something tells no visit done.
        for (var j = 0; j < noun; j++)
        {
            var w = view.Word(j);
            if (ModalityCues.ModalLookup.Contains(w) || ModalityCues.NegationLookup.Contains(w) || ModalityCues.PlanLookup.Contains(w)
                || ModalityCues.FutureLookup.Contains(w) || ModalityCues.SentenceWideLookup.Contains(w) || ModalityCues.UnrealisedLookup.Contains(w))
            {
                return null;
            }
        }

        return !opens && SubjectFinder.FirstClauseSubject(view, first) is { IsPlace: false, IsWeak: false, Codes.Count: 1 } subject
            ? new ActorRef(subject.Code, subject.Role) : null;
    }

    private static string? Host(SentenceView view, int noun, int first)
    {
        // "a tour of Chile", "his stay in Rome", "a visit to Seoul": the place the noun names; "a stay there": the last place before it.
        if (noun + 1 < view.Tokens.Count)
        {
            var after = view.Word(noun + 1);
            if (after is "to" or "of" or "in")
            {
                var target = PhraseGrammar.SkipArticles(view, noun + 2);
                return target < view.Tokens.Count && view.MentionAt[target] >= 0 && view.Found[view.MentionAt[target]] is { IsPlace: true, Codes.Count: 1 } m ? m.Code : null;
            }

            if (after is "there")
            {
                return PlaceBefore(view, first, "in", "from", "to", "at");
            }
        }

        // "left Ulaanbaatar on Wednesday at the end of a four-day visit": the place left is the one visited.
        if (PlaceBefore(view, first, "in", "left") is { } before)
        {
            return before;
        }

        if (first == 0 || (first == 1 && view.Word(0) is "During" or "On" or "After"))
        {
            for (var j = noun + 1; j + 1 < view.Tokens.Count; j++)
            {
                if (view.Word(j) is "in" && view.MentionAt[j + 1] >= 0 && view.Found[view.MentionAt[j + 1]] is { IsPlace: true, Codes.Count: 1 } p)
                {
                    return p.Code;
                }
            }
        }

        return null;
    }

    // The nearest actor before the phrase that follows one of the prepositions ("in Havana", "from Japan").
    private static string? PlaceBefore(SentenceView view, int first, params string[] prepositions)
    {
        for (var j = first - 1; j >= 1; j--)
        {
            if (view.MentionAt[j] >= 0 && view.Found[view.MentionAt[j]] is { Codes.Count: 1 } m && m.First == j && Array.IndexOf(prepositions, view.Word(j - 1).ToString()) >= 0)
            {
                return m.IsPlace || view.Word(j - 1) is not "in" ? m.Code : null;
            }
        }

        return null;
    }

    // The time right after the noun ("on an official visit from October 10 to 13"), else the nearest before it in the clause,
    // else the date of the visitor's act in the sentence.
    private static FuzzyDate? Day(SentenceView view, List<EventMention> events, int first, int noun, string visitor)
    {
        for (var j = noun + 1; j < view.Tokens.Count && j <= noun + 2; j++)
        {
            if (view.TimeAt[j] >= 0)
            {
                return view.Times[view.TimeAt[j]].Value;
            }
        }

        for (var j = first - 1; j >= 0 && j >= first - Reach; j--)
        {
            if (view.TimeAt[j] >= 0)
            {
                return view.Times[view.TimeAt[j]].Value;
            }
        }

        foreach (var e in events)
        {
            if (e.SentenceStart == view.Start && e.Source.Code == visitor && e.Date is not null)
            {
                return e.Date;
            }
        }

        return null;
    }

    // "a three-day visit", "a week-long visit": the stay's length in days, 0 when not told.
    private static int Length(SentenceView view, int first, int noun)
    {
        for (var j = first; j < noun; j++)
        {
            if (StayLength.Of(view.Word(j)) is var days and > 0)
            {
                return days;
            }
        }

        return 0;
    }

    private static FuzzyDate? Span(DateOnly day, int length, bool begins)
    {
        var (a, b) = begins ? ((long)day.DayNumber, (long)day.DayNumber + length - 1) : ((long)day.DayNumber - length + 1, (long)day.DayNumber);
        return a < DateOnly.MinValue.DayNumber || b > DateOnly.MaxValue.DayNumber ? null
            : FuzzyDate.Between(FuzzyDate.OfDay(DateOnly.FromDayNumber((int)a)), FuzzyDate.OfDay(DateOnly.FromDayNumber((int)b)));
    }

    private static bool HasVisit(IReadOnlyList<EventMention> events, string visitor, string host)
    {
        foreach (var e in events)
        {
            if (e.Source.Code == visitor && e.Target.Code == host && e.Cameo.Value.StartsWith("042", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EarlierVisit(MentionContext context, string visitor, string host)
    {
        foreach (var sentence in context.EarlierEvents)
        {
            if (HasVisit(sentence, visitor, host))
            {
                return true;
            }
        }

        return false;
    }
}
