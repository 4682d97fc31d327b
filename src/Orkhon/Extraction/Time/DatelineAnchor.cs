using System.Globalization;
using System.Text.RegularExpressions;

namespace Orkhon.Extraction.Time;

/// <summary>
/// The day agency copy was filed, from its dateline ("ULAANBAATAR, March 3 (Reuters) -", "BEIJING, Sept. 12 (Xinhua)
/// --"): the day the story's "on Monday" and "a day earlier" count from. A publication date may be a day later (time
/// zones) or the day a page was saved; the dateline is the writer's own. Its year is the one that puts the day
/// closest to the publication date, or, with none, on or after the latest day the text writes with its year.
/// </summary>
internal static partial class DatelineAnchor
{
    // A place in capitals (one to four words, "/" between cities), a comma, month and day, then the agency in brackets or a dash.
    [GeneratedRegex(@"\A\s*[A-Z][A-Z'.\-]*(?:[ /][A-Z][A-Z'.\-]*){0,3},\s+(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>[0-9]{1,2})\s*(?:\(|-|\u2013|\u2014)", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    /// <summary>How far the dateline's day may lie from the publication date and still be read in that date's year (a year's end between them moves the year).</summary>
    private const int SameYearDays = 183;

    /// <summary>The month and day of the dateline that opens <paramref name="text"/> at <paramref name="start"/>, or null.</summary>
    public static (int Month, int Day)? Find(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A dateline is short: only the first characters are read, so the cost does not grow with the document.
        var length = Math.Min(end - start, 80);
        var m = Dateline().Match(text, start, Math.Max(0, length));
        if (!m.Success)
        {
            return null;
        }

        var month = DateTime.ParseExact(m.Groups["month"].Value, "MMM", CultureInfo.InvariantCulture).Month;
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31 ? (month, day) : null;
    }

    /// <summary>
    /// The anchor day: the dateline's day in the year nearest <paramref name="published"/>; with no publication date, the first
    /// such day on or after <paramref name="latestInText"/>; null when the dateline has no such day or there is nothing to take a year from.
    /// </summary>
    public static DateOnly? Day((int Month, int Day) dateline, DateOnly? published, DateOnly? latestInText)
    {
        if (published is { } doc)
        {
            DateOnly? best = null;
            for (var year = doc.Year - 1; year <= doc.Year + 1; year++)
            {
                if (TryDay(year, dateline, out var candidate) && Math.Abs(candidate.DayNumber - doc.DayNumber) <= SameYearDays
                    && (best is null || Math.Abs(candidate.DayNumber - doc.DayNumber) < Math.Abs(best.Value.DayNumber - doc.DayNumber)))
                {
                    best = candidate;
                }
            }

            return best;
        }

        if (latestInText is { } latest)
        {
            for (var year = latest.Year; year <= latest.Year + 1; year++)
            {
                if (TryDay(year, dateline, out var candidate) && candidate >= latest)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool TryDay(int year, (int Month, int Day) dateline, out DateOnly day)
    {
        day = default;
        if (year is < 1 or > 9999 || dateline.Day > DateTime.DaysInMonth(year, dateline.Month))
        {
            return false;
        }

        day = new DateOnly(year, dateline.Month, dateline.Day);
        return true;
    }
}
