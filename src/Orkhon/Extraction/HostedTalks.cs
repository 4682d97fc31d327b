using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;

namespace Orkhon.Extraction;

/// <summary>
/// "Malaysia's prime minister hosted talks between the Cambodian and Thai leaders": talks a third party hosts are a meeting of
/// the parties named after "between", held where neither of them is at home (CAMEO 044, "meet at third location"), beside the
/// host's 043 to each of them (the corpora's convention for hosted talks). Every two guests meet once, the earlier-named as
/// source, as for any symmetric act. Only hosting told as done gives the meeting: an offer or a plan to host talks is coded
/// as the offer (039) or the plan, and the guests have not met.
/// </summary>
internal static class HostedTalks
{
    /// <summary>The code of the guests' meeting.</summary>
    public static readonly CameoCode Meeting = CameoCode.Parse("044");

    /// <summary>The pairs of guests who met at the talks the phrase hosts, or none when the phrase hosts no talks between parties.</summary>
    public static List<ActorPair> Guests(SentenceView view, CodedPhrase phrase, List<ActorPair> hostPairs, int mostParties)
    {
        var trigger = phrase.Trigger;
        if (trigger.Entry.Frame != EventFrame.Host || phrase.Cameo.Value is not "043" || hostPairs.Count < 2 || view.Word(trigger.End - 1) is not "between")
        {
            return [];
        }

        var guests = hostPairs.Select(p => p.Target).DistinctBy(t => t.Code).Where(t => !hostPairs.Exists(p => p.Source.Code == t.Code)).ToList();
        var pairs = new List<ActorPair>();
        // A list too long to be one meeting is left as the host's alone (ExtractionOptions.JointActParties).
        if (guests.Count > mostParties)
        {
            return pairs;
        }

        for (var i = 0; i < guests.Count; i++)
        {
            for (var j = i + 1; j < guests.Count; j++)
            {
                pairs.Add(new ActorPair(guests[i], guests[j], null));
            }
        }

        return pairs;
    }
}
