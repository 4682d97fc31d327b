using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A clause attributed after it to analysts or commentators ("Britain could freeze the assets if talks fail, analysts said",
/// "Moscow may expel the envoy, according to commentators"): what they say is speculation, not a reported act, as a clause after
/// "analysts said" is (the sentence-wide cue). Only lower-case words may stand between the comma and the speaker ("…, some
/// analysts said"). Found once per sentence (<see cref="ActModalities"/>): a long sentence must not cost its square.
/// </summary>
internal static class TrailingSpeculation
{
    private static readonly WordSet s_reportingVerbs = ClauseView.Words.Lookup("reporting");

    // "…, some analysts said": the speaker's own modifiers.
    private const int ModifierReach = 2;

    /// <summary>
    /// Where the last attribution to a speculator opens (its comma, or "according"), or -1: every phrase before it is
    /// speculation.
    /// </summary>
    public static int LastAttribution(SentenceView view)
    {
        var tokens = view.Tokens;
        for (var k = tokens.Count - 1; k > 0; k--)
        {
            if (!ModalityCues.SpeculatorLookup.Contains(view.Word(k)))
            {
                continue;
            }

            if (k + 1 < tokens.Count && (s_reportingVerbs.Contains(view.Word(k + 1)) || ModalityCues.OpinionLookup.Contains(view.Word(k + 1)))
                && AttributionComma(view, k) is >= 0 and var comma)
            {
                return comma;
            }

            if (k >= 2 && view.Word(k - 1) is "to" && view.Word(k - 2) is "according" or "According")
            {
                return k - 2;
            }
        }

        return -1;
    }

    // The comma before the speaker, with at most two lower-case words between; -1 when there is none.
    private static int AttributionComma(SentenceView view, int speaker)
    {
        for (var k = speaker - 1; k >= 0 && k >= speaker - 1 - ModifierReach; k--)
        {
            var w = view.Word(k);
            if (w is ",")
            {
                return k;
            }

            if (w.Length == 0 || !char.IsLower(w[0]))
            {
                return -1;
            }
        }

        return -1;
    }
}
