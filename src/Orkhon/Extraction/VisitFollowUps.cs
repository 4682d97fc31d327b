using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
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
        if (cameo.RootNumber is < 3 or > 7 || cameo.IsIn(CameoCode.MakeVisit) || cameo.IsIn(CameoCode.HostVisit))
        {
            return [];
        }

        if (trigger.Passive)
        {
            return PassivePairs(view, phrase, LastVisit(view, events, context));
        }

        if (subject.Count == 0 || LastVisit(view, events, context) is not { } visit || subject.Any(s => s.Code != visit.Source.Code))
        {
            return [];
        }

        var host = new ActorMention(trigger.First, trigger.First, [visit.Target.Code], visit.Target.Role, MentionKind.Coreference, false, false);
        return subject.Select(s => new ActorPair(s, host, null)).ToList();
    }

    // The last visit told: earlier in this sentence ("arrived in Hanoi on Monday and signed…"), else in the sentences before.
    private static EventMention? LastVisit(SentenceView view, List<EventMention> events, MentionContext context)
    {
        var visit = events.FindLast(IsVisit);
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count - 1; visit is null && s >= Math.Max(0, earlier.Count - view.Options.ActAuthorSentences); s--)
        {
            visit = earlier[s].LastOrDefault(IsVisit);
        }

        return visit is null || visit.Source.Code == visit.Target.Code ? null : visit;
    }

    /// <summary>
    /// "Indonesia's president visited Canberra. A defence pact was signed during the visit.", "Talks with his Azerbaijani
    /// counterpart were held behind closed doors.": a joint act (roots 04–06) told in the passive with no agent is the visitor's,
    /// with the party the clause names (never the visitor's own state), else with the host.
    /// </summary>
    private static List<ActorPair> PassivePairs(SentenceView view, CodedPhrase phrase, EventMention? visit)
    {
        var trigger = phrase.Trigger;
        if (visit is null || phrase.Cameo.RootNumber is < 4 or > 6 || HasAgent(view, trigger.End, phrase.WindowEnd))
        {
            return [];
        }

        // The clause opens after the last comma or semicolon, looked for within a bounded reach so a long sentence stays linear.
        var clauseStart = trigger.First;
        var reachStart = Math.Max(0, trigger.First - view.Options.PassiveClauseReachBack);
        while (clauseStart > reachStart && view.Word(clauseStart - 1) is not ("," or ";"))
        {
            clauseStart--;
        }

        // "his" in "talks with his Azerbaijani counterpart" is the visitor pointed back at, not a party the clause names.
        var named = view.Found.Where(m => !m.IsPlace && !m.IsWeak && m.Codes.Count == 1 && m.First >= clauseStart && m.Last < phrase.WindowEnd
            && !(m.Kind == MentionKind.Coreference && m.First == m.Last && Determiners.IsPossessivePronounMaybeCapitalised(view.Word(m.First)))).ToList();
        if (named.Any(m => m.Code == visit.Source.Code) || named.Select(m => m.Code).Distinct().Count() > 1)
        {
            // A clause that names the visitor's own side, or two other parties, tells its own story.
            return [];
        }

        var partner = named.Count == 1 ? named[0] : new ActorMention(trigger.First, trigger.First, [visit.Target.Code], visit.Target.Role, MentionKind.Coreference, false, false);
        var visitor = new ActorMention(trigger.First, trigger.First, [visit.Source.Code], visit.Source.Role, MentionKind.Coreference, false, false);
        return [new ActorPair(visitor, partner, null)];
    }

    private static bool HasAgent(SentenceView view, int from, int windowEnd)
    {
        for (var k = from; k < Math.Min(windowEnd, view.Tokens.Count); k++)
        {
            if (view.Word(k) is "by")
            {
                return true;
            }
        }

        return false;
    }

    // A summit attended (042 to an organisation) has no host to act with: "Putin is in Shanghai for the CICA summit. Gazprom
    // will build a pipeline" is no intent towards the CICA.
    private static bool IsVisit(EventMention e) => e.Cameo.IsIn(CameoCode.MakeVisit) && Knowledge.ReferenceData.Default.FindOrganisation(e.Target.Code) is null;
}
