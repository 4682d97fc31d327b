using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// "A Dutch court on Thursday convicted two officers and a separatist commander …, and sentenced them to life": a verb after
/// ", and" with no actor of its own shares the subject of the clause the sentence opens with, not the nearest actor before
/// the comma, which is the first verb's object or the subject of a clause inside it ("wrote that Russia was an occupier, and
/// blamed Moscow"). Used only when no coded phrase stands before the verb in the sentence; a series of coded phrases is read
/// by <see cref="SubjectFinder"/> itself.
/// </summary>
internal static class CoordinatedVerbPhrase
{
    /// <summary>The opening clause's subject (with actors coordinated with it) for the verb at <paramref name="first"/>, or empty.</summary>
    public static List<ActorMention> SharedSubject(SentenceView view, int first, int windowStart)
    {
        var k = first - 1;
        while (k > windowStart && view.Word(k) is "also" or "later" or "then" or "subsequently")
        {
            k--;
        }

        if (k < windowStart + 2 || view.Word(k) is not "and" || view.Word(k - 1) is not ",")
        {
            return [];
        }

        if (SubjectFinder.FirstClauseSubject(view, k - 1) is not { } main || main.First < windowStart || main.IsPossessive)
        {
            return [];
        }

        // Only when another actor stands between the subject and the comma: otherwise the nearest actor is the subject anyway.
        var between = false;
        for (var j = main.Last + 1; j < k - 1 && !between; j++)
        {
            between = view.MentionAt[j] >= 0;
        }

        if (!between)
        {
            return [];
        }

        var group = new List<ActorMention> { main };
        while (SubjectFinder.NextCoordinated(view, group[^1].Last) is { } next && next.Last < k - 1)
        {
            group.Add(next);
        }

        return group;
    }
}
