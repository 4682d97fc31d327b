using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Brazil and Argentina signed accords with Paraguay and Bolivia respectively": two lists of the same length whose clause
/// says "respectively" pair in order, the first subject with the first object and so on, never every subject with every object.
/// </summary>
internal static class Respectively
{
    /// <summary>The pairs in order, or null when the clause has no "respectively" after its objects or the lists differ in length.</summary>
    public static List<ActorPair>? Pairs(SentenceView view, IReadOnlyList<ActorMention> subject, IReadOnlyList<ActorMention> objects, int windowEnd)
    {
        if (subject.Count < 2 || subject.Count != objects.Count)
        {
            return null;
        }

        for (var k = objects[^1].Last + 1; k < Math.Min(windowEnd, view.Tokens.Count); k++)
        {
            if (view.Word(k) is "respectively")
            {
                return [.. subject.Select((s, i) => new ActorPair(s, objects[i], null))];
            }

            if (view.Word(k) is ";" or ".")
            {
                break;
            }
        }

        return null;
    }
}
