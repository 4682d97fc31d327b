using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "A and B held talks at a summit in Paris hosted by Macron and attended by Merkel": a meeting noun with a reduced passive
/// "hosted by" names the host, whose 043 goes to each party of the meeting the sentence told before it and to each guest named
/// after "attended by" (the corpus convention for summits without an organisation code). The same holds for ", hosted by C"
/// right after the clause that told the meeting ("A and B met at a palace in Riyadh, hosted by C").
/// </summary>
internal static class SummitHosts
{
    // Words between the meeting noun and "hosted": its place ("a summit in Paris hosted by…").
    private const int NounReach = 4;

    /// <summary>The host's pairs, or none when the phrase is no "hosted by" on a meeting the same sentence reported.</summary>
    public static List<ActorPair> Pairs(SentenceView view, CodedPhrase phrase, List<EventMention> events)
    {
        var trigger = phrase.Trigger;
        var by = trigger.End;
        if (!trigger.Passive || trigger.Entry.IsNoun || phrase.Cameo.Value is not "043" || by + 1 >= view.Tokens.Count || view.Word(by) is not "by"
            || !AfterMeetingNoun(view, trigger.First))
        {
            return [];
        }

        var hostAt = view.Word(by + 1) is "the" ? by + 2 : by + 1;
        if (hostAt >= view.Tokens.Count || view.MentionAt[hostAt] < 0 || view.Found[view.MentionAt[hostAt]] is not { IsPlace: false, IsWeak: false } host)
        {
            return [];
        }

        // The parties of a meeting coded earlier in this sentence, as the sentence names them before the noun.
        var parties = events.Where(e => e.SentenceStart == view.Start && e.Cameo.RootNumber == 4 && e.PhraseEnd <= view.Tokens[trigger.First].Start)
            .SelectMany(e => new[] { e.Source.Code, e.Target.Code }).ToHashSet(StringComparer.Ordinal);
        var pairs = new List<ActorPair>();
        foreach (var code in parties.Where(c => c != host.Code))
        {
            if (view.Found.LastOrDefault(m => m.Code == code && m.Last < trigger.First && !m.IsPlace && !m.IsWeak) is { } party)
            {
                pairs.Add(new ActorPair(host, party, null));
            }
        }

        if (pairs.Count == 0)
        {
            return pairs;
        }

        // "… and attended by Merkel (and Rutte)": the guests named after the host.
        for (var k = host.Last + 1; k + 2 < view.Tokens.Count; k++)
        {
            if (view.Word(k) is "," or ";")
            {
                break;
            }

            if (view.Word(k) is "attended" && view.Word(k + 1) is "by")
            {
                var guest = view.MentionAt[k + 2] >= 0 ? view.Found[view.MentionAt[k + 2]] : null;
                while (guest is { IsPlace: false, IsWeak: false } && guest.Code != host.Code)
                {
                    pairs.Add(new ActorPair(host, guest, null));
                    guest = SubjectFinder.NextCoordinated(view, guest.Last);
                }

                break;
            }
        }

        return pairs;
    }

    private static bool AfterMeetingNoun(SentenceView view, int participle)
    {
        for (var k = participle - 1; k >= 0 && k >= participle - NounReach; k--)
        {
            if (view.Word(k) is "summit" or "summits" or "talks" or "meeting" or "conference" or "forum" or "gathering" or "negotiations")
            {
                return true;
            }

            // "A and B met for two hours at a palace, hosted by C": a participle right after the comma closing the meeting's
            // clause hosts that meeting (the caller still requires a meeting coded before it in the sentence).
            if (view.Word(k) is "," or ";")
            {
                return k == participle - 1 && view.Word(k) is ",";
            }
        }

        return false;
    }
}
