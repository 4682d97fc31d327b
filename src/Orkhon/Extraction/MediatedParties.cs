using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// Mediation (CAMEO 045) is between parties, and news most often names them in the act mediated, not after the mediating
/// verb: "Russia and Ukraine swapped prisoners in a deal brokered by the UAE", "Russia returned the children after mediation
/// by Qatar", "a swap mediated by Qatar". When the mediating phrase names no party of its own, the parties are the other
/// states and organisations its sentence names, each one's adjective or place included ("Ukrainian children", "held in the
/// United States"); the mediators themselves are none of them.
/// </summary>
internal static class MediatedParties
{
    // "An offer of mediation", "a request for mediation": the noun names what is offered or asked for, not a mediation that
    // took place (the offer or the request is coded by its own row).
    private static bool IsSought(SentenceView view, Trigger trigger)
    {
        if (!trigger.Entry.IsNoun)
        {
            return false;
        }

        var k = trigger.First - 1;
        while (k >= 0 && Determiners.IsArticleOrPossessive(view.Word(k)))
        {
            k--;
        }

        return k >= 0 && view.Word(k) is "of" or "for";
    }

    /// <summary>Whether a phrase of this code mediates between others.</summary>
    public static bool IsMediation(CodedPhrase phrase) => IsMediation(phrase.Cameo);

    /// <summary>Whether a code is mediation's own (not an offer of it, 039, or a demand for it, 108).</summary>
    public static bool IsMediation(CameoCode cameo) => cameo.Value == "045";

    /// <summary>
    /// One pair from each mediator to each party of the sentence, parties in text order and counted once; empty when the
    /// sentence names no other party. At most <paramref name="most"/> parties are paired (a list longer than that is a
    /// conference, not the sides of a deal).
    /// </summary>
    public static List<ActorPair> Pairs(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> mediators, IReadOnlyList<ActorMention> between, int most)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(mediators);
        ArgumentNullException.ThrowIfNull(between);
        var pairs = new List<ActorPair>();
        if (mediators.Count == 0 || IsSought(view, trigger))
        {
            return pairs;
        }

        var theirs = mediators.SelectMany(m => m.Codes).ToHashSet(StringComparer.Ordinal);
        var parties = new List<ActorMention>();
        // "welcomed the truce brokered by Qatar between Israel and Hamas": the sides named after "between" are the parties, not
        // whoever welcomed it.
        var named = between.Count >= 2 && !between.Any(b => theirs.Contains(b.Code)) ? between : view.Found;
        foreach (var m in named)
        {
            // "brokered the deal with the help of American envoys": a mediator's companion is no side of the deal.
            if (m.Codes.Count == 1 && !theirs.Contains(m.Code) && !parties.Exists(p => p.Code == m.Code) && !mediators.Contains(m)
                && !Companions.IsCompanion(view, m.First, 0))
            {
                parties.Add(m);
            }
        }

        if (parties.Count > most)
        {
            return pairs;
        }

        foreach (var mediator in mediators)
        {
            foreach (var party in parties)
            {
                pairs.Add(new ActorPair(mediator, party, null));
            }
        }

        return pairs;
    }
}
