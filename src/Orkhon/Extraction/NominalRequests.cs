using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "The CSTO deployed troops to Kazakhstan at Tokayev's request", "refused to lift sanctions despite an appeal from Minsk",
/// "turned down a request by Ulaanbaatar to…": a request named by its noun, with its author as possessor or after
/// "from"/"by"/"of", is an appeal (020) by that author to the party whose act the sentence tells, the subject of the
/// sentence's last coded act before the noun. It is undated (it came before the act). Nothing when no act of another party
/// precedes it, when the request is what a refusal turns down ("rejected a request from Ulaanbaatar": the refusal alone), or
/// when the author already appeals to that party in the sentence.
/// </summary>
internal static class NominalRequests
{
    private static readonly CameoCode s_appeal = CameoCode.Parse("020");

    // phrase-words.tsv, request-noun.
    private static readonly WordSet s_requestNouns = PhraseGrammar.Words.Lookup("request-noun");

    /// <summary>The appeals the sentence tells this way, after its own events were coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events)
    {
        // Every event this stage makes has an actor mention of the sentence for a party: a sentence with none (most) is not scanned.
        if (view.Found.Count == 0)
        {
            return [];
        }

        var result = new List<EventMention>();
        var tokens = view.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (view.MentionAt[k] >= 0 || !s_requestNouns.Contains(view.Word(k)))
            {
                continue;
            }

            var author = Author(view, k);
            if (author is null)
            {
                continue;
            }

            var code = author.Code;
            var act = ActBefore(view, events, tokens[k].Start, code);
            if (act is null || IsRejectedObject(view, act, k) || CodedRoots.Codes(events, 2, code, act.Source.Code))
            {
                continue;
            }

            // The request came before the act and is told without its own day: it is left undated rather than given the act's.
            result.Add(new EventMention(new ActorRef(code, author.Role), act.Source, s_appeal, null, view.Start, view.End, view.SentenceText,
                tokens[k].Start, tokens[k].End, "appeal-nominal-request", view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
        }

        return result;
    }

    // The sentence's last act by another party told before the noun, other than an appeal. Loops rather than lambdas:
    // a lambda over the loop's locals would allocate its closure at every word of every sentence.
    private static EventMention? ActBefore(SentenceView view, List<EventMention> events, int nounStart, string code)
    {
        for (var e = events.Count - 1; e >= 0; e--)
        {
            var x = events[e];
            if (x.SentenceStart == view.Start && x.PhraseStart < nounStart && x.Source.Code != code && x.Cameo.RootNumber != 2)
            {
                return x;
            }
        }

        return null;
    }


    // "rejected a request from Ulaanbaatar": a request that is the object of a refusal is told by the refusal alone (12x), as
    // the team corpus codes it; one in an adjunct ("refused … despite an appeal from Minsk") is an appeal of its own.
    private static bool IsRejectedObject(SentenceView view, EventMention act, int noun)
    {
        if (act.Cameo.RootNumber != 12)
        {
            return false;
        }

        for (var j = noun - 1; j >= 0 && view.Tokens[j].Start >= act.PhraseEnd; j--)
        {
            if (view.Word(j) is "despite" or "at" or "after" or "following" or "upon" or "," or "and")
            {
                return false;
            }
        }

        return true;
    }

    // The request's author: a possessor right before it ("at Tokayev's request", "Kyiv's appeal"), else an actor after
    // "from"/"by"/"of" ("an appeal from Minsk", "a request by Ulaanbaatar", "at the request of Kazakhstan"). The noun must be
    // a noun: a possessor, or a determiner or one of the prepositions that open such adjuncts, before it.
    private static ActorMention? Author(SentenceView view, int k)
    {
        // The possessive ending may be a token of its own.
        var p = k >= 2 && view.Word(k - 1) is "'s" or "’s" or "'" ? k - 2 : k - 1;
        if (view.MentionAt[p] >= 0)
        {
            var possessor = view.Found[view.MentionAt[p]];
            return possessor.IsPossessive && possessor.Codes.Count == 1 && !possessor.IsWeak ? possessor : null;
        }

        if (view.Word(k - 1) is not ("a" or "an" or "the" or "at" or "despite" or "following" or "after" or "upon"))
        {
            return null;
        }

        var a = k + 1;
        if (a + 1 >= view.Tokens.Count || view.Word(a) is not ("from" or "by" or "of"))
        {
            return null;
        }

        a++;
        if (view.Word(a) is "the")
        {
            a++;
        }

        if (a >= view.Tokens.Count || view.MentionAt[a] < 0)
        {
            return null;
        }

        var m = view.Found[view.MentionAt[a]];
        return m.First == a && m.Codes.Count == 1 && !m.IsWeak && (!m.IsPlace || m.Kind == MentionKind.Capital) ? m : null;
    }
}
