using System.Globalization;
using System.Text.RegularExpressions;
using Orkhon.Domain;

namespace Orkhon.Extraction.Time;

// Spans written as two ends or as a season: "between March and May 2024", "from January to April", "from Monday to
// Wednesday", "last summer", "this winter". Seasons are those of the northern hemisphere, as the press of the region
// writes them: spring March–May, summer June–August, autumn September–November, winter December–February. A season of
// a named year ("in the spring of 2023") gives only that year, as the coding rules read "early 2023".
public static partial class TemporalTagger
{
    // "between March and May 2024", "from January 2023 to March 2024", "from October to December".
    [GeneratedRegex(@"\b(?:between|from)\s+" + Month1 + @"(?:\s+(?<y1>[0-9]{4}))?\s+(?:and|to|until|till|through)\s+" + Month2 + @"(?:\s+(?:of\s+)?(?<year>[0-9]{4}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex MonthSpan();

    // "from Monday to Wednesday", "between Tuesday and Thursday"; "on Sunday and Monday" (two days running only).
    [GeneratedRegex(@"\b(?:(?<range>between|from)\s+|on\s+)?(?<w1>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:and|to|until|till|through)\s+(?<w2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdaySpan();

    // "in the spring of 2023", "summer 2024", "last autumn", "this winter", "during the summer". A bare "fall" or
    // "spring" is a verb or a noun ("prices fall", "a hot spring"): without a year it needs "the" after a preposition,
    // or "last/this/next".
    [GeneratedRegex(@"\b(?:(?<which>last|this|next|past)\s+(?<season>spring|summer|autumn|fall|winter)\b(?!\s+(?:of\s+)?[0-9]{4})|(?:(?:in|during|over|by|until|through|throughout)\s+the\s+(?:(?:early|late|mid)[\s-]+)?(?<season>spring|summer|autumn|fall|winter)(?:\s+of\s+(?<year>[0-9]{4}))?)|(?:(?:early|late|mid)[\s-]+)?(?<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?<year>[0-9]{4}))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Season();

    private static int SeasonStart(string season) => season.ToLowerInvariant() switch
    {
        "spring" => 3,
        "summer" => 6,
        "autumn" or "fall" => 9,
        _ => 12,
    };

    // Both ends in the calendar, the end after the start, or no date.
    private static FuzzyDate? MonthsBetween(long y1, int m1, long y2, int m2)
    {
        if (!FuzzyDate.TryOfMonth(y1, m1, out var from) || !FuzzyDate.TryOfMonth(y2, m2, out var to) || (y2 * 12) + m2 <= (y1 * 12) + m1)
        {
            return null;
        }

        return FuzzyDate.Between(from, to);
    }

    private static FuzzyDate? MonthSpanDate(Match m, TimeAnchor anchor, bool future, out string? refused)
    {
        refused = null;
        var (m1, m2) = (MonthNumber(m.Groups["m1"].Value), MonthNumber(m.Groups["m2"].Value));
        long y2;
        if (m.Groups["year"].Success)
        {
            y2 = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if (YearFor(m2, anchor, future) is { } guessed)
        {
            y2 = guessed;
        }
        else
        {
            return null;
        }

        // "from October to February 2024": the span began the year before the one written.
        long y1 = m.Groups["y1"].Success ? int.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture) : m1 < m2 ? y2 : y2 - 1;
        if (y1 is < MinWrittenYear or > FuzzyDate.MaxYear || y2 is < MinWrittenYear or > FuzzyDate.MaxYear)
        {
            refused = OutsideWrittenYears((int)(y1 is < MinWrittenYear or > FuzzyDate.MaxYear ? y1 : y2));
            return null;
        }

        return MonthsBetween(y1, m1, y2, m2);
    }

    private static FuzzyDate? WeekdaySpanDate(Match m, TimeAnchor anchor, bool future, out string? refused)
    {
        refused = null;
        if (anchor.DocumentDate is not { } doc
            || !Enum.TryParse<DayOfWeek>(m.Groups["w1"].Value, ignoreCase: true, out var first)
            || !Enum.TryParse<DayOfWeek>(m.Groups["w2"].Value, ignoreCase: true, out var last))
        {
            return null;
        }

        // The first day as a lone weekday would be read (ahead under a future cue, else back); the last follows it within a week.
        var shift = future ? ((int)first - (int)doc.DayOfWeek + 7) % 7 : -(((int)doc.DayOfWeek - (int)first + 7) % 7);
        var length = ((int)last - (int)first + 7) % 7;
        if (!m.Groups["range"].Success && length != 1)
        {
            // "on Monday and Thursday" are two days, each read alone.
            return null;
        }

        var start = (long)doc.DayNumber + shift;
        if (length == 0 || start < DateOnly.MinValue.DayNumber || start + length > DateOnly.MaxValue.DayNumber)
        {
            refused = length == 0 ? null : $"the days near {Day(doc)} are outside {Calendar}";
            return null;
        }

        return FuzzyDate.Between(FuzzyDate.OfDay(DateOnly.FromDayNumber((int)start)), FuzzyDate.OfDay(DateOnly.FromDayNumber((int)(start + length))));
    }

    private static FuzzyDate? SeasonDate(Match m, TimeAnchor anchor, bool future, out string? refused)
    {
        refused = null;
        var startMonth = SeasonStart(m.Groups["season"].Value);
        if (m.Groups["year"].Success)
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year is < MinWrittenYear or > FuzzyDate.MaxYear)
            {
                refused = OutsideWrittenYears(year);
                return null;
            }

            // A season of a named year is a part of that year, as "early 2023" is: the year, the precision the coding rules give
            // ("in the summer of 1939" is 1939). "the winter of 2022" straddles two years anyway and the press means either.
            return FuzzyDate.OfYear(year);
        }

        if (anchor.Day is not { } day)
        {
            return null;
        }

        // Seasons counted as months from January of year 0; a season is the three months from its start.
        var today = (day.Year * 12L) + day.Month - 1;
        var begun = today - ((((today % 12) - (startMonth - 1)) % 12 + 12) % 12); // the latest start on or before this month
        var which = m.Groups["which"].Value.ToLowerInvariant();
        var start = which switch
        {
            // "last summer": the latest one that has ended; "next summer": the first that has not begun.
            "last" or "past" => begun + 2 < today ? begun : begun - 12,
            "next" => begun + 12,
            // "this winter" and a planned "in the summer": the one under way, else the coming one; but a past told of a
            // season ended earlier in the calendar year ("troops withdrew this spring", in September) is that one.
            "this" => begun + 2 >= today || (!future && begun / 12 == today / 12) ? begun : begun + 12,
            _ when future => begun + 2 >= today ? begun : begun + 12,
            _ => begun,
        };
        var end = start + 2;
        if (start < 12 || end / 12 > FuzzyDate.MaxYear)
        {
            refused = $"the {m.Groups["season"].Value} near {Day(day)} is outside {Calendar}";
            return null;
        }

        return MonthsBetween(start / 12, (int)(start % 12) + 1, end / 12, (int)(end % 12) + 1);
    }
}
