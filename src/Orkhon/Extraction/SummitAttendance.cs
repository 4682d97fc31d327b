using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Lexicon;
using Orkhon.Knowledge;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Leaders of the BRICS gathered in Johannesburg for a summit, with Lula, Xi and Modi attending", "… with Erdogan and Aliyev
/// among those present": members named in a "with" clause as attending are each at the gathering, 042 to its organisation
/// (named before in the sentence, else the one whose gathering the sentences before named) or, for a summit with no
/// organisation code, to the state it met in. Dated by the gathering's span, else by the sentence's date.
/// </summary>
internal static class SummitAttendance
{
    private static readonly CameoCode s_attend = CameoCode.Parse("042");

    // How far after "among" the participle may stand ("are among more than 50 delegations attending").
    private const int AmongReach = 7;

    // How far before "attended by" the gathering noun may stand ("a summit in Paris hosted by French President Emmanuel Macron").
    private const int GatheringReach = 14;

    private static readonly WordSet s_attendance = PhraseGrammar.Words.Lookup("attendance");

    /// <summary>The attendances the sentence tells this way, after its own events were coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events, MentionContext context, FuzzyDate? date)
    {
        // Every event this stage makes has an actor mention of the sentence for a party: a sentence with none (most) is not scanned.
        if (view.Found.Count == 0)
        {
            return [];
        }

        var result = new List<EventMention>();
        WithAttending(view, events, context, date, result);
        AttendedBy(view, events, context, date, result);
        AmongAttending(view, events, context, date, result);
        return result;
    }

    // "…, with Lula, Xi and Modi attending", "with Erdogan and Aliyev among those present".
    private static void WithAttending(SentenceView view, List<EventMention> events, MentionContext context, FuzzyDate? date, List<EventMention> result)
    {
        for (var k = 1; k + 2 < view.Tokens.Count; k++)
        {
            if (view.Word(k) is not "with" || Attendees(view, k + 1) is not { Count: > 0 } attendees)
            {
                continue;
            }

            var said = AttendanceWord(view, attendees[^1].Last + 1);
            if (said >= 0 && Gathering(view, k, context) is { } gathering)
            {
                Add(view, events, attendees, gathering, date, (k, said), "attend-with-attending", result);
            }
        }
    }

    // "a summit in Paris hosted by Macron and attended by Merkel": the guests after "attended by" a gathering.
    private static void AttendedBy(SentenceView view, List<EventMention> events, MentionContext context, FuzzyDate? date, List<EventMention> result)
    {
        for (var k = 1; k + 2 < view.Tokens.Count; k++)
        {
            if (view.Word(k) is "attended" && view.Word(k + 1) is "by" && GatheringShortlyBefore(view, k)
                && Attendees(view, PhraseGrammar.SkipTitleOf(view, PhraseGrammar.SkipArticles(view, k + 2))) is { Count: > 0 } guests
                && (Gathering(view, k, context) ?? Host(view, events, k)) is { } gathering)
            {
                Add(view, events, guests, gathering, date, (k, k + 1), "attend-attended-by", result);
            }
        }
    }

    // "Li Keqiang, Shinzo Abe and Donald Tusk are among more than 50 delegations attending the Asia-Europe Meeting".
    private static void AmongAttending(SentenceView view, List<EventMention> events, MentionContext context, FuzzyDate? date, List<EventMention> result)
    {
        var tokens = view.Tokens;
        for (var k = 2; k + 2 < tokens.Count; k++)
        {
            if (view.Word(k) is not "among" || !Inflection.IsFiniteBe(view.Word(k - 1)) || ListBefore(view, k - 2) is not { Count: > 0 } attendees)
            {
                continue;
            }

            var said = -1;
            for (var j = k + 1; j < tokens.Count && j <= k + AmongReach && said < 0; j++)
            {
                if (view.Word(j) is "," or ";" or "." || view.MentionAt[j] >= 0)
                {
                    break;
                }

                said = s_attendance.Contains(view.Word(j)) && view.Word(j) is "attending" ? j : -1;
            }

            if (said >= 0 && (GatheringAfter(view, said + 1) ?? Gathering(view, k, context)) is { } gathering)
            {
                Add(view, events, attendees, gathering, date, (k, said), "attend-among-attending", result);
            }
        }
    }

