using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// An act told once and shared by parties named after it with an auxiliary standing for the verb: "Germany condemned the
/// test, as did France and Italy", "Japan has imposed sanctions on Moscow, as have Britain and Canada". The parties after
/// ", as did" are further subjects of the act before it, never its objects.
/// </summary>
internal static class EllipticalSubjects
{
    /// <summary>
    /// The parties of a ", as did A and B" clause between <paramref name="from"/> and <paramref name="end"/>, and the token where
    /// that clause opens (the act's objects stop there); null when the phrase has no such clause.
    /// </summary>
    public static (int Opens, List<ActorMention> Parties)? SharedAct(SentenceView view, int from, int end)
    {
        var (found, mentionAt) = (view.Found, view.MentionAt);
        for (var k = Math.Max(from, 1); k + 2 < end; k++)
        {
            if (!(view.Word(k) is "as" && view.Word(k - 1) is "," && IsStandIn(view.Word(k + 1))))
            {
                continue;
            }

            var j = k + 2;
            if (view.Word(j) is "the")
            {
                j++;
            }

            if (j >= end || mentionAt[j] < 0 || found[mentionAt[j]] is not { IsPlace: false, IsWeak: false } first || first.First != j)
            {
                return null;
            }

            var parties = new List<ActorMention> { first };
            while (SubjectFinder.NextCoordinated(view, parties[^1].Last) is { } next && next.Last < end)
            {
                parties.Add(next);
            }

            return (k - 1, parties);
        }

        return null;
    }

    // The auxiliaries that stand in for a verb told before: "as did", "as have", "as has", "as had", "as do", "as does".
    private static bool IsStandIn(ReadOnlySpan<char> word) => word is "did" or "do" or "does" or "has" or "have" or "had";
}
