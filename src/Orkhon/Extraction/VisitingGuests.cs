using Orkhon.Domain;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Xi Jinping met the visiting Mongolian president", "held talks with visiting Prime Minister Khurelsukh": the guest the
/// adjective "visiting" names is on a visit to the host who meets or receives them, so the sentence also tells the guest's
/// visit (042) to the host's state, on the meeting's date. Nothing when no meeting with that guest was coded, and nothing
/// beside a hosting ("hosted the visiting minister": the hosting tells the visit, as the corpora code it) or beside the guest's
/// visit the document tells in so many words ("… arrived on Wednesday for a three-day visit").
/// </summary>
internal static class VisitingGuests
{
    private static readonly CameoCode s_visit = CameoCode.Parse("042");

    private const string Entry = "visit-visiting-guest";

    /// <summary>The document's events without a guest's visit read from "visiting" where the document tells that visit itself.</summary>
    public static List<EventMention> WithoutToldVisits(List<EventMention> events)
    {
        var told = new HashSet<(string, string)>();
        foreach (var e in events)
        {
            if (e.LexiconEntry != Entry && e.Cameo.Value.StartsWith("042", StringComparison.Ordinal))
            {
                told.Add((e.Source.Code, e.Target.Code));
            }
        }

        return told.Count == 0 || !events.Exists(e => e.LexiconEntry == Entry)
            ? events
            : events.FindAll(e => e.LexiconEntry != Entry || !told.Contains((e.Source.Code, e.Target.Code)));
    }

    /// <summary>The visits the sentence's "visiting" guests make, after its own events were coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events)
    {
        // Every event this stage makes has an actor mention of the sentence for a party: a sentence with none (most) is not scanned.
        if (view.Found.Count == 0)
        {
            return [];
        }

        var result = new List<EventMention>();
        for (var k = 0; k + 1 < view.Tokens.Count; k++)
        {
            if (view.Word(k) is not "visiting" || view.MentionAt[k + 1] < 0 || view.Found[view.MentionAt[k + 1]] is not { IsPlace: false, IsWeak: false, Codes.Count: 1 } guest
                || IsParticiple(view, k, guest))
            {
                continue;
            }

            var meeting = MeetingWith(events, view.Start, guest.Code);
            if (meeting is null || HasVisit(events, guest.Code, meeting.Source.Code) || HasSource(result, guest.Code))
            {
                continue;
            }

            result.Add(meeting with
            {
                Source = new ActorRef(guest.Code, guest.Role),
                Target = new ActorRef(meeting.Source.Code, null),
                Cameo = s_visit,
                PhraseStart = view.Tokens[k].Start,
                PhraseEnd = view.Tokens[k].End,
                LexiconEntry = Entry,
            });
        }

        return result;
    }

    // "Kim, visiting Moscow, met Putin", "Lavrov is visiting Beijing": after a comma or an auxiliary, or before a bare state or
    // capital, "visiting" is the verb of a visit and the name after it is where the visitor went, not a guest.
    private static bool IsParticiple(SentenceView view, int k, ActorMention after) =>
        (k > 0 && (view.Word(k - 1) is "," || PhraseGrammar.IsAuxiliary(view.Word(k - 1))))
        || after.Kind == MentionKind.Capital || (after.Kind == MentionKind.Name && after.Role is null && after.NamesAState);

    // The three tests below are loops rather than lambdas in the loop above: a lambda's closure is allocated on entering the
    // scope of the variables it captures, there at every token.

    // The first meeting (04, not a visit or hosting) of the sentence whose target is the guest and whose source is not.
    private static EventMention? MeetingWith(List<EventMention> events, int sentenceStart, string guest)
    {
        foreach (var e in events)
        {
            if (e.SentenceStart == sentenceStart && e.Target.Code == guest && e.Source.Code != guest && e.Cameo.RootNumber == 4
                && e.Cameo.Value is not ("042" or "043"))
            {
                return e;
            }
        }

        return null;
    }

    // Whether a visit (042…) of the guest to the host is coded already.
    private static bool HasVisit(List<EventMention> events, string guest, string host)
    {
        foreach (var e in events)
        {
            if (e.Source.Code == guest && e.Target.Code == host && e.Cameo.Value.StartsWith("042", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSource(List<EventMention> events, string source)
    {
        foreach (var e in events)
        {
            if (e.Source.Code == source)
            {
                return true;
            }
        }

        return false;
    }
}
