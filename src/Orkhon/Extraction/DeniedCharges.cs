using Orkhon.Domain;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// Whom a denial with no one named answers (016: "Russia has denied any involvement.", "The Kremlin rejected the accusation.",
/// "Damascus denied using poison gas."): those who last accused or criticised the denier (root 11) in this sentence or a few
/// before, all of them when several did together; else, when no such act was coded, the speaker (else the first actor) of the
/// sentence before when that sentence names the denier ("May said Moscow was culpable … Russia has denied any involvement", "Kerry said the evidence
/// pointed to Assad's forces. Damascus denied using poison gas"). A denial answers a charge, not the last act of any kind
/// against the denier (an appeal, a summons), which <see cref="CrossSentenceLinks.ReactionTarget"/> would take otherwise.
/// </summary>
internal static class DeniedCharges
{
    /// <summary>The code of a denial: every stage that codes or reads one takes it from here.</summary>
    public static readonly CameoCode Denial = CameoCode.Parse("016");

    public static bool IsDenial(CodedPhrase phrase) => phrase.Cameo == Denial;

    /// <summary>The accusers as one mention over the denier's span, or null when none is found.</summary>
    public static ActorMention? Accusers(ActorMention denier, List<EventMention> events, MentionContext context, int sentences)
    {
        var code = denier.Code;
        var chargers = Chargers(code, events, context, sentences);
        if (chargers.Count > 0)
        {
            var codes = chargers.ConvertAll(c => c.Code);
            return new ActorMention(denier.First, denier.Last, codes, chargers.Count == 1 ? chargers[0].Role : null, MentionKind.Coreference, false, false);
        }

        // An uncoded charge told in the sentence before: its speaker, else its first actor, when that sentence names the denier.
        var previous = context.PreviousSentence;
        if (previous.Any(m => m.Codes.Contains(code))
            && (context.PreviousSpeaker ?? previous.FirstOrDefault(m => !m.IsPlace)) is { } speaker && !speaker.Codes.Contains(code) && !speaker.IsPlace)
        {
            return new ActorMention(denier.First, denier.Last, [speaker.Code], speaker.Role, MentionKind.Coreference, false, false);
        }

        var parties = DeedParties(code, events, context, sentences);
        return parties.Count == 0 ? null
            : new ActorMention(denier.First, denier.Last, parties.ConvertAll(c => c.Code), parties.Count == 1 ? parties[0].Role : null, MentionKind.Coreference, false, false);
    }

    /// <summary>
    /// The other parties of the hostile deeds (roots 15–20: a show of force, a cut in ties, coercion, assault, fighting) told of or
    /// against <paramref name="code"/> in the nearest sentence telling one, this one's <paramref name="events"/> first, then up to
    /// <paramref name="sentences"/> before; each party once. A denial that names no charge answers the report of such a deed: the
    /// party it was done to ("denied that its customs had stopped the shipments") or the one that did it for the charge behind it
    /// ("froze the company's accounts … The company denied any wrongdoing"). Words (an appeal, a threat) are no deed.
    /// </summary>
    public static List<ActorRef> DeedParties(string code, List<EventMention> events, MentionContext context, int sentences)
    {
        var parties = new List<ActorRef>();
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count; parties.Count == 0 && s >= Math.Max(0, earlier.Count - sentences); s--)
        {
            foreach (var e in s == earlier.Count ? events : earlier[s])
            {
                if (e.Cameo.RootNumber < 15 || e.Source.Code == e.Target.Code)
                {
                    continue;
                }

                ActorRef? other = e.Source.Code == code ? e.Target : e.Target.Code == code ? e.Source : null;
                if (other is { } party && !parties.Exists(a => a.Code == party.Code))
                {
                    parties.Add(party);
                }
            }
        }

        return parties;
    }

    /// <summary>
    /// Every party that accused, criticised or protested against <paramref name="code"/> (root 11) in the nearest sentence telling
    /// such an act: this one's <paramref name="events"/>, else up to <paramref name="sentences"/> before; each party once, in the
    /// order they acted.
    /// </summary>
    public static List<ActorRef> Chargers(string code, List<EventMention> events, MentionContext context, int sentences)
    {
        var chargers = new List<ActorRef>();
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count; chargers.Count == 0 && s >= Math.Max(0, earlier.Count - sentences); s--)
        {
            foreach (var e in s == earlier.Count ? events : earlier[s])
            {
                if (e.Cameo.RootNumber == 11 && e.Target.Code == code && e.Source.Code != code && !chargers.Exists(a => a.Code == e.Source.Code))
                {
                    chargers.Add(e.Source);
                }
            }
        }

        return chargers;
    }
}
