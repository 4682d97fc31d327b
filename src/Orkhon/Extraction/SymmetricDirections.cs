using Orkhon.Domain;

namespace Orkhon.Extraction;

/// <summary>
/// "The presidents of Kyrgyzstan and Tajikistan signed a treaty on Thursday. … Rahmon, on a state visit, signed the accord with
/// Japarov": one joint act (a meeting, a call, negotiations, a signing) told again in a later sentence from the other side's point of view keeps the
/// direction it was first told in, so that the document codes it once (the corpus convention: the first-mentioned party is the
/// source) and every later sentence stays its evidence. Only a repeat with the same code, the same parties in the same roles and
/// dates that agree is turned: an act of another day, or of other officials of the two states (the president's meeting, then
/// the prime minister's), is another act. A party told as its state ("Mongolia and Russia signed a treaty") stands in for any of
/// its officials ("Battulga and Putin signed the treaty after talks"): news names the states first and the signers after.
/// </summary>
internal static class SymmetricDirections
{
    /// <summary>
    /// How many earlier tellings of one act in one direction a reversed repeat is compared with, newest first: a document that
    /// tells the same meeting hundreds of times must not cost the square of that.
    /// </summary>
    public const int RetoldActReach = 32;

    /// <summary>The events in their order, each reversed repeat of an earlier symmetric act turned to that act's direction.</summary>
    public static List<EventMention> AsFirstTold(List<EventMention> events)
    {
        // The joint acts told so far, as they stand after turning, by code, source and target: one look-up per event keeps the
        // pass linear in the document.
        Dictionary<(string Cameo, string Source, string Target), List<EventMention>>? told = null;
        for (var k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (!IsJoint(e.Cameo) || e.Source.Code == e.Target.Code)
            {
                continue;
            }

            told ??= [];
            if (told.TryGetValue((e.Cameo.Value, e.Target.Code, e.Source.Code), out var reversed) && HasEarlierTelling(reversed, e))
            {
                e = e with { Source = e.Target, Target = e.Source };
                events[k] = e;
            }

            var key = (e.Cameo.Value, e.Source.Code, e.Target.Code);
            if (!told.TryGetValue(key, out var same))
            {
                told[key] = same = [];
            }

            same.Add(e);
        }

        return events;
    }

    // Whether an earlier telling of the act, reversed, by the same parties, in another sentence and at a time that agrees,
    // stands among the newest few.
    private static bool HasEarlierTelling(List<EventMention> tellings, EventMention e)
    {
        for (var j = tellings.Count - 1; j >= 0 && j >= tellings.Count - RetoldActReach; j--)
        {
            var told = tellings[j];
            if (told.SentenceStart != e.SentenceStart && SameTime(told.Date, e.Date)
                && SameParty(told.Source, e.Target) && SameParty(told.Target, e.Source))
            {
                return true;
            }
        }

        return false;
    }

    // Acts two parties do together, whoever the sentence names first: consulting, calling, negotiating (040, 041, 046) and
    // signing (057). A visit, a welcome or praise inside those roots has a direction of its own, and a strike answered the same
    // day ("Israel struck Iran, hours after Iran fired missiles at Israel") is two acts.
    private static bool IsJoint(CameoCode cameo) => cameo.Value is "040" or "041" or "046" or "057";

    // The same role, or one side told as the state itself: two different officials of a state are two parties.
    private static bool SameParty(ActorRef told, ActorRef again) => told.Role == again.Role || told.Role is null || again.Role is null;

    // Both undated, or dates that overlap ("2025-03" and "2025-03-13").
    private static bool SameTime(FuzzyDate? a, FuzzyDate? b) => (a, b) switch
    {
        (null, null) => true,
        ({ } x, { } y) => x.Overlaps(y),
        _ => false,
    };
}
