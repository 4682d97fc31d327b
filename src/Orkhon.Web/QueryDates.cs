using Orkhon.Contracts;
using Orkhon.Domain;

namespace Orkhon.Web;

/// <summary>
/// Dates from query strings and request bodies, read at the API's boundary by the library's one date
/// parameter reader (<see cref="Parameters.TryParseDate"/>): a value that is too long to be a date, or that
/// the date code cannot represent, is a bad request (400) and never a server error.
/// </summary>
public static class QueryDates
{
    /// <summary>Longest text taken for a date: two full dates and a slash, with room for spaces.</summary>
    public const int MaxLength = Parameters.MaxDateLength;

    public static bool TryParse(string? text, out FuzzyDate date)
    {
        date = default;
        return text is not null && Parameters.TryParseDate(text, out date);
    }
}
