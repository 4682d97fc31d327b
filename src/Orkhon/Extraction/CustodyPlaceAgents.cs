using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Two Japanese nationals were detained in China on Monday", "a Mongolian official was arrested at London's Heathrow
/// airport": an arrest or detention (173) told in the passive with no agent after "by" was made by the state where it
/// happened, when that place follows the verb directly ("in|at", a time phrase may stand first). Only a place that names a
/// state's ground (a state, its capital, a province) counts; "was arrested in March", "detained in a raid" and "held in
/// custody" name none, and the same state on both sides ("an opposition leader was arrested in Moscow") is dropped later as
/// every domestic act is.
/// </summary>
internal static class CustodyPlaceAgents
{
    /// <summary>The state of the place right after the passive arrest verb ending at <paramref name="from"/>, as an agent, or null.</summary>
    public static ActorMention? After(SentenceView view, int from, int windowEnd)
    {
        var k = from;
        while (k < windowEnd && view.TimeAt[k] >= 0)
        {
            k++;
        }

        if (k >= windowEnd || view.Word(k) is not ("in" or "at"))
        {
            return null;
        }

        k++;
        if (k < windowEnd && Determiners.IsArticle(view.Word(k)))
        {
            k++;
        }

        if (k >= windowEnd || view.MentionOf(k) is not { IsPlace: true, NamesAState: true } place || place.First != k || place.Codes.Count != 1)
        {
            return null;
        }

        // The place stands for its state's authorities: an actor, not a place, on the agent's side of the pair.
        return place with { IsPlace = false, IsPossessive = false, Role = ActorRole.Police };
    }
}
