using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Kyiv thanked Germany and the Netherlands for supplying air defence systems": thanks for a gift the -ing form after "for"
/// tells ("supplying", "sending", "providing") say that each party thanked gave the thanker that aid, on the thanks' date:
/// military aid (072) for weapons, humanitarian aid (073) for relief, else aid (070). Thanks for "support" or "help" tell no
/// act of their own (data/lexicon/phrase-words.tsv, classes thanked-giving, military-gift, relief-gift).
/// </summary>
internal static class ThankedGifts
{
    private static readonly WordSet s_giving = PhraseGrammar.Words.Lookup("thanked-giving");
    private static readonly WordSet s_military = PhraseGrammar.Words.Lookup("military-gift");
    private static readonly WordSet s_relief = PhraseGrammar.Words.Lookup("relief-gift");

    // From the verb to "for", past the list of parties thanked; and from the -ing form over what was given.
    private const int ForReach = 16;
    private const int GiftReach = 8;

    /// <summary>The aid the sentence's thanks imply, after its own events were coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events)
    {
        var result = new List<EventMention>();
        foreach (var thanks in events)
        {
            if (thanks.SentenceStart != view.Start || thanks.LexiconEntry != "praise-thank" || GiftCode(view, thanks.PhraseStart) is not { } code
                || events.Exists(e => e.Source.Code == thanks.Target.Code && e.Target.Code == thanks.Source.Code && e.Cameo.RootNumber == 7)
                || result.Exists(e => e.Source.Code == thanks.Target.Code && e.Target.Code == thanks.Source.Code))
            {
                continue;
            }

            // The aid goes to the thanker's state, whichever office spoke for it.
            result.Add(thanks with { Source = thanks.Target, Target = new ActorRef(thanks.Source.Code, null), Cameo = code, LexiconEntry = "aid-thanked-for" });
        }

        return result;
    }

    // The aid code when "for" + a giving -ing form follows the thanks, else null.
    private static CameoCode? GiftCode(SentenceView view, int phraseStart)
    {
        var first = 0;
        while (first < view.Tokens.Count && view.Tokens[first].Start < phraseStart)
        {
            first++;
        }

        for (var k = first + 1; k < view.Tokens.Count && k - first <= ForReach; k++)
        {
            var w = view.Word(k);
            if (w is ";" or "." || (view.TimeAt[k] < 0 && view.MentionAt[k] < 0 && view.Clauses.IsReportingVerb(k)))
            {
                return null;
            }

            if (w is not "for")
            {
                continue;
            }

            if (k + 1 >= view.Tokens.Count || !s_giving.Contains(view.Word(k + 1)))
            {
                return null;
            }

            var code = "070";
            for (var g = k + 2; g < view.Tokens.Count && g - k <= GiftReach && view.Word(g) is not ("," or ";" or "."); g++)
            {
                if (s_military.Contains(view.Word(g)))
                {
                    code = "072";
                    break;
                }

                if (s_relief.Contains(view.Word(g)))
                {
                    code = "073";
                    break;
                }
            }

            return CameoCode.Parse(code);
        }

        return null;
    }
}
