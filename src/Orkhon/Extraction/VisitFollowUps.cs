using Orkhon.Domain;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Turkey's president arrived in Astana on Tuesday. He held talks with the foreign minister and signed an energy pact.":
/// what a visitor does on the trip with no partner named is done with the host. A cooperative act (roots 03–07: intents,
/// meetings, agreements, cooperation, aid) whose every subject is the visitor of the last coded visit, in its own sentence
/// or up to <see cref="ExtractionOptions.ActAuthorSentences"/> sentences before, and which found no target of its own, is
/// aimed at the visited party. A passive, a visit itself, or a subject who is not the visitor gives nothing.
/// </summary>
internal static class VisitFollowUps
{
    /// <summary>Each subject with the host of the last visit they made, or empty when the rule does not apply.</summary>
    public static List<ActorPair> Pairs(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context)
    {
        var (trigger, subject, cameo) = (phrase.Trigger, phrase.Subject, phrase.Cameo);
        if (trigger.Passive || subject.Count == 0 || cameo.RootNumber is < 3 or > 7 || cameo.IsIn(CameoCode.MakeVisit) || cameo.IsIn(CameoCode.HostVisit))
        {
            return [];
        }

        // The last visit told: earlier in this sentence ("arrived in Hanoi on Monday and signed…"), else in the sentences before.
        var visit = events.FindLast(IsVisit);
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count - 1; visit is null && s >= Math.Max(0, earlier.Count - view.Options.ActAuthorSentences); s--)
        {
            visit = earlier[s].LastOrDefault(IsVisit);
        }

        if (visit is null || visit.Source.Code == visit.Target.Code || subject.Any(s => s.Code != visit.Source.Code))
        {
            return [];
        }

        var host = new ActorMention(trigger.First, trigger.First, [visit.Target.Code], visit.Target.Role, MentionKind.Coreference, false, false);
        return subject.Select(s => new ActorPair(s, host, null)).ToList();
    }

    // A summit attended (042 to an organisation) has no host to act with: "Putin is in Shanghai for the CICA summit. Gazprom
    // will build a pipeline" is no intent towards the CICA.
    private static bool IsVisit(EventMention e) => e.Cameo.IsIn(CameoCode.MakeVisit) && Knowledge.ReferenceData.Default.FindOrganisation(e.Target.Code) is null;
}
