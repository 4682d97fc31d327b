using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Putin apologised to Aliyev in a phone call on Saturday", "Biden warned Putin in a two-hour video call", "told the king
/// by telephone": an act addressed to a party in a call is also a call between the two (041), besides the act itself. The
/// call is read only right after the act's addressee (a time phrase may stand between), so "called the prime minister …"
/// or "a call for talks" elsewhere in the sentence tell nothing here. Its words are in <c>data/lexicon/phrase-words.tsv</c>
/// (classes call-medium, call-noun).
/// </summary>
internal static class CallAdjuncts
{
    private static readonly WordSet s_media = PhraseGrammar.Words.Lookup("call-medium");
    private static readonly WordSet s_nouns = PhraseGrammar.Words.Lookup("call-noun");

    /// <summary>The consultation by telephone (041).</summary>
    public static readonly CameoCode Call = CameoCode.Parse("041");

    // Words that may stand between the article and the medium ("a two-hour video call", "a lengthy telephone conversation").
    private const int ModifierReach = 4;

    /// <summary>A call event for each event of this sentence whose addressee is followed by a call adjunct.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events)
    {
        var result = new List<EventMention>();
        foreach (var e in events)
        {
            if (e.SentenceStart != view.Start || e.Cameo.RootNumber == 4 || e.Source.Code == e.Target.Code
                || events.Exists(o => o.Cameo.RootNumber == 4 && Pair(o, e)) || result.Exists(o => Pair(o, e))
                || AfterAddressee(view, e) is not { } next || !IsCall(view, next))
            {
                continue;
            }

            result.Add(e with { Cameo = Call, LexiconEntry = "phone-call-adjunct" });
        }

        return result;
    }

    private static bool Pair(EventMention a, EventMention b) =>
        (a.Source.Code == b.Source.Code && a.Target.Code == b.Target.Code) || (a.Source.Code == b.Target.Code && a.Target.Code == b.Source.Code);

    // The token after the addressee that follows the phrase directly ("apologised to | Aliyev |", "warned | Putin |"), past a
    // time phrase; null when the phrase is not followed by its target.
    private static int? AfterAddressee(SentenceView view, EventMention e)
    {
        var k = 0;
        while (k < view.Tokens.Count && view.Tokens[k].End <= e.PhraseEnd)
        {
            k++;
        }

        if (k < view.Tokens.Count && view.Word(k) is "to" or "with")
        {
            k++;
        }

        if (k >= view.Tokens.Count || view.MentionOf(k) is not { } addressee || !addressee.Codes.Contains(e.Target.Code))
        {
            return null;
        }

        k = addressee.Last + 1;
        while (k < view.Tokens.Count && view.TimeAt[k] >= 0)
        {
            k++;
        }

        return k;
    }

    // "in|during|over a [two-hour] phone|video call|conversation", "by phone|telephone", "over the phone".
    private static bool IsCall(SentenceView view, int k)
    {
        if (k + 1 >= view.Tokens.Count)
        {
            return false;
        }

        var preposition = view.Word(k);
        if (preposition is "by" or "via")
        {
            return s_media.Contains(view.Word(k + 1));
        }

        if (preposition is not ("in" or "during" or "over") || view.Word(k + 1) is not ("a" or "an" or "the" or "their" or "his" or "her"))
        {
            return false;
        }

        if (preposition is "over" && view.Word(k + 1) is "the" && k + 2 < view.Tokens.Count && s_media.Contains(view.Word(k + 2)))
        {
            return true;
        }

        var sawMedium = false;
        for (var j = k + 2; j < view.Tokens.Count && j <= k + 2 + ModifierReach; j++)
        {
            var w = view.Word(j);
            if (view.MentionAt[j] >= 0 || w is "," or ";" or "." or ":" or "and" or "with")
            {
                return false;
            }

            if (s_media.Contains(w))
            {
                sawMedium = true;
            }
            else if (s_nouns.Contains(w))
            {
                return sawMedium;
            }
        }

        return false;
    }
}
