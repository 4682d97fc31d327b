using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// Participial clauses after a comma ("…, accusing Kyiv of massing forces", "…, calling the move illegal"): the -ing form is a
/// verb, and its subject is the main clause's, never the object before the comma ("China condemned Japan, accusing Tokyo of…"
/// is China's accusation). After a subject ("The prime minister, speaking in Tokyo, …") it is that subject's act.
/// </summary>
internal static class ParticipialClauses
{
    /// <summary>Whether the word at <paramref name="first"/> is an -ing form opening a participial clause after a comma.</summary>
    public static bool IsAdjunct(SentenceView view, int first)
    {
        if (first < 2 || view.Word(first - 1) is not ",")
        {
            return false;
        }

        var w = view.Word(first);
        return w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>
    /// The subject of the participial clause at <paramref name="first"/>: the actor opening the clause right before its comma,
    /// else the subject of the verb before it (<paramref name="carried"/>), else the first actor that opens a clause before it.
    /// </summary>
    public static IReadOnlyList<ActorMention> Subject(SentenceView view, int first, IReadOnlyList<ActorMention>? carried)
    {
        var before = SubjectFinder.Antecedent(view, first, anyPosition: false);
        if (before.Count > 0)
        {
            return before;
        }

        if (carried is { Count: > 0 })
        {
            return carried;
        }

        return SubjectFinder.FirstClauseSubject(view, first - 1) is { } main ? [main] : [];
    }
}
