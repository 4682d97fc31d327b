using Orkhon.Domain;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Modi received Sri Lanka's president in New Delhi on Monday. India also offered a credit line.": a second act of the same
/// party told with no one it is aimed at goes to the partner of that party's last interaction (a meeting, a call, a visit or a
/// hosting, root 04). Only a cooperative act that needs a partner (roots 03, 05–07, and appeals for cooperation or aid, 021–023)
/// takes one, only with one subject, only after an interaction of two parties (not a summit of many), only when the subject's
/// latest act in this sentence or the <see cref="ExtractionOptions.ActAuthorSentences"/> before it is that
/// interaction (any later act with another party, or a hostile act, ends it), only when the sentence names no other party, and
/// never for an act dated apart from the interaction ("In 2019, Japan also pledged…"). <see cref="VisitFollowUps"/> reads the
/// visitor's acts first.
/// </summary>
internal static class PartnerFollowUps
{
    /// <summary>The subject with the partner of its last interaction, or empty when the rule does not apply.</summary>
    public static List<ActorPair> Pairs(SentenceView view, CodedPhrase phrase, FuzzyDate? date, List<EventMention> events, MentionContext context)
    {
        var (trigger, subject, cameo) = (phrase.Trigger, phrase.Subject, phrase.Cameo);
        if (!(cameo.RootNumber is 3 or 5 or 6 or 7 || AsksForCooperation(cameo)) || trigger.Passive || trigger.Entry.IsNoun || subject.Count != 1 || subject[0].IsPlace)
        {
            return [];
        }

        var code = subject[0].Code;
        // "India also offered Nepal a loan", "Chinese media said Japan also pledged…": a sentence that names another party, even in
        // passing, tells its own story.
        if (view.Found.Exists(m => !m.IsPlace && m.Codes.Any(c => c != code)))
        {
            return [];
        }

        if (LastActOf(code, view, events, context) is not { } last || !last.Cameo.IsIn(CameoCode.Consult) || MediatedParties.IsMediation(last.Cameo)
            || !OfTwo(last, view, events, context))
        {
            return [];
        }

        var partner = last.Source.Code == code ? last.Target : last.Source;
        // A summit attended (042 to an organisation) has no host to act with, as in VisitFollowUps.
        if (last.Cameo.IsIn(CameoCode.MakeVisit) && Knowledge.ReferenceData.Default.FindOrganisation(partner.Code) is not null)
        {
            return [];
        }

        if (date is { } own && last.Date is { } met && !own.Overlaps(met))
        {
            return [];
        }

        var mention = new ActorMention(trigger.First, trigger.First, [partner.Code], partner.Role, MentionKind.Coreference, false, false);
        return [new ActorPair(subject[0], mention, null)];
    }

    // "He also asked for more help": an appeal for cooperation or aid (021–023) is made to someone, the partner just met; an appeal
    // for a change of policy or a ceasefire (024–028) is most often aimed at third parties.
    private static bool AsksForCooperation(CameoCode cameo) =>
        cameo.Value.StartsWith("021", StringComparison.Ordinal) || cameo.Value.StartsWith("022", StringComparison.Ordinal)
        || cameo.Value.StartsWith("023", StringComparison.Ordinal);

    // Whether the phrase that told the interaction had two parties: a meeting of five leaders gives none of them one partner.
    private static bool OfTwo(EventMention last, SentenceView view, List<EventMention> events, MentionContext context)
    {
        var told = last.SentenceStart == view.Start ? events : context.EarlierEvents.LastOrDefault(s => s.Contains(last)) ?? [];
        var parties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in told)
        {
            if (e.SentenceStart == last.SentenceStart && e.PhraseStart == last.PhraseStart)
            {
                parties.Add(e.Source.Code);
                parties.Add(e.Target.Code);
            }
        }

        return parties.Count == 2;
    }

    // The latest act with the party on either side and someone else on the other: earlier in this sentence, else in the sentences before.
    private static EventMention? LastActOf(string code, SentenceView view, List<EventMention> events, MentionContext context)
    {
        bool Involves(EventMention e) => e.Source.Code != e.Target.Code && (e.Source.Code == code || e.Target.Code == code);
        var last = events.FindLast(e => e.SentenceStart == view.Start && Involves(e));
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count - 1; last is null && s >= Math.Max(0, earlier.Count - view.Options.ActAuthorSentences); s--)
        {
            last = earlier[s].LastOrDefault(Involves);
        }

        return last;
    }
}
