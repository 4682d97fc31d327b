using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// Parties joined to a clause's subject by "together with" or "along with" after the verb's object: "Sweden applied to join
/// NATO together with Finland", "Japan condemned the launch, along with South Korea". They act with the subject, as they
/// would in "Sweden, together with Finland, applied…" (which <see cref="SubjectFinder"/> reads); they are never the act's
/// object.
/// </summary>
internal static class TrailingCompanions
{
    /// <summary>
    /// The parties after a "together with" or "along with" between <paramref name="from"/> and <paramref name="end"/>, with the
    /// token where that adjunct opens (the act's objects stop there); null when there is no such adjunct right after an object
    /// or no party opens it.
    /// </summary>
    public static (int Opens, List<ActorMention> Parties)? Find(SentenceView view, int from, int end)
    {
        var (found, mentionAt) = (view.Found, view.MentionAt);
        // At least one word of the object stands between the verb and the adjunct: "together with" right after the verb is its
        // own partner ("worked together with Japan").
        for (var k = from + 2; k + 1 < end; k++)
        {
            if (view.Word(k) is not "with" || view.Word(k - 1) is not ("together" or "along"))
            {
                continue;
            }

            var opens = view.Word(k - 2) is "," ? k - 2 : k - 1;
            if (opens <= from)
            {
                return null;
            }

            var j = view.Word(k + 1) is "the" ? k + 2 : k + 1;
            if (j >= end || mentionAt[j] < 0 || found[mentionAt[j]] is not { IsPlace: false, IsWeak: false, IsPossessive: false } first || first.First != j)
            {
                return null;
            }

            return (opens, SubjectFinder.WithCoordinated(view, first, end));
        }

        return null;
    }
}
