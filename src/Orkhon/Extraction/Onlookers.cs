using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A party that only watched the act is no party to it: "Serbia and Kosovo signed the deal, with Borrell looking on",
/// "Thailand and Cambodia signed a ceasefire with Anwar and Trump watching". The absolute "with" clause names witnesses of a
/// ceremony, not the partner "signed with" or "met with" names; read as a partner, the witness took the place of the true
/// pair. Attendance words ("with Xi present", "in attendance") make a witness only of acts other than meetings, since a
/// meeting's attendees are its parties. Words in phrase-words.tsv (onlooker, onlooker-verb, onlooker-particle).
/// </summary>
internal static class Onlookers
{
    private static readonly WordSet s_onlookers = PhraseGrammar.Words.Lookup("onlooker");
    private static readonly WordSet s_onlookerVerbs = PhraseGrammar.Words.Lookup("onlooker-verb");
    private static readonly WordSet s_onlookerParticles = PhraseGrammar.Words.Lookup("onlooker-particle");

    /// <summary>
    /// Whether <paramref name="mention"/> stands in a "with … looking on" clause, alone or in a list, so that it only watched
    /// the act coded <paramref name="cameo"/>.
    /// </summary>
    public static bool IsOnlooker(SentenceView view, ActorMention mention, CameoCode cameo)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(mention);
        // A meeting's attendees are its parties: only for other acts does "present" or "in attendance" make a witness.
        var attendanceWatches = cameo.RootNumber != 4;
        return WithClauseLists.OpeningWith(view, mention.First) >= 0
            && IsWatchingWord(view, PastHeadNouns(view, WithClauseLists.ListEnd(view, mention.Last + 1), attendanceWatches), attendanceWatches);
    }

    // "with Russian observers watching", "with China's envoy looking on": the mention may be only the adjective or the owner of
    // the people who watch; a few lower-case words of their noun phrase may stand before the watching word.
    private static int PastHeadNouns(SentenceView view, int k, bool attendanceWatches)
    {
        const int longestHead = 2;
        for (var n = 0; n < longestHead && k + 1 < view.Tokens.Count && !IsWatchingWord(view, k, attendanceWatches); n++)
        {
            var w = view.Word(k);
            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word || w.Length == 0 || !char.IsLower(w[0]) || w is "and" or "or")
            {
                return k;
            }

            k++;
        }

        return k;
    }

    private static bool IsWatchingWord(SentenceView view, int k, bool attendanceWatches)
    {
        if (k >= view.Tokens.Count)
        {
            return false;
        }

        var w = view.Word(k);
        if (s_onlookers.Contains(w))
        {
            // "with India watching China's rise" watches a party, and says nothing of the act.
            return k + 1 >= view.Tokens.Count || view.MentionAt[k + 1] < 0;
        }

        if (s_onlookerVerbs.Contains(w))
        {
            return k + 1 < view.Tokens.Count && s_onlookerParticles.Contains(view.Word(k + 1));
        }

        if (!attendanceWatches)
        {
            return false;
        }

        // "with King Salman present", "with the emir in attendance"; not "with Xi attending", which SummitAttendance reads as
        // the listed being at the gathering.
        return (w is "in" && k + 1 < view.Tokens.Count && view.Word(k + 1) is "attendance") || w is "present";
    }
}
