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

    /// <summary>
    /// "A, B and C signed a declaration on Mongolia's neutral status, pledging to respect it": the third state whose standing
    /// closes the clause before the comma that opens the participial clause at <paramref name="participle"/> (its topic is that
    /// act's topic, so the participle's joint intent is each party's towards that state, the README's convention for a pledge
    /// to respect a third state's standing); null when the clause before the comma ends otherwise or names a party of
    /// <paramref name="subject"/>.
    /// </summary>
    public static ActorMention? BeforeParticiple(SentenceView view, IReadOnlyList<ActorMention> subject, int participle)
    {
        if (participle < 2 || view.Word(participle - 1) is not ",")
        {
            return null;
        }

        // Back from the comma over a time phrase ("on Monday") and the status noun's modifiers to the owner's possessive.
        var status = participle - 2;
        while (status > 0 && view.TimeAt[status] >= 0)
        {
            status--;
        }

        if (!s_statusNouns.Contains(view.Word(status)))
        {
            return null;
        }

        for (var k = status - 1; k >= 0 && k >= status - StatusReach; k--)
        {
            if (view.Word(k) is "," or ";" or ".")
            {
                return null;
            }

            if (view.MentionAt[k] < 0)
            {
                continue;
            }

            if (view.Found[view.MentionAt[k]] is not { IsPossessive: true } owner || owner.Codes.Count != 1
                || subject.Any(s => s.Codes.Contains(owner.Codes[0])))
            {
                return null;
            }

            var at = owner.First - 1;
            while (at >= 0 && Determiners.IsArticle(view.Word(at)))
            {
                at--;
            }

            return at >= 0 && s_topicPrepositions.Contains(view.Word(at)) ? owner : null;
        }

        return null;
    }
}
