using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Putin is in Shanghai for a two-day summit of the CICA", "arrived in Astana for the SCO summit": a trip to a city for an
/// organisation's meeting is attendance of that meeting (042 to the organisation), and no visit to the host state, as the
/// corpora code a summit attended.
/// </summary>
internal static class SummitTrips
{
    /// <summary>How far after "for" the meeting's noun may stand.</summary>
    public const int Reach = 8;

    /// <summary>The organisation whose meeting the trip is for, or null.</summary>
    public static ActorMention? Organisation(SentenceView view, CodedPhrase phrase)
    {
        var trigger = phrase.Trigger;
        if (trigger.Passive || !phrase.Cameo.IsIn(CameoCode.MakeVisit))
        {
            return null;
        }

        var end = Math.Min(view.Tokens.Count, phrase.WindowEnd);
        var k = trigger.End;
        while (k < end && view.Word(k) is not ("for" or "," or ";" or "." or "and"))
        {
            k++;
        }

        if (k >= end || view.Word(k) is not "for")
        {
            return null;
        }

        for (var j = k + 1; j < Math.Min(end, k + 1 + Reach); j++)
        {
            if (view.Word(j) is "," or ";" or ".")
            {
                return null;
            }

            if (!IsMeeting(view.Word(j)))
            {
                continue;
            }

            // "for the SCO summit": the organisation before the noun; "for a summit of the CICA": after "of (the)".
            for (var b = k + 1; b < j; b++)
            {
                if (view.MentionOf(b) is { } before && IsOrganisation(before))
                {
                    return before;
                }
            }

            var after = j + 1 < end && view.Word(j + 1) is "of" ? (j + 2 < end && view.Word(j + 2) is "the" ? j + 3 : j + 2) : -1;
            return after >= 0 && after < end && view.MentionOf(after) is { } of && IsOrganisation(of) ? of : null;
        }

        return null;
    }

    private static bool IsMeeting(ReadOnlySpan<char> w) => s_meetingNouns.Contains(w);

    // phrase-words.tsv, summit-trip-meeting.
    private static readonly WordSet s_meetingNouns = PhraseGrammar.Words.Lookup("summit-trip-meeting");

    private static bool IsOrganisation(ActorMention m) => m.Codes.Count == 1 && ReferenceData.Default.FindOrganisation(m.Code) is not null;
}
