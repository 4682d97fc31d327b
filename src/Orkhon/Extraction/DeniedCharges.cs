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
    /// <summary>How many sentences back a charge may stand from its denial.</summary>
    public const int ChargeSentences = 3;

    public static bool IsDenial(CodedPhrase phrase) => phrase.Cameo.Value == "016";

    /// <summary>The accusers as one mention over the denier's span, or null when none is found.</summary>
    public static ActorMention? Accusers(ActorMention denier, List<EventMention> events, MentionContext context)
    {
        var code = denier.Code;
        bool Charge(EventMention e) => e.Cameo.RootNumber == 11 && e.Target.Code == code && e.Source.Code != code;
        var charges = events.Where(Charge).ToList();
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count - 1; charges.Count == 0 && s >= Math.Max(0, earlier.Count - ChargeSentences); s--)
        {
            charges = earlier[s].Where(Charge).ToList();
        }

        if (charges.Count > 0)
        {
            var accusers = charges.Select(c => c.Source.Code).Distinct(StringComparer.Ordinal).ToList();
            return new ActorMention(denier.First, denier.Last, accusers, accusers.Count == 1 ? charges[0].Source.Role : null, MentionKind.Coreference, false, false);
        }

        // An uncoded charge told in the sentence before: its speaker, else its first actor, when that sentence names the denier.
        var previous = context.PreviousSentence;
        if (previous.Any(m => m.Codes.Contains(code))
            && (context.PreviousSpeaker ?? previous.FirstOrDefault(m => !m.IsPlace)) is { } speaker && !speaker.Codes.Contains(code) && !speaker.IsPlace)
        {
            return new ActorMention(denier.First, denier.Last, [speaker.Code], speaker.Role, MentionKind.Coreference, false, false);
        }

        return null;
    }
}
