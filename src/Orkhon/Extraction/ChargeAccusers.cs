using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Belarus' defence ministry said on Tuesday that Polish helicopters had violated its airspace, a claim Warsaw initially
/// denied": a denial of a charge (016, <see cref="GoverningFrames"/>) answers the one who made the charge. When the sentence
/// codes no accusation of the denier, that is the speaker of the reporting verb the sentence opens with ("X said … that").
/// </summary>
internal static class ChargeAccusers
{
    /// <summary>The speaker whose claim the denial answers, or null when no reporting clause before the denial has one.</summary>
    public static ActorMention? Accuser(SentenceView view, CodedPhrase denial) =>
        ReportingSpeakers.First(view, denial.Trigger.First) is var (_, speaker) && !denial.Subject.Any(d => d.Code == speaker.Code) ? speaker : null;
}
