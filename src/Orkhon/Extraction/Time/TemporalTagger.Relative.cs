using System.Globalization;
using System.Text.RegularExpressions;
using Orkhon.Domain;

namespace Orkhon.Extraction.Time;

// Relative phrases ("last year", "two weeks ago", "yesterday", "on Tuesday") shift the anchor day. The shift
// comes from the text, so it can be anything: "3000 years ago", "99999999999 days ago". Every step is done
// on whole numbers wider than the calendar and checked against it before a date is built.
public static partial class TemporalTagger
{
    /// <summary>
    /// The largest count "N units ago" is read with. Larger counts leave the calendar for any unit: there
    /// are fewer days than this from 0001-01-01 to 9999-12-31. Capping also keeps digit runs out of overflow.
    /// </summary>
    private const long MaxCount = 3_652_059;

    private const string Calendar = "0001-01-01..9999-12-31";

    // The date a relative phrase names, read against the anchor's day; each form is read by a step of its own.
    private static FuzzyDate? RelativeDate(Match m, TimeAnchor anchor, bool future, out string? refused)
    {
        refused = null;
        if (anchor.Day is not { } day)
        {
            return null;
        }

        // Weekdays and weekends are told of the publication day's week: without one they name no day.
        if (m.Groups["weekday"].Success)
        {
            return anchor.DocumentDate is { } doc ? WeekdayDate(m, doc, future, out refused) : null;
        }

        if (m.Value.EndsWith("weekend", StringComparison.OrdinalIgnoreCase))
        {
            return anchor.DocumentDate is { } doc ? WeekendDate(m, doc, future, out refused) : null;
        }

        if (m.Groups["agounit"].Success)
        {
            return AgoDate(m, day, out refused);
        }

        if (m.Groups["day"].Success)
        {
            // "last night" is the evening before the publication day, as "yesterday" is its day; "tonight" and "this morning" are the day itself.
            var before = m.Groups["day"].Value.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || m.Groups["day"].Value.StartsWith("last", StringComparison.OrdinalIgnoreCase);
            return ShiftDays(day, before ? -1 : 0, out refused);
        }

        return UnitDate(m, day, future, out refused);
    }

    // "said Wednesday", "last Tuesday", "next Friday", "on Thursday last week": a weekday near the publication day.
    private static FuzzyDate? WeekdayDate(Match m, DateOnly doc, bool future, out string? refused)
    {
        refused = null;
        // Case-insensitive matching admits letters Enum.Parse does not know (the Kelvin sign for k, long s for s).
        if (!Enum.TryParse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true, out var target))
        {
            return null;
        }

        // A weekday is the latest such day up to the publication day ("said Wednesday"); "last" excludes
        // the day itself; "next", or a future cue ("will meet on Tuesday"), looks ahead instead.
        var modifier = m.Groups["wmod"].Value.ToLowerInvariant();
        // "on Thursday last week": that weekday of the Monday-to-Sunday week before the publication day's.
        if (m.Groups["lastweek"].Success)
        {
            return ShiftDays(doc, -(((int)doc.DayOfWeek + 6) % 7) - 7 + (((int)target + 6) % 7), out refused);
        }

