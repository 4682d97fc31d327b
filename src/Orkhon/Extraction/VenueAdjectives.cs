using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A nationality adjective before a venue's kind, after "in the" or "at the", says where an act happens, not with whom:
/// "Japanese and North Korean officials held talks in the Mongolian capital", "Armenia and Azerbaijan met at the Kazakh
/// resort of Burabay", "Russia and Ukraine held talks in the Turkish city of Istanbul". A meeting's partner is never that
/// venue's state; a visit's destination still is ("flew to the Mongolian capital"), so only symmetric acts read it.
/// The kinds are data (<c>data/lexicon/phrase-words.tsv</c>, class venue-noun).
/// </summary>
internal static class VenueAdjectives
{
    private static readonly WordSet s_venues = PhraseGrammar.Words.Lookup("venue-noun");

    /// <summary>Whether <paramref name="mention"/> is a nationality adjective naming the venue of the act, as in "in the Mongolian capital".</summary>
    public static bool IsVenue(SentenceView view, ActorMention mention) =>
        mention is { Kind: MentionKind.Adjective, IsWeak: true }
            && mention.First >= 2 && mention.Last + 1 < view.Tokens.Count
            && view.Word(mention.First - 1) is "the" && view.Word(mention.First - 2) is "in" or "at" or "In" or "At"
            && s_venues.Contains(view.Word(mention.Last + 1));
}
