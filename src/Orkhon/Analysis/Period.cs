using System.Globalization;
using Orkhon.Domain;

namespace Orkhon.Analysis;

/// <summary>A window of time that engagements are counted in: a year (<c>2023</c>), a quarter (<c>2023-Q3</c>) or a custom range (<c>2015..2022</c>).</summary>
public sealed record Period(string Label, DateOnly Start, DateOnly End)
{
    public static Period Year(int year) => new(year.ToString(CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static Period Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);

        // The last day is built from the quarter's own last month, not by adding three months to its start:
        // the fourth quarter of 9999 ends on the last day DateOnly can hold.
        var lastMonth = quarter * 3;
        return new Period(string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}"), new DateOnly(year, lastMonth - 2, 1),
            new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth)));
    }

    /// <summary>Length in years (a window of 2015..2022 is 8 years), the exposure of rate comparisons.</summary>
    public double Years => (End.DayNumber - Start.DayNumber + 1) / 365.2425;

    /// <summary>True when the event's date lies wholly inside the period: an event known only to the year is not placed in a quarter.</summary>
    public bool Contains(FuzzyDate date) => Start <= date.Earliest && date.Latest <= End;

    /// <summary>Parses <c>2015..2022</c>, <c>2023..</c> (to the end of <paramref name="openEnd"/>), or a single date <c>2023</c>, <c>2023-07</c>.</summary>
    public static bool TryParseWindow(string text, int openEnd, out Period period)
    {
        ArgumentNullException.ThrowIfNull(text);
        period = null!;
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length is not (1 or 2) || !TryParseDate(parts[0], out var from) || from.IsSpan)
        {
            return false;
        }

        var to = from;
        if (parts.Length == 2 && !(parts[1].Length == 0 ? TryOpen(openEnd, out to) : TryParseDate(parts[1], out to)))
        {
            return false;
        }

        if (to.IsSpan || to.Latest < from.Earliest)
        {
            return false;
        }

        period = new Period(text, from.Earliest, to.Latest);
        return true;
    }

    private static bool TryOpen(int year, out FuzzyDate to)
    {
        to = FuzzyDate.OfYear(year);
        return true;
    }

    /// <summary>A window's end point; a date the calendar cannot hold (9999-12 made the date parser throw, issue 8) is not a window.</summary>
    private static bool TryParseDate(string text, out FuzzyDate date)
    {
        try
        {
            return FuzzyDate.TryParse(text, out date);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            date = default;
            return false;
        }
    }
}
