namespace Orkhon.Extraction.Time;

/// <summary>
/// The length in days a compound before a stay or gathering noun tells: "a three-day visit" 3, "a week-long visit" 7,
/// "a two-week tour" 14. Zero when the word tells no length.
/// </summary>
internal static class StayLength
{
    public static int Of(ReadOnlySpan<char> w)
    {
        if (w.EndsWith("-day", StringComparison.OrdinalIgnoreCase))
        {
            return DateAttacher.DayCount(w[..^4]);
        }

        // "week-long", "weeklong", "one-week", "two-week": a week is seven days.
        if (w.Equals("week-long", StringComparison.OrdinalIgnoreCase) || w.Equals("weeklong", StringComparison.OrdinalIgnoreCase))
        {
            return 7;
        }

        if (w.EndsWith("-week", StringComparison.OrdinalIgnoreCase))
        {
            return w[..^5] is "one" or "One" ? 7 : DateAttacher.DayCount(w[..^5]) * 7;
        }

        return 0;
    }
}
