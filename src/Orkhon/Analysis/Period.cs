using System.Globalization;
using Orkhon.Domain;

namespace Orkhon.Analysis;

/// <summary>A window of time that engagements are counted in: a year (<c>2023</c>), a quarter (<c>2023-Q3</c>) or a custom range (<c>2015..2022</c>).</summary>
public sealed record Period(string Label, DateOnly Start, DateOnly End)
{
    public static Period Year(int year) => new(year.ToString(CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static Period Quarter(int year, int quarter)
    {
        var start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new Period(string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}"), start, start.AddMonths(3).AddDays(-1));
    }

    /// <summary>Length in years (a window of 2015..2022 is 8 years), the exposure of rate comparisons.</summary>
    public double Years => (End.DayNumber - Start.DayNumber + 1) / 365.2425;

    /// <summary>True when the event's date lies wholly inside the period: an event known only to the year is not placed in a quarter.</summary>
    public bool Contains(FuzzyDate date) => Start <= date.Earliest && date.Latest <= End;

    /// <summary>Parses <c>2015..2022</c>, <c>2023..</c> (to the end of <paramref name="openEnd"/>), or a single date <c>2023</c>, <c>2023-07</c>.</summary>
    public static bool TryParseWindow(string text, int openEnd, out Period period)
    {
        period = null!;
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length is not (1 or 2) || !FuzzyDate.TryParse(parts[0], out var from) || from.IsSpan)
        {
            return false;
        }

        var to = from;
        if (parts.Length == 2 && !(parts[1].Length == 0 ? TryOpen(openEnd, out to) : FuzzyDate.TryParse(parts[1], out to)))
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
}
