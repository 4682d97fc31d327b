using System.Buffers;

namespace Orkhon.Extraction.Time;

/// <summary>
/// The length in days a compound before a stay or gathering noun tells: "a three-day visit" 3, "a week-long visit" 7,
/// "a two-week tour" 14. Zero when the word tells no length.
/// </summary>
internal static class StayLength
{
    // What every word Of reads a length from holds: "-day" or "-week" at its end, or is "week-long" or "weeklong".
    private static readonly SearchValues<string> s_lengthParts = SearchValues.Create(["-day", "-week", "week-long", "weeklong"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether some word of <paramref name="text"/> may give a length (<see cref="Of"/> is above zero only for a word that holds
    /// one of its parts, compared the same way): one vectorised search of a sentence instead of a test at each of its words.
    /// </summary>
    public static bool MayStandIn(ReadOnlySpan<char> text) => text.ContainsAny(s_lengthParts);

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