        var back = ((int)doc.DayOfWeek - (int)target + 7) % 7;
        var ahead = ((int)target - (int)doc.DayOfWeek + 7) % 7;
        return modifier switch
        {
            "next" => ShiftDays(doc, ahead == 0 ? 7 : ahead, out refused),
            "last" => ShiftDays(doc, -(back == 0 ? 7 : back), out refused),
            _ when future => ShiftDays(doc, ahead, out refused),
            _ => ShiftDays(doc, -back, out refused),
        };
    }

    // Saturday and Sunday: the latest weekend that has begun by the publication day; "next weekend", or a future cue, the
    // coming one.
    private static FuzzyDate? WeekendDate(Match m, DateOnly doc, bool future, out string? refused)
    {
        refused = null;
        var sinceSaturday = ((int)doc.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
        var untilSaturday = ((int)DayOfWeek.Saturday - (int)doc.DayOfWeek + 7) % 7;
        long saturday = m.Groups["wkmod"].Value.Equals("next", StringComparison.OrdinalIgnoreCase) ? doc.DayNumber + (untilSaturday == 0 ? 7 : untilSaturday)
            : future ? doc.DayNumber + untilSaturday
            : doc.DayNumber - sinceSaturday;
        if (saturday < DateOnly.MinValue.DayNumber || saturday + 1 > DateOnly.MaxValue.DayNumber)
        {
            refused = $"the weekend near {Day(doc)} is outside {Calendar}";
            return null;
        }

        return FuzzyDate.Between(FuzzyDate.OfDay(DateOnly.FromDayNumber((int)saturday)), FuzzyDate.OfDay(DateOnly.FromDayNumber((int)saturday + 1)));
    }

    // "two weeks ago", "a decade ago": a count of units back from the day, refused past the calendar.
    private static FuzzyDate? AgoDate(Match m, DateOnly day, out string? refused)
    {
        refused = null;
        var n = m.Groups["n"].Value.ToLowerInvariant();
        var count = NumberWords.Cardinals.NumberOf(n) is var word and > 0 ? word : Count(n);
        if (count > MaxCount)
        {
            refused = $"{m.Groups["n"].Value} {m.Groups["agounit"].Value} before {Day(day)} is outside {Calendar}";
            return null;
        }

        // "a day ago" and "two days ago" alike; "a decade ago" is the year ten years back, as news rounds it.
        return m.Groups["agounit"].Value.ToLowerInvariant().TrimEnd('s') switch
        {
            "day" => ShiftDays(day, -count, out refused),
            "week" => WeekOf(day, -7 * count, out refused),
            // "a fortnight ago": the week that began two weeks back, as "two weeks ago" is read.
            "fortnight" => WeekOf(day, -14 * count, out refused),
            "month" => ShiftMonths(day, -count, out refused),
            "decade" => YearOf(day.Year - (10 * count), out refused),
            _ => YearOf(day.Year - count, out refused),
        };
    }

    // "last year", "this month", "next week", "earlier this week", "in the past week": the unit the day stands in, or the one
    // before or after it.
    private static FuzzyDate? UnitDate(Match m, DateOnly day, bool future, out string? refused)
    {
        var which = m.Groups["which"].Value.ToLowerInvariant();
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        // "earlier this week" is told of the days of the week gone by, Monday to the day before; "in the past week" of the
        // seven days before the day. Neither reaches past the day itself.
        if (unit == "week" && !future && (which.StartsWith("earlier", StringComparison.Ordinal) || which == "past")
            && DaysBefore(day, which == "past" ? 7 : ((int)day.DayOfWeek + 6) % 7, out refused) is { } gone)
        {
            return gone;
        }

        var shift = which is "last" or "previous" or "past" ? -1 : which == "next" ? 1 : 0;
        return unit switch
        {
            "year" => YearOf(day.Year + shift, out refused),
            "month" => ShiftMonths(day, shift, out refused),
            _ => WeekOf(day, 7 * shift, out refused),
        };
    }

    // The days from <paramref name="count"/> days before the day to the day before it; null (the caller's reading stands) when
    // there are none, and refused when they leave the calendar.
    private static FuzzyDate? DaysBefore(DateOnly day, int count, out string? refused)
    {
        refused = null;
        if (count < 1)
        {
            return null;
        }

        if ((long)day.DayNumber - count < DateOnly.MinValue.DayNumber)
        {
            refused = string.Create(CultureInfo.InvariantCulture, $"{count} days before {Day(day)} are outside {Calendar}");
            return null;
        }

        var last = FuzzyDate.OfDay(day.AddDays(-1));
        return count == 1 ? last : FuzzyDate.Between(FuzzyDate.OfDay(day.AddDays(-count)), last);
    }

    // The value of a run of ASCII digits, or MaxCount + 1 once it passes MaxCount.
    private static long Count(string digits)
    {
        long value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
            if (value > MaxCount)
            {
                return MaxCount + 1;
            }
        }

        return value;
    }

    private static FuzzyDate? ShiftDays(DateOnly day, long shift, out string? refused)
    {
        var target = day.DayNumber + shift;
        if (target < DateOnly.MinValue.DayNumber || target > DateOnly.MaxValue.DayNumber)
        {
            refused = string.Create(CultureInfo.InvariantCulture, $"{shift:+0;-0} days from {Day(day)} is outside {Calendar}");
            return null;
        }

        refused = null;
        return FuzzyDate.OfDay(DateOnly.FromDayNumber((int)target));
    }

    private static FuzzyDate? ShiftMonths(DateOnly day, long shift, out string? refused)
    {
        // Months counted from January of year 0, so that division gives the year directly.
        var index = (day.Year * 12L) + day.Month - 1 + shift;
        if (index < 0 || !FuzzyDate.TryOfMonth(index / 12, (index % 12) + 1, out var month))
        {
            refused = string.Create(CultureInfo.InvariantCulture, $"{shift:+0;-0} months from {Day(day)} is outside {Calendar}");
            return null;
        }

        refused = null;
        return month;
    }

    private static FuzzyDate? YearOf(long year, out string? refused)
    {
        if (!FuzzyDate.TryOfYear(year, out var date))
        {
            refused = string.Create(CultureInfo.InvariantCulture, $"year {year} is outside {FuzzyDate.MinYear:D4}..{FuzzyDate.MaxYear}");
            return null;
        }

        refused = null;
        return date;
    }

    // Monday to Sunday of the week holding the day shifted by the given number of days; the whole week must be in the calendar.
    private static FuzzyDate? WeekOf(DateOnly day, long shift, out string? refused)
    {
        var target = day.DayNumber + shift;
        // DayNumber 0 (0001-01-01) was a Monday, so a day's distance from Monday is its number mod 7.
        var monday = target - (((target % 7) + 7) % 7);
        if (monday < DateOnly.MinValue.DayNumber || monday + 6 > DateOnly.MaxValue.DayNumber)
        {
            refused = string.Create(CultureInfo.InvariantCulture, $"the week {shift:+0;-0} days from {Day(day)} is outside {Calendar}");
            return null;
        }

        refused = null;
        return FuzzyDate.Between(FuzzyDate.OfDay(DateOnly.FromDayNumber((int)monday)), FuzzyDate.OfDay(DateOnly.FromDayNumber((int)monday + 6)));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
