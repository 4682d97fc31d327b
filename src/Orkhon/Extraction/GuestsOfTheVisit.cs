using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Mirziyoyev arrived in Dushanbe on Friday … Rahmon greeted his guest at the airport": a host who welcomes "his guest" or
/// "the visitors" hosts the visitor of the last visit to the host's state, told in this sentence or up to
/// <see cref="ExtractionOptions.ActAuthorSentences"/> sentences before. With no such visit, "his guest" is the one person
/// <c>PossessedPartners</c> read it as (the other party of the host's last joint act); nothing when neither was told.
/// </summary>
internal static class GuestsOfTheVisit
{
    /// <summary>The subject hosting the last visitor to its state, or empty when the rule does not apply.</summary>
    public static List<ActorPair> Pairs(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        if (trigger.Passive || trigger.Entry.IsNoun || subject.Count != 1 || !phrase.Cameo.IsIn(CameoCode.HostVisit) || !NamesTheGuest(view, trigger))
        {
            return [];
        }

        var host = subject[0].Code;
        bool VisitTo(EventMention e) => e.Cameo.IsIn(CameoCode.MakeVisit) && e.Target.Code == host && e.Source.Code != host;
        var visit = events.FindLast(VisitTo);
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count - 1; visit is null && s >= Math.Max(0, earlier.Count - view.Options.ActAuthorSentences); s--)
        {
            visit = earlier[s].LastOrDefault(VisitTo);
        }

        // "Khurelsukh held talks with Berdimuhamedov in Ashgabat … Berdimuhamedov welcomed his guest": with no visit coded, the
        // guest the words name (PossessedPartners: the other party of the host's last meeting).
        if (visit is null)
        {
            var noun = GuestNoun(view, trigger);
            return view.MentionAt[noun] >= 0 && view.Found[view.MentionAt[noun]] is { Kind: MentionKind.Coreference, Codes.Count: 1 } named && named.Code != host
                ? [new ActorPair(subject[0], named, null)]
                : [];
        }

        var guest = new ActorMention(trigger.End, trigger.End, [visit.Source.Code], visit.Source.Role, MentionKind.Coreference, false, false);
        return [new ActorPair(subject[0], guest, null)];
    }

    // "greeted his guest", "welcomed the visitors": the guest noun ends the phrase or directly follows the verb.
    private static bool NamesTheGuest(SentenceView view, Trigger trigger)
    {
        var k = GuestNoun(view, trigger);
        return k < view.Tokens.Count && view.Word(k) is "guest" or "guests" or "visitor" or "visitors";
    }

    // Where the guest noun stands: the phrase's last word, or the word after the verb past a determiner.
    private static int GuestNoun(SentenceView view, Trigger trigger)
    {
        var k = trigger.End - 1 > trigger.First ? trigger.End - 1 : trigger.End;
        if (k == trigger.End && k < view.Tokens.Count && (view.Word(k) is "the" || Determiners.IsPossessivePronoun(view.Word(k))))
        {
            k++;
        }

        return k;
    }
}