    // Each attendee's 042 to the gathering, told by the words from told.First to told.Last, unless the sentence
    // already codes its meeting or visit there.
    private static void Add(SentenceView view, List<EventMention> events, List<ActorMention> attendees, ActorMention gathering, FuzzyDate? date,
        (int First, int Last) told, string rule, List<EventMention> result)
    {
        foreach (var a in OthersThan(attendees, gathering))
        {
            if (!AttendsAlready(events, a, gathering))
            {
                result.Add(new EventMention(new ActorRef(a.Code, a.Role), new ActorRef(gathering.Code, gathering.Role), s_attend, date, view.Start, view.End,
                    view.SentenceText, view.Tokens[told.First].Start, view.Tokens[told.Last].End, rule, view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
            }
        }
    }

    // The attendees other than the gathering itself, each once. This and the next are methods rather than lambdas in the loops
    // above: a lambda's closure is allocated on entering the scope of the variables it captures, there at every token.
    private static IEnumerable<ActorMention> OthersThan(List<ActorMention> attendees, ActorMention gathering) =>
        attendees.Where(a => a.Code != gathering.Code).DistinctBy(a => a.Code);

    // Whether the sentence already codes a meeting or visit (04) of the attendee with the gathering.
    private static bool AttendsAlready(List<EventMention> events, ActorMention attendee, ActorMention gathering)
    {
        foreach (var e in events)
        {
            if (e.Source.Code == attendee.Code && e.Target.Code == gathering.Code && e.Cameo.RootNumber == 4)
            {
                return true;
            }
        }

        return false;
    }

    // A gathering noun before the participle within its clause ("a summit in Paris hosted by Macron and attended by").
    private static bool GatheringShortlyBefore(SentenceView view, int participle)
    {
        for (var k = participle - 1; k >= 0 && k >= participle - GatheringReach; k--)
        {
            // "hosted the summit in Xi'an on Friday, attended by the presidents of …": a reduced relative after a comma still
            // tells of the gathering before it.
            if (k == participle - 1 && view.Word(k) is ",")
            {
                continue;
            }

            if (view.Word(k) is "," or ";" or ".")
            {
                return false;
            }

            if (IsGatheringWord(view.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    // The organisation right after "attending (the 11th)": "attending the 11th Asia-Europe Meeting".
    private static ActorMention? GatheringAfter(SentenceView view, int from)
    {
        for (var j = from; j < view.Tokens.Count && j < from + 3; j++)
        {
            if (view.MentionOf(j) is { } m)
            {
                return !m.IsPlace && !m.IsWeak && m.Codes.Count == 1 && ReferenceData.Default.FindOrganisation(m.Code) is not null ? m : null;
            }
        }

        return null;
    }

    // The actors listed up to token <paramref name="last"/>: "Chinese Premier Li Keqiang, Japanese Prime Minister Shinzo Abe and
    // European Council President Donald Tusk", read backwards over commas and "and".
    internal static List<ActorMention> ListBefore(SentenceView view, int last, bool statesAsPlaces = false)
    {
        var list = new List<ActorMention>();
        var k = last;
        while (k >= 0 && view.MentionOf(k) is { } m && list.Count < view.Options.JointActParties)
        {
            if ((m.IsPlace && !(statesAsPlaces && m.Kind == MentionKind.Name)) || m.IsWeak || m.Codes.Count != 1)
            {
                return [];
            }

            list.Insert(0, m);
            k = m.First - 1;
            // "China's Xi Jinping": the possessor is the person's own state.
            if (k >= 1 && view.Word(k).Equals("'s", StringComparison.OrdinalIgnoreCase) && view.MentionOf(k - 1) is { IsPossessive: true } owner)
            {
                k = owner.First - 1;
            }

            var linked = false;
            if (k >= 0 && view.Word(k) is "and")
            {
                k--;
                linked = true;
            }

            if (k >= 0 && view.Word(k) is ",")
            {
                k--;
                linked = true;
            }

            if (!linked)
            {
                break;
            }
        }

        return list;
    }

    // The actors listed after "with": "with Brazil's Lula, China's Xi and India's Modi" (a person after a possessor stands for
    // it), states and organisations only.
    private static List<ActorMention> Attendees(SentenceView view, int from)
    {
        var list = new List<ActorMention>();
        var j = from;
        while (j < view.Tokens.Count && view.MentionOf(j) is { } m)
        {
            j = m.Last + 1;
            if (j < view.Tokens.Count && view.Word(j).Equals("'s", StringComparison.OrdinalIgnoreCase))
            {
                j++;
            }

            if (m.IsPossessive && j < view.Tokens.Count && view.MentionAt[j] >= 0)
            {
                continue;
            }

            if (m.IsPlace || m.IsWeak || m.Codes.Count != 1)
            {
                return [];
            }

            list.Add(m);
            j = MultiPartyActs.SkipNameTail(view, j, view.Tokens.Count);
            if (j + 1 < view.Tokens.Count && view.Word(j) is "," && view.Word(j + 1) is "and")
            {
                j += 2;
            }
            else if (j < view.Tokens.Count && view.Word(j) is "," or "and")
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return list;
    }

    // The index of the word that says the listed were there ("attending", "present", "in attendance", "among those present"),
    // or -1.
    private static int AttendanceWord(SentenceView view, int at)
    {
        if (at < view.Tokens.Count && view.Word(at) is "in" && at + 1 < view.Tokens.Count && view.Word(at + 1) is "attendance")
        {
            return at + 1;
        }

        if (at + 2 < view.Tokens.Count && view.Word(at) is "among" && view.Word(at + 1) is "those" or "the")
        {
            at += 2;
        }

        return at < view.Tokens.Count && s_attendance.Contains(view.Word(at)) && view.Word(at) is not "attendance" ? at : -1;
    }

    // A gathering noun, also as the head of a name ("the first China-Central Asia Summit").
    private static bool IsGatheringWord(ReadOnlySpan<char> word) =>
        GatheringSpans.IsGathering(word) || (word.Length > 1 && char.IsUpper(word[0]) && GatheringSpans.IsGathering(word.ToString().ToLowerInvariant()));

    // "Xi hosted the summit in this ancient capital, attended by the presidents of …": with no place or organisation named, the
    // one host the sentence codes (043) before the participle stands for where the gathering met.
    private static ActorMention? Host(SentenceView view, List<EventMention> events, int participle)
    {
        var before = view.Tokens[participle].Start;
        var hosts = events.Where(e => e.Cameo.Value == "043" && e.SentenceStart == view.Start && e.PhraseEnd <= before).Select(e => e.Source).DistinctBy(a => a.Code).ToList();
        return hosts.Count == 1 ? new ActorMention(participle, participle, [hosts[0].Code], hosts[0].Role, MentionKind.Coreference, false, false) : null;
    }

    // The organisation named before "with" (never inside a time phrase), else the gathering the sentences before named, else the
    // state of the place the gathering was held in; a gathering word or an organisation must be told before "with".
    private static ActorMention? Gathering(SentenceView view, int with, MentionContext context)
    {
        var before = view.Found.Where(m => m.Last < with && !m.IsWeak && m.Codes.Count == 1 && m.Kind != MentionKind.Coreference).ToList();
        if (before.LastOrDefault(m => !m.IsPlace && ReferenceData.Default.FindOrganisation(m.Code) is not null) is { } organisation)
        {
            return organisation;
        }

        var noun = -1;
        for (var k = 0; k < with && noun < 0; k++)
        {
            if (IsGatheringWord(view.Word(k)))
            {
                noun = k;
            }
        }

        if (noun < 0)
        {
            return null;
        }

        // "the summit": the organisation whose gathering the sentences before named; "a summit in Paris": the state it met in.
        if (noun > 0 && view.Word(noun - 1) is "the" && context.LastGathering is { } code)
        {
            return new ActorMention(noun, noun, [code], null, MentionKind.Coreference, false, false);
        }

        var place = before.FirstOrDefault(m => m.IsPlace && m.First > noun && m.First <= noun + 2) ?? before.LastOrDefault(m => m.IsPlace);
        return place is null ? null : place with { IsPlace = false };
    }
}
