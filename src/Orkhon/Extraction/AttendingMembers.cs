using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Leaders of the Organization of Turkic States gathered in Astana on 3 November, with Erdogan and Aliyev among those
/// present", "BRICS leaders met in Kazan, with Lula, Xi and Modi attending": the parties of an absolute clause of attendance
/// after a gathering of an organisation attended it, as "attended the summit" would say (042 → the organisation). The
/// gathering is one the sentence names before the clause ("the SCO summit", "a summit of the OTS", "NATO leaders gathered");
/// the date is the last time phrase before the clause, else the sentence's.
/// </summary>
internal static class AttendingMembers
{
    private static readonly CameoCode s_attend = CameoCode.MakeVisit;

    /// <summary>The attendance events of the sentence; none that the sentence's own events already code.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events, FuzzyDate? sentenceDate)
    {
        var result = new List<EventMention>();
        if (AbsoluteClauses.Find(view, 1, view.Tokens.Count) is not var (opens, parties, kind) || kind != AbsoluteClauses.Kind.Attendance)
        {
            return result;
        }

        var organisation = CrossSentenceLinks.GatheringBefore(view, opens) ?? GatheredOrganisation(view, opens);
        if (organisation is null)
        {
            return result;
        }

        FuzzyDate? date = sentenceDate;
        for (var k = opens - 1; k >= 0; k--)
        {
            if (view.TimeAt[k] >= 0)
            {
                date = view.Times[view.TimeAt[k]].Value;
                break;
            }
        }

        var tokens = view.Tokens;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var party in parties)
        {
            if (party.Codes.Count != 1 || party.Code == organisation || !seen.Add(party.Code)
                || events.Exists(e => e.Source.Code == party.Code && e.Target.Code == organisation && e.Cameo.IsIn(s_attend)))
            {
                continue;
            }

            result.Add(new EventMention(new ActorRef(party.Code, party.Role), new ActorRef(organisation, null), s_attend, date, view.Start, view.End,
                view.SentenceText, tokens[opens].Start, tokens[party.Last].End, "attend-absolute-clause",
                view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
        }

        return result;
    }

    // "Leaders of the Organization of Turkic States gathered", "SCO heads of state convened": an organisation, then within a few
    // words and no other actor a verb of coming together.
    private static string? GatheredOrganisation(SentenceView view, int end)
    {
        string? last = null;
        for (var k = 0; k < end; k++)
        {
            if (view.MentionAt[k] < 0)
            {
                continue;
            }

            var m = view.Found[view.MentionAt[k]];
            k = m.Last;
            if (m.IsPlace || m.IsWeak || m.Kind == MentionKind.Coreference || m.Codes.Count != 1 || ReferenceData.Default.FindOrganisation(m.Code) is null)
            {
                continue;
            }

            var reach = Math.Min(end, m.Last + 1 + view.Options.GatheringWordReach);
            for (var j = m.Last + 1; j < reach && view.MentionAt[j] < 0 && view.Word(j) is not ("." or ";" or ","); j++)
            {
                if (view.Word(j) is "gathered" or "convened" or "assembled" or "met")
                {
                    last = m.Code;
                    break;
                }
            }
        }

        return last;
    }
}
