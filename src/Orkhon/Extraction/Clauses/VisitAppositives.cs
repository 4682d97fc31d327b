using Orkhon.Extraction.Lexicon;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// "will pay a state visit to Russia next week, his first trip to Moscow since the war began": a visit noun after a comma and a
/// possessive pronoun (with a few modifiers: "his first", "her third foreign") re-tells the visit the verb before it told.
/// </summary>
internal static class VisitAppositives
{
    // Modifiers between the pronoun and the noun ("his first official trip").
    private const int ModifierReach = 3;

    /// <summary>Whether <paramref name="noun"/> is a visit noun in apposition to the visit <paramref name="earlier"/> told.</summary>
    public static bool Retells(SentenceView view, Trigger earlier, Trigger noun)
    {
        if (!noun.Entry.IsNoun || noun.Entry.Cameo.RootNumber != 4 || earlier.Entry.IsNoun || earlier.Entry.Cameo.RootNumber != 4
            || earlier.End > noun.First)
        {
            return false;
        }

        for (var k = noun.First - 1; k > earlier.End && k >= noun.First - 1 - ModifierReach; k--)
        {
            var w = view.Word(k);
            if (Determiners.IsPossessivePronoun(w))
            {
                return view.Word(k - 1) is ",";
            }

            if (view.MentionAt[k] >= 0 || w.Length == 0 || !char.IsLower(w[0]))
            {
                return false;
            }
        }

        return false;
    }
}
