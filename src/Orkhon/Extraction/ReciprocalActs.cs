using Orkhon.Extraction.Mentions;
using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;

namespace Orkhon.Extraction;

/// <summary>
/// Acts two or more parties aim at one another: "Armenia and Azerbaijan accused each other of breaking the truce", "the two
/// sides blamed one another for the shelling", "Chinese and Philippine diplomats traded accusations". A directed act is one
/// event from each party to each other party; only the acts CAMEO calls mutual (meetings, signings, fighting…) are coded
/// once, as the symmetric frame does.
/// </summary>
internal static class ReciprocalActs
{
    /// <summary>
    /// Every ordered pair of the subject's parties when a directed verb is followed by "each other" or "one another" (its
    /// time phrase and adverbs may stand between, an actor may not); empty otherwise. A reference that stands for two
    /// parties ("the two countries") counts as both.
    /// </summary>
    public static List<ActorPair> Pairs(SentenceView view, CodedPhrase phrase)
    {
        var trigger = phrase.Trigger;
        if (trigger.Entry.IsNoun || trigger.Passive || trigger.Entry.Frame == EventFrame.Symmetric
            || !(FollowedByReciprocal(view, trigger.End, phrase.WindowEnd, eachBefore: EachBefore(view, trigger.First))))
        {
            return [];
        }

        var parties = Parties(phrase.Subject);
        if (parties.Count < 2)
        {
            return [];
        }

        return PairFinder.JointPairs(parties, directed: true, view.Options.JointActParties);
    }

    /// <summary>
    /// Whether a joint act of the symmetric frame is still one act per party ("traded accusations", "exchanged threats"):
    /// true for the roots whose acts one side aims at the other (appeals, demands, disapproval, rejection, threats, protests,
    /// coercion, assault), which CAMEO does not code as mutual.
    /// </summary>
    public static bool IsEachPartysOwn(CameoCode cameo) => cameo.RootNumber is 2 or 10 or 11 or 12 or 13 or 14 or 17 or 18;

    // "accused each other", "blamed one another on Wednesday", "have long accused each other": up to three words of time
    // phrase or adverb between the verb and the reciprocal pronoun, never an actor or a clause boundary.
    // "Israel and Hezbollah each accused the other…": "each" right before the verb (an adverb may stand between).
    private static bool EachBefore(SentenceView view, int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - 3; k--)
        {
            if (view.Word(k).Equals("each", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (view.MentionAt[k] >= 0 || view.Word(k) is "," or ";" or "and")
            {
                return false;
            }
        }

        return false;
    }

    private static bool FollowedByReciprocal(SentenceView view, int from, int windowEnd, bool eachBefore)
    {
        var end = Math.Min(Math.Min(view.Tokens.Count - 1, windowEnd + 1), from + view.Options.ReciprocalReach);
        for (var k = from; k < end; k++)
        {
            if (view.MentionAt[k] >= 0)
            {
                return false;
            }

            var w = view.Word(k);
            if (w is "," or ";" or ":" or "." or "that" or "and" or "but")
            {
                return false;
            }

            var next = view.Word(k + 1);
            if ((w.Equals("each", StringComparison.OrdinalIgnoreCase) && next is "other" or "other's")
                || (eachBefore && w is "the" && next is "other" or "other's")
                || (w.Equals("one", StringComparison.OrdinalIgnoreCase) && next is "another" or "another's"))
            {
                return true;
            }
        }

        return false;
    }

    private static List<ActorMention> Parties(IReadOnlyList<ActorMention> subject)
    {
        if (subject.Count == 1 && subject[0].Codes.Count >= 2)
        {
            var both = subject[0];
            return [.. both.Codes.Select(c => both with { Codes = [c] })];
        }

        return [.. subject.Where(s => !s.IsPlace)];
    }
}
