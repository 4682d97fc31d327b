namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "Yoon met Kishida in Tokyo on Thursday. They agreed to resume regular visits.": "They" opening a sentence, right after a
/// sentence that told a joint act of two parties (a meeting, a signing, an exercise: <see cref="EventParties.OfJoint"/>), is
/// those two. Only the sentence just before counts, and only when it named no third party: "Yoon met Kishida a day after North
/// Korea fired a missile. They…" or a meeting of three leaves "They" unread, since the pair it continues is then a guess.
/// </summary>
internal static class TheyAfterJointAct
{
    /// <summary>The two parties "They" stands for, or null when the previous sentence told no joint act of two or named a third party.</summary>
    public static IReadOnlyList<string>? Pair(MentionContext context)
    {
        var earlier = context.EarlierEvents;
        if (earlier.Count == 0 || EventParties.OfJoint([earlier[^1]], 2) is not { Count: 2 } pair)
        {
            return null;
        }

        foreach (var m in context.PreviousSentence)
        {
            if (!m.IsPlace && !m.IsWeak && !m.Codes.All(pair.Contains))
            {
                return null;
            }
        }

        return pair;
    }
}
