using Orkhon.Domain;

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
        var result = new List<EventMention>();
        for (var k = 0; k + 1 < view.Tokens.Count; k++)
        {
            if (view.Word(k) is not "visiting" || view.MentionAt[k + 1] < 0 || view.Found[view.MentionAt[k + 1]] is not { IsPlace: false, IsWeak: false, Codes.Count: 1 } guest)
            {
                continue;
            }

            var meeting = events.Find(e => e.SentenceStart == view.Start && e.Target.Code == guest.Code && e.Source.Code != guest.Code
                && e.Cameo.RootNumber == 4 && e.Cameo.Value is not ("042" or "043"));
            if (meeting is null || events.Exists(e => e.Source.Code == guest.Code && e.Target.Code == meeting.Source.Code && e.Cameo.Value.StartsWith("042", StringComparison.Ordinal))
                || result.Exists(e => e.Source.Code == guest.Code))
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
}
