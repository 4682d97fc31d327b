using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "The United States, Russia and China signed a declaration on Mongolia's nuclear-weapon-free status": a joint act of
/// several states whose topic is a third state's standing (its status, neutrality, sovereignty, independence, territorial
/// integrity or security) is each party's act towards that state, not an act of the parties with one another (the
/// convention the writers settled, corpus README "Conventions the writers settled": an act on a third state's status).
/// </summary>
internal static class ThirdStateStatus
{
    // Words between the act and the topic's preposition ("signed a declaration, the first of its kind, on …" never:
    // a comma ends the search).
    private const int PrepositionReach = 3;

    // Words between the possessor and its status noun ("Mongolia's nuclear-weapon-free status", "Ukraine's territorial integrity").
    private const int StatusReach = 3;

    private static readonly WordSet s_statusNouns = PhraseGrammar.Words.Lookup("state-status");
    private static readonly WordSet s_topicPrepositions = PhraseGrammar.Words.Lookup("status-topic");

    /// <summary>
    /// The third state whose standing is the topic of the act that ends at <paramref name="from"/>, when it is none of the
    /// <paramref name="subject"/>'s parties; null otherwise.
    /// </summary>
    public static ActorMention? Of(SentenceView view, IReadOnlyList<ActorMention> subject, int from, int windowEnd)
    {
        var end = Math.Min(Math.Min(view.Tokens.Count, windowEnd), from + PrepositionReach + 1);
        for (var k = from; k < end; k++)
        {
            var w = view.Word(k);
            if (w is "," or ";" or "." || view.MentionAt[k] >= 0)
            {
                return null;
            }

            if (!s_topicPrepositions.Contains(w))
            {
                continue;
            }

            var at = k + 1;
            while (at < view.Tokens.Count && Determiners.IsArticle(view.Word(at)))
            {
                at++;
            }

            if (at >= view.Tokens.Count || view.MentionAt[at] < 0 || view.Found[view.MentionAt[at]] is not { IsPossessive: true } owner
                || owner.Codes.Count != 1 || subject.Any(s => s.Codes.Contains(owner.Codes[0])))
            {
                return null;
            }

            for (var n = owner.Last + 1; n < view.Tokens.Count && n <= owner.Last + StatusReach; n++)
            {
                if (s_statusNouns.Contains(view.Word(n)))
                {
                    return owner;
                }

                if (view.MentionAt[n] >= 0 || view.Word(n) is "," or ";" or ".")
                {
                    return null;
                }
            }

            return null;
        }

        return null;
    }
}
