namespace Orkhon.Extraction.Clauses;

/// <summary>
/// A list of actors interrupted by what one of them is: "signed by Kozlov, who co-chairs the commission, and Mongolia's deputy
/// prime minister", "talks between Lavrov, whose country holds the chair, and Wang Yi", "by Wang Yi, China's top diplomat, and
/// Lavrov". The relative clause or appositive describes the actor before it; the list goes on after the comma that closes it.
/// </summary>
internal static class InterruptedLists
{
    // Words from the opening comma to the closing one: a relative clause or a description, not a second sentence.
    private const int Reach = 12;

    /// <summary>
    /// For the comma right after an actor of a list, the first token of the next actor when a relative clause or an appositive
    /// stands between them and ", and" closes it ("A, who…, and B"); else -1. A list member ("A, B, and C") is no appositive.
    /// </summary>
    public static int NextActorAfter(SentenceView view, int comma, int end)
    {
        if (comma <= 0 || comma + 1 >= end || view.Word(comma) is not "," || view.MentionOf(comma - 1) is not { } antecedent)
        {
            return -1;
        }

        var first = comma + 1;
        var relative = view.Word(first) is "who" or "whose" or "which";
        var describes = relative;
        for (var k = first; k < end && k <= comma + Reach; k++)
        {
            var w = view.Word(k);
            if (w is ";" or ":" or "." or "(" or ")")
            {
                return -1;
            }

            if (w is ",")
            {
                if (k == first || !describes || k + 2 >= end || view.Word(k + 1) is not "and")
                {
                    return -1;
                }

                var next = PhraseGrammar.SkipArticles(view, k + 2);
                return next < end && view.MentionOf(next) is { IsWeak: false, IsPlace: false } ? next : -1;
            }

            if (relative)
            {
                continue;
            }

            // An appositive holds no clause of its own and no second list.
            if (w is "and" or "or" or "who" or "which" or "that" or "said" or "says")
            {
                return -1;
            }

            if (view.MentionOf(k) is { } m)
            {
                // "A, B, and C" lists B; "Lavrov, Russia's foreign minister, and Wang" describes Lavrov by his own state.
                if (m.Code != antecedent.Code)
                {
                    return -1;
                }

                describes = true;
                k = m.Last;
                continue;
            }

            describes |= w.Length > 0 && char.IsLower(w[0]);
        }

        return -1;
    }
}
