namespace Orkhon.Extraction.Clauses;

/// <summary>
/// A meeting named as the purpose of a trip that took place: "arrived in New Delhi on Monday for talks with Modi", "flew to Baku
/// for a meeting with Aliyev", "was in Ulaanbaatar for consultations with his counterpart". A meeting noun after "for" is
/// otherwise what someone asks for or prepares ("called for talks with Tehran", "ready for talks with Kyiv"), so it is
/// accepted only right after a travel verb told as done, with nothing but the destination and the time in between.
/// </summary>
internal static class TripMeetings
{
    // Words between the trip's phrase and "for" ("arrived in New Delhi late on Monday for"), and between "for" and the noun
    // ("for two days of talks", "for a first round of consultations").
    private const int TripReach = 10;
    private const int NounReach = 4;

    /// <summary>Whether <paramref name="candidate"/>, a meeting noun that ends in "with", states what the last trip came for.</summary>
    public static bool IsPurposeOfTrip(SentenceView view, List<Trigger> triggers, Trigger candidate)
    {
        if (!candidate.Entry.IsNoun || candidate.Entry.Cameo.RootNumber != 4 || !candidate.Entry.Phrase.EndsWith(" with", StringComparison.Ordinal)
            || triggers.Count == 0)
        {
            return false;
        }

        var forAt = ForBefore(view, candidate.First);
        var trip = triggers[^1];
        if (forAt < 0 || trip.Entry.IsNoun || trip.Passive || trip.Entry.Cameo.Value is not "042" || !IsDone(view.Word(trip.First))
            || forAt - trip.End > TripReach)
        {
            return false;
        }

        // Only the trip's destination and time stand between: no clause boundary, no other verb's words.
        for (var k = trip.End; k < forAt; k++)
        {
            if (view.MentionAt[k] >= 0 || view.TimeAt[k] >= 0 || view.Blocked[k])
            {
                continue;
            }

            if (view.Word(k) is not ("to" or "in" or "on" or "the" or "at" or "late" or "early"))
            {
                return false;
            }
        }

        return true;
    }

    // The index of "for" a few lower-case words before the noun ("for talks", "for a round of talks"), else -1.
    private static int ForBefore(SentenceView view, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 1 - NounReach); k--)
        {
            var w = view.Word(k);
            if (w is "for")
            {
                return k;
            }

            if (view.MentionAt[k] >= 0 || view.TimeAt[k] >= 0 || w.Length == 0 || !char.IsLower(w[0]) || w is "to" or "and" or "or" or "that")
            {
                return -1;
            }
        }

        return -1;
    }

    // A trip told as done: the simple past of a verb of travel, or a present or past "be in" of a stay under way.
    private static bool IsDone(ReadOnlySpan<char> w) =>
        TripPurposes.IsPast(w) || w is "is" or "was" or "are" or "were";
}
