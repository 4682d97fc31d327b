using Orkhon.Text;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// The speaker of a verb of saying that opens a sentence's reported clause: "Belarus' defence ministry said on Tuesday that …",
/// "China's foreign minister warned …". Read by <see cref="ChargeAccusers"/>, <see cref="ConsequenceThreats"/> and
/// <see cref="ReportedBlame"/>, which also take the reported clause's first actor from here.
/// </summary>
internal static class ReportingSpeakers
{
    // Words between the speaker's name and its verb ("Belarus' defence ministry said": 3).
    private const int SpeakerReach = 4;

    /// <summary>The first verb of saying before token <paramref name="before"/> and the state actor speaking it, or null.</summary>
    public static (int Verb, ActorMention Speaker)? First(SentenceView view, int before)
    {
        var (found, mentionAt) = (view.Found, view.MentionAt);
        for (var r = 1; r < before; r++)
        {
            if (mentionAt[r] >= 0 || !(ClauseView.IsReportingWord(view.Word(r)) || view.Word(r) is "warned" or "warns"))
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

            return mentionAt[s] >= 0 && found[mentionAt[s]] is { IsPlace: false, IsWeak: false } speaker && speaker.Codes.Count == 1 ? (r, speaker) : null;
        }

        return null;
    }

    /// <summary>
    /// The first actor of the reported clause, a single party that is no place, right after the verb of saying and before
    /// token <paramref name="before"/>; only time words and <paramref name="fillers"/> ("that", "on") may stand between.
    /// </summary>
    public static ActorMention? ReportedSubject(SentenceView view, int verb, int before, WordSet fillers)
    {
        var p = verb + 1;
        while (p < before && view.MentionAt[p] < 0 && (view.TimeAt[p] >= 0 || fillers.Contains(view.Word(p))))
        {
            p++;
        }

        return p < before && view.MentionAt[p] >= 0 && view.Found[view.MentionAt[p]] is { IsPlace: false } subject && subject.Codes.Count == 1
            ? subject
            : null;
    }
}
