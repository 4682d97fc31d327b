namespace Orkhon.Extraction;

/// <summary>
/// An event noun right after "since", in a clause that measures the news by it with a superlative or "first" ("the worst
/// fighting between the two since their 2020 war", "the largest troop build-up since the Soviet invasion of Afghanistan",
/// "the first such visit since Nixon's trip to China"), is a yardstick, not an act the text tells. "Since the invasion,
/// Kyiv has …" with no comparison before it is left to the other rules. The words are data (class <c>comparison</c> of
/// <c>data/lexicon/modality-cues.tsv</c>).
/// </summary>
internal static class ComparisonYardsticks
{
    // "since their 2020 war", "since Nixon's 1972 visit": how many words may stand between "since" and the event noun.
    private const int LongestModifiers = 4;

    // "the worst fighting between the two former Soviet republics since": how far before "since" the comparison may stand.
    private const int ComparisonReach = 12;

    /// <summary>Whether the event noun at <paramref name="trigger"/> is what a comparison is measured against.</summary>
    public static bool IsYardstick(SentenceView view, Trigger trigger)
    {
        if (!trigger.Entry.IsNoun)
        {
            return false;
        }

        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - 1 - LongestModifiers; k--)
        {
            var w = view.Word(k);
            if (w is "," or ";" or ":" or "(" or ")")
            {
                return false;
            }

            if (w is "since")
            {
                return HasComparisonBefore(view, k);
            }
        }

        return false;
    }

    private static bool HasComparisonBefore(SentenceView view, int since)
    {
        for (var k = since - 1; k >= 0 && k >= since - ComparisonReach; k--)
        {
            var w = view.Word(k);
            if (w is "," or ";" or ":")
            {
                return false;
            }

            if (ModalityCues.ComparisonLookup.Contains(w))
            {
                return true;
            }
        }

        return false;
    }
}
