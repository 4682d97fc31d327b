using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A clause attributed after it to analysts or commentators ("Britain could freeze the assets if talks fail, analysts said",
/// "Moscow may expel the envoy, according to commentators"): what they say is speculation, not a reported act, as a clause after
/// "analysts said" is (the sentence-wide cue). Only lower-case words may stand between the comma and the speaker ("…, some
/// analysts said").
/// </summary>
internal static class TrailingSpeculation
{
    private static readonly WordSet s_reportingVerbs = ClauseView.Words.Lookup("reporting");

    // "…, some analysts said": the speaker's own modifiers.
    private const int ModifierReach = 2;

    public static bool IsSpeculation(SentenceView view, Trigger trigger)
    {
        var tokens = view.Tokens;
        for (var k = trigger.End; k < tokens.Count; k++)
        {
            if (!ModalityCues.SpeculatorLookup.Contains(view.Word(k)))
            {
                continue;
            }

            if (k + 1 < tokens.Count && (s_reportingVerbs.Contains(view.Word(k + 1)) || ModalityCues.OpinionLookup.Contains(view.Word(k + 1)))
                && OpensAttribution(view, k, trigger.End))
            {
                return true;
            }

            if (k >= 2 && view.Word(k - 1) is "to" && view.Word(k - 2) is "according" or "According")
            {
                return true;
            }
        }

        return false;
    }

    // A comma, then at most two lower-case words, then the speaker.
    private static bool OpensAttribution(SentenceView view, int speaker, int from)
    {
        for (var k = speaker - 1; k >= from && k >= speaker - 1 - ModifierReach; k--)
        {
            var w = view.Word(k);
            if (w is ",")
            {
                return true;
            }

            if (w.Length == 0 || !char.IsLower(w[0]))
            {
                return false;
            }
        }

        return false;
    }
}
