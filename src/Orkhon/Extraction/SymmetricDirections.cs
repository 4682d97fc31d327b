using Orkhon.Domain;

namespace Orkhon.Extraction;

/// <summary>
/// "The presidents of Kyrgyzstan and Tajikistan signed a treaty on Thursday. … Rahmon, on a state visit, signed the accord with
/// Japarov": one joint act (a meeting, a call, negotiations, a signing) told again in a later sentence from the other side's point of view keeps the
/// direction it was first told in, so that the document codes it once (the corpus convention: the first-mentioned party is the
/// source) and every later sentence stays its evidence. Only a repeat with the same code, the same parties in the same roles and
/// dates that agree is turned: an act of another day, or of other officials of the two states (the president's meeting, then
/// the prime minister's), is another act.
/// </summary>
internal static class SymmetricDirections
{
    /// <summary>The events in their order, each reversed repeat of an earlier symmetric act turned to that act's direction.</summary>
    public static List<EventMention> AsFirstTold(List<EventMention> events)
    {
        for (var k = 1; k < events.Count; k++)
        {
            var e = events[k];
            if (!IsJoint(e.Cameo) || e.Source.Code == e.Target.Code)
            {
                continue;
            }

            for (var j = 0; j < k; j++)
            {
                var first = events[j];
                if (first.SentenceStart != e.SentenceStart && first.Cameo == e.Cameo && first.Source == e.Target && first.Target == e.Source && SameTime(first.Date, e.Date))
                {
                    events[k] = e with { Source = e.Target, Target = e.Source };
                    break;
                }
            }
        }

        return events;
    }

    // Acts two parties do together, whoever the sentence names first: consulting, calling, negotiating (040, 041, 046) and
    // signing (057). A visit, a welcome or praise inside those roots has a direction of its own, and a strike answered the same
    // day ("Israel struck Iran, hours after Iran fired missiles at Israel") is two acts.
    private static bool IsJoint(CameoCode cameo) => cameo.Value is "040" or "041" or "046" or "057";

    // Both undated, or dates that overlap ("2025-03" and "2025-03-13").
    private static bool SameTime(FuzzyDate? a, FuzzyDate? b) => (a, b) switch
    {
        (null, null) => true,
        ({ } x, { } y) => x.Overlaps(y),
        _ => false,
    };
}
