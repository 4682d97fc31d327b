using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Belarus' defence ministry said on Tuesday that Polish helicopters had violated its airspace, a claim Warsaw initially
/// denied": a denial of a charge (016, <see cref="GoverningFrames"/>) answers the one who made the charge. When the sentence
/// codes no accusation of the denier, that is the speaker of the reporting verb the sentence opens with ("X said … that").
/// </summary>
internal static class ChargeAccusers
{
    // Words between the speaker's name and its verb ("Belarus' defence ministry said": 3).
    private const int SpeakerReach = 4;

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_reporting = ClauseView.Words.Lookup("reporting");

    /// <summary>The speaker whose claim the denial answers, or null when no reporting clause before the denial has one.</summary>
    public static ActorMention? Accuser(SentenceView view, CodedPhrase denial)
    {
        var (found, mentionAt) = (view.Found, view.MentionAt);
        for (var r = 1; r < denial.Trigger.First; r++)
        {
            if (mentionAt[r] >= 0 || !s_reporting.Contains(view.Word(r)))
            {
                continue;
            }

            // The speaker stands before the verb, a few words of its office or an auxiliary between: "Belarus' defence ministry
            // said", "Tehran has said".
            var s = r - 1;
            while (s > 0 && r - s <= SpeakerReach && mentionAt[s] < 0 && view.Word(s) is not ("," or "." or ";" or ":" or "that" or "and"))
            {
                s--;
            }

            if (mentionAt[s] < 0 || found[mentionAt[s]] is not { IsPlace: false, IsWeak: false } speaker || speaker.Codes.Count != 1
                || denial.Subject.Any(d => d.Code == speaker.Code))
            {
                return null;
            }

            return speaker;
        }

        return null;
    }
}
