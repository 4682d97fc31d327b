using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Iran released five American prisoners in exchange for five Iranians held in the United States", "Caracas freed ten Americans
/// in exchange for Washington's release of a Maduro ally", "Belarus freed a Polish journalist in a prisoner swap": a release told
/// as one side of a trade is a release both ways (0841 each way, the corpora's convention for a swap), though the sentence tells
/// only one. The other side is read only from the trade's own words: a swap noun, or after "in exchange for" / "in return for"
/// the releaser's own people or the other state's release; a release for money, oil or a promise is one act. Its words are in
/// <c>data/lexicon/phrase-words.tsv</c> (classes swap-cue, swap-noun, swapped-person, release-noun).
/// </summary>
internal static class SwappedReleases
{
    private static readonly WordSet s_cues = PhraseGrammar.Words.Lookup("swap-cue");
    private static readonly WordSet s_swapNouns = PhraseGrammar.Words.Lookup("swap-noun");
    private static readonly WordSet s_people = PhraseGrammar.Words.Lookup("swapped-person");
    private static readonly WordSet s_releaseNouns = PhraseGrammar.Words.Lookup("release-noun");

    /// <summary>The release of people handed back (0841).</summary>
    public static readonly CameoCode Release = CameoCode.Parse("0841");

    // How far after the release phrase the trade may be told ("freed 10 Americans on Wednesday, including six the U.S. government
    // considers wrongfully detained, in exchange for …").
    private const int CueReach = 24;

    // How many words after "for" may name the people traded back ("for the release of five Iranians").
    private const int CounterpartReach = 6;

    // How many words may stand between "a" and the swap noun ("in a long-awaited prisoner swap").
    private const int SwapNounReach = 3;

    /// <summary>The release the other way for each release of people in this sentence that is told as one side of a trade.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events)
    {
        var result = new List<EventMention>();
        foreach (var e in events)
        {
            if (e.SentenceStart != view.Start || e.Cameo.Value is not ("084" or "0841") || e.Source.Code == e.Target.Code
                || events.Exists(o => IsReleaseBack(o, e)) || result.Exists(o => IsReleaseBack(o, e)) || !IsTraded(view, e))
            {
                continue;
            }

            result.Add(e with { Source = new ActorRef(e.Target.Code), Target = e.Source, Cameo = Release, LexiconEntry = "swapped-release" });
        }

        return result;
    }

    private static bool IsReleaseBack(EventMention o, EventMention e) =>
        o.Cameo.RootNumber == 8 && o.Source.Code == e.Target.Code && o.Target.Code == e.Source.Code;

    // A trade told after the release phrase, in its clause: "in exchange for …", "in return for …", "in a prisoner swap".
    private static bool IsTraded(SentenceView view, EventMention e)
    {
        var k = 0;
        while (k < view.Tokens.Count && view.Tokens[k].End <= e.PhraseEnd)
        {
            k++;
        }

        var end = Math.Min(view.Tokens.Count - 1, k + CueReach);
        for (; k < end; k++)
        {
            var w = view.Word(k);
            if (w is ";" or "but" or "while" or "although" or "whereas")
            {
                return false;
            }

            if (w is "in" or "In" && s_cues.Contains(view.Word(k + 1)) && k + 2 < view.Tokens.Count && view.Word(k + 2) is "for")
            {
                return NamesCounterpart(view, k + 3, e);
            }

            if ((w is "in" || (w is "of" && view.Word(k - 1) is "part")) && IsSwapNounAhead(view, k + 1))
            {
                return true;
            }
        }

        return false;
    }

    // "for five Iranians", "for two Russian spies", "for the release of …": the releaser's own people; "for Washington's release
    // of …": the other state's release. Anything else first ("for $6 billion in frozen funds", "for a pledge by …") is no swap.
    private static bool NamesCounterpart(SentenceView view, int from, EventMention e)
    {
        var end = Math.Min(view.Tokens.Count, from + CounterpartReach);
        for (var k = from; k < end; k++)
        {
            if (view.MentionOf(k) is { } m)
            {
                if (m.Codes.Contains(e.Target.Code) && m.IsPossessive && AfterPossessive(view, m.Last + 1) is var noun && noun < view.Tokens.Count
                    && s_releaseNouns.Contains(view.Word(noun)))
                {
                    return true;
                }

                if (m.Codes.Contains(e.Source.Code) && (m.Role is not null || (m.Last + 1 < view.Tokens.Count && s_people.Contains(view.Word(m.Last + 1)))))
                {
                    return true;
                }

                k = m.Last;
                continue;
            }

            var w = view.Word(k);
            if (s_people.Contains(w))
            {
                return true;
            }

            if (w is "," or ";" or "." or "in" or "by" or "from" or "to" or "with" or "that" or "which" or "if" or "and" or "on")
            {
                return false;
            }
        }

        return false;
    }

    // The token after a possessive's "'s", or the one given when the mention holds it.
    private static int AfterPossessive(SentenceView view, int k) =>
        k < view.Tokens.Count && view.Word(k) is "'s" or "’s" or "'" or "’" ? k + 1 : k;

    // "a prisoner swap", "an exchange of prisoners", "a long-awaited swap": the swap noun a few words after the article.
    private static bool IsSwapNounAhead(SentenceView view, int k)
    {
        if (k >= view.Tokens.Count || view.Word(k) is not ("a" or "an" or "the"))
        {
            return false;
        }

        for (var j = k + 1; j < view.Tokens.Count && j <= k + SwapNounReach; j++)
        {
            if (view.MentionAt[j] >= 0 || view.Word(j) is "," or ";")
            {
                return false;
            }

            if (s_swapNouns.Contains(view.Word(j)))
            {
                // "an exchange of fire", "a trade deal": only a swap of people, or a bare swap noun.
                return view.Word(j) is "swap" || j + 1 >= view.Tokens.Count || view.Word(j + 1) is not ("of" or "deal" or "agreement" or "talks" or "war")
                    || (view.Word(j + 1) is "of" && j + 2 < view.Tokens.Count && s_people.Contains(view.Word(j + 2)));
            }
        }

        return false;
    }
}
