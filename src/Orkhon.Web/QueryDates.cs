using Orkhon.Domain;

namespace Orkhon.Web;

/// <summary>
/// Dates from query strings and request bodies, read at the API's boundary: a value that is too long to be
/// a date, or that the date code cannot represent, is a bad request (400) and never a server error.
/// </summary>
public static class QueryDates
{
    /// <summary>Longest text taken for a date: two full dates and a slash, with room for spaces.</summary>
    public const int MaxLength = 32;

    public static bool TryParse(string? text, out FuzzyDate date)
    {
        date = default;
        if (text is null || text.Length > MaxLength)
        {
            return false;
        }

        try
        {
            return FuzzyDate.TryParse(text, out date);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            // Dates at the edge of the calendar (9999-12: its month end is past DateOnly.MaxValue) made the
            // parser throw (issue 8); whatever the date code does with them, the API's answer is "not a date".
            date = default;
            return false;
        }
    }
}
