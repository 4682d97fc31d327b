using Orkhon.Analysis;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Contracts;

/// <summary>
/// The readers of single parameters every request shares (dates, windows, actor codes), each returning its
/// error as a value with the message both front ends print.
/// </summary>
public static class Parameters
{
    /// <summary>Longest text taken for a date or a window: two full dates and a separator, with room for spaces.</summary>
    public const int MaxDateLength = 32;

    public static bool TryDate(RequestValues values, string name, out FuzzyDate? date, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        date = null;
        error = null;
        if (values.Get(name) is not { } text)
        {
            return true;
        }

        if (TryParseDate(text, out var parsed))
        {
            date = parsed;
            return true;
        }

        error = new RequestError(name, $"'{Shorten(text)}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
        return false;
    }

    /// <summary>An event origin by its name (<c>curated</c>, <c>extracted</c>, <c>imported</c>), in any case.</summary>
    public static bool TryOrigin(RequestValues values, string name, out EventOrigin? origin, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        origin = null;
        error = null;
        if (values.Get(name) is not { } text)
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<EventOrigin>())
        {
            if (string.Equals(candidate.ToName(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                origin = candidate;
                return true;
            }
        }

        error = new RequestError(name, $"'{Shorten(text)}' is not one of {string.Join(", ", Enum.GetValues<EventOrigin>().Select(o => o.ToName()))}");
        return false;
    }

    /// <summary>A date as the date code reads it; a text too long to be a date, or one the calendar cannot hold, is not one.</summary>
    public static bool TryParseDate(string text, out FuzzyDate date)
    {
        ArgumentNullException.ThrowIfNull(text);
        date = default;
        if (text.Length > MaxDateLength)
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
            // parser throw (issue 8); whatever the date code does with them, the answer is "not a date".
            date = default;
            return false;
        }
    }

    /// <summary>A window such as <c>2015..2022</c> or <c>2023..</c> (open to the end of <paramref name="thisYear"/>).</summary>
    public static bool TryWindow(string name, string? text, int thisYear, out Period window, out RequestError? error)
    {
        error = null;
        window = null!;
        if (text is not null && text.Length <= MaxDateLength && Period.TryParseWindow(text, thisYear, out window))
        {
            return true;
        }

        error = new RequestError(name, text is null ? "a range such as 2015..2022 is required" : $"'{Shorten(text)}' is not a range such as 2015..2022");
        return false;
    }

    /// <summary>An actor code the reference tables know (ISO 3166-1 alpha-3 for states, a short code for organisations), upper-cased.</summary>
    public static bool TryActor(RequestValues values, string name, string? fallback, out string? code, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        error = null;
        code = fallback;
        if (values.Get(name) is not { } text)
        {
            return true;
        }

        var upper = text.Trim().ToUpperInvariant();
        if (Actor.IsValidCode(upper) && ReferenceData.Default.FindActor(upper) is not null)
        {
            code = upper;
            return true;
        }

        error = new RequestError(name, $"'{Shorten(text)}' is not a known actor code (e.g. MNG, RUS, SCO; list them with 'orkhon actors --all' or /api/actors?all=true)");
        return false;
    }

    /// <summary>A state on the land network's map: corridors are between states, not organisations.</summary>
    public static bool TryState(RequestValues values, string name, string? fallback, out string? code, out RequestError? error)
    {
        if (!TryActor(values, name, fallback, out code, out error))
        {
            return false;
        }

        if (code is not null && ReferenceData.Default.FindCountry(code) is null)
        {
            error = new RequestError(name, $"'{code}' is not a state (an ISO 3166-1 alpha-3 code such as KAZ)");
            return false;
        }

        return true;
    }

    /// <summary>Echoes of hostile input are cut, so an error message stays one readable line.</summary>
    internal static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
