using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A place named as where a gathering met ("at a regional summit in Baku", "on the sidelines of a summit in Dushanbe", "at a
/// meeting with ASEAN leaders in Jakarta") is the gathering's venue, not the state an intent with no one named is addressed to:
/// "Erdogan promised more aid at a summit in Baku" tells no promise to Azerbaijan, nor "at a CIS summit" one to the CIS (a name
/// right before the meeting noun names the gathering). The place follows "in" (an article allowed),
/// with a noun of class <c>meeting-noun</c> of <c>data/lexicon/phrase-words.tsv</c> at most <see cref="NounReach"/> words before
/// "in" and no punctuation between. Switch: <see cref="ExtractionGuards.GatheringVenues"/>.
/// </summary>
internal static class GatheringVenues
{
    // Words from "in" back to the meeting noun: "summit in", "meeting with ASEAN leaders in".
    private const int NounReach = 4;

    private static readonly WordSet s_meetingNouns = PhraseGrammar.Words.Lookup("meeting-noun");

    /// <summary>Whether <paramref name="m"/> is a place named as a gathering's venue.</summary>
    public static bool IsVenue(SentenceView view, ActorMention m)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(m);
        // "on the sidelines of a CIS summit": the name before the meeting noun names the gathering, not an addressee.
        if (m.Last + 1 < view.Tokens.Count && s_meetingNouns.Contains(view.Word(m.Last + 1)))
        {
            return true;
        }

        if (!m.IsPlace)
        {
            return false;
        }

        var j = m.First - 1;
        while (j >= 0 && Determiners.IsArticle(view.Word(j)))
        {
            j--;
        }

        if (j < 1 || view.Word(j) is not "in")
        {
            return false;
        }

        for (var k = j - 1; k >= 0 && k >= j - NounReach; k--)
        {
            var w = view.Word(k);
            if (s_meetingNouns.Contains(w))
            {
                return true;
            }

            if (w is "," or ";" or "." or ":")
            {
                return false;
            }
        }

        return false;
    }
}
