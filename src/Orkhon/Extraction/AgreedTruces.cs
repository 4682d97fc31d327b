using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Israel and Hamas agreed on Friday to pause fighting", "Armenia and Azerbaijan agreed to stop fighting along the border":
/// two or more parties that agree or pledge together to halt fighting have agreed a truce, coded 0871 as "agreed a ceasefire"
/// is, not an intent to de-escalate (0356). One party alone that agrees to halt its strikes stays an intent. The halting verbs
/// are data (<c>data/lexicon/modality-cues.tsv</c>, class truce).
/// </summary>
internal static class AgreedTruces
{
    /// <summary>
    /// Whether the bare intent at <paramref name="intent"/> ("agreed on Friday to", "pledged to"), said by
    /// <paramref name="subject"/>, governs <paramref name="act"/>, a de-escalation opened by a verb of halting.
    /// </summary>
    public static bool IsAgreedTruce(SentenceView view, Trigger intent, Trigger act, IReadOnlyList<ActorMention> subject)
    {
        if (act.Entry.IsNoun || act.Entry.Cameo.Value is not ("087" or "0871") || !ModalityCues.TruceLookup.Contains(view.Word(act.First)))
        {
            return false;
        }

        var verb = view.Word(intent.First);
        if (!ModalityCues.AgreementLookup.Contains(verb) && !ModalityCues.VowLookup.Contains(verb))
        {
            return false;
        }

        // A truce binds at least two sides: "the two sides", "Israel and Hamas".
        return subject.SelectMany(s => s.Codes).Distinct(StringComparer.Ordinal).Skip(1).Any();
    }
}
