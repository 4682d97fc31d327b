using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Russian missiles struck a hospital in Kyiv, in what Ukraine called a deliberate attack on civilians": a party that names
/// an act just told by a hostile noun ("in what Beijing described as a provocation", "in what Seoul termed an act of
/// aggression") accuses (112) the act's author. The author is the source of the sentence's last hostile event (root 14 and
/// up) by another party; the accusation shares that event's date, as wire copy tells the two together. Nothing when the
/// sentence codes no such act, when the noun names no wrong ("in what Tokyo called a historic visit"), or when a lexicon
/// row already coded the naming as a criticism of that author.
/// </summary>
internal static class CharacterisedActs
{
    private static readonly CameoCode s_accuse = CameoCode.Parse("112");

    // Words between the article and the hostile noun ("a deliberate and unprovoked attack").
    private const int NounReach = 4;

    /// <summary>The accusations the sentence makes this way, after its own events were coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events)
    {
        // Every event this stage makes has an actor mention of the sentence for a party: a sentence with none (most) is not scanned.
        if (view.Found.Count == 0)
        {
            return [];
        }

        var result = new List<EventMention>();
        var tokens = view.Tokens;
        for (var k = 1; k + 4 < tokens.Count; k++)
        {
            if (view.Word(k) is not "what" || view.Word(k - 1) is not ("in" or "In") || view.MentionAt[k + 1] < 0)
            {
                continue;
            }

            var speaker = view.Found[view.MentionAt[k + 1]];
            var v = speaker.Last + 1;
            if (speaker.IsPlace || speaker.Codes.Count != 1 || v + 2 >= tokens.Count || !IsNaming(view.Word(v)))
            {
                continue;
            }

            var a = view.Word(v + 1) is "as" ? v + 2 : v + 1;
            if (a >= tokens.Count || !Determiners.IsArticle(view.Word(a)))
            {
                continue;
            }

            var noun = -1;
            for (var n = a + 1; n < tokens.Count && n - a <= NounReach && view.MentionAt[n] < 0 && view.Word(n) is not ("," or "." or ";"); n++)
            {
                if (IsWrong(view.Word(n)))
                {
                    noun = n;
                    break;
                }
            }

            var code = speaker.Code;
            var act = noun < 0 ? null : LastHostileAct(view, events, code);
            // A lexicon row may have coded the naming already ("called an unprovoked act of aggression" → 111): one stance is told once.
            if (noun < 0 || act is null || CodedRoots.Codes(events, 11, code, act.Source.Code))
            {
                continue;
            }

            result.Add(new EventMention(new ActorRef(code, speaker.Role), act.Source, s_accuse, act.Date, view.Start, view.End, view.SentenceText,
                tokens[k].Start, tokens[noun].End, "accuse-in-what-called", view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
        }

        return result;
    }

    // Loops rather than lambdas: a lambda over the loop's locals would allocate its closure at every word of every sentence.
    private static EventMention? LastHostileAct(SentenceView view, List<EventMention> events, string code)
    {
        for (var e = events.Count - 1; e >= 0; e--)
        {
            var x = events[e];
            if (x.Cameo.RootNumber >= 14 && x.Source.Code != code && x.SentenceStart == view.Start)
            {
                return x;
            }
        }

        return null;
    }


    // Verbs that name an act as something ("called", "branded"): phrase-words.tsv, naming-verb.
    private static readonly WordSet s_namingVerbs = PhraseGrammar.Words.Lookup("naming-verb");

    // Nouns that name an act as a wrong ("aggression", "provocation"): phrase-words.tsv, wrong-noun.
    private static readonly WordSet s_wrongNouns = PhraseGrammar.Words.Lookup("wrong-noun");

    private static bool IsNaming(ReadOnlySpan<char> w) => s_namingVerbs.Contains(w);

    private static bool IsWrong(ReadOnlySpan<char> w) => s_wrongNouns.Contains(w);
}
