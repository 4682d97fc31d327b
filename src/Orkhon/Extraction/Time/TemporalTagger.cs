using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Orkhon.Domain;

namespace Orkhon.Extraction.Time;

/// <summary>
/// Finds time phrases in news text and normalises them to <see cref="FuzzyDate"/>s at the precision the
/// text gives: "on 3 September 2024", "3-4 Sept.", "in July 2023", "in early September", "in the early
/// 1990s", "since 2023", "last year", "in 2010 and 2011, respectively", "on Tuesday". Phrases without a
/// year take it from the <see cref="TimeAnchor"/>; without an anchor they are dropped, never guessed.
/// </summary>
public static partial class TemporalTagger
{
    private const string Month = @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    [GeneratedRegex(@"\b(?<d1>\d{1,2})(?:\s*-\s*(?<d2>\d{1,2}))?\s+" + Month + @",?(?:\s+(?<year>\d{4}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s*-\s*(?<d2>\d{1,2}))?(?:,?\s+(?<year>\d{4}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:(?<mod>early|mid|late|the end of|the beginning of|the start of|the middle of)[\s-]+)?" + Month + @"(?:\s+(?:of\s+)?(?<year>\d{4}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:the\s+)?(?:(?<mod>early|mid|late)[\s-]+)?(?<decade>1[89]\d|20\d)0s\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decade();

    [GeneratedRegex(@"\b(?<y1>1[89]\d{2}|20\d{2})(?:\s+and\s+(?<y2>1[89]\d{2}|20\d{2}),\s+respectively)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?<which>last|this|next|earlier this|later this|previous|past)\s+(?<unit>year|month|week)\b|\b(?<day>yesterday|today)\b|\bon\s+(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?<agounit>days|weeks|months|years)\s+ago\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\bsince\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceBefore();

    [GeneratedRegex(@"\b(?:the\s+)?(?:next|following)\s+day\b|\bthe\s+same\s+day\b|\ba\s+day\s+later\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayAfter();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_monthPrepositions = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "since", "until", "by", "from", "of", "during", "last", "next", "this", "early", "late", "mid", "before", "after").GetAlternateLookup<ReadOnlySpan<char>>();

    // Cheap tests that let most sentences skip most patterns.
    private static readonly SearchValues<char> s_digits = SearchValues.Create("0123456789");
    private static readonly SearchValues<string> s_months = SearchValues.Create(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> s_relative = SearchValues.Create(
        ["last", "this", "next", "yesterday", "today", "ago", "previous", "past", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The latest fully explicit (year-bearing) day in a text, used as its anchor when it has no date.</summary>
    public static DateOnly? LatestExplicitDate(string text, int start, int end)
    {
        DateOnly? latest = null;
        foreach (var e in Tag(text, start, end, default))
        {
            foreach (var v in e.Values)
            {
                if (!v.IsOpenEnd && (latest is null || v.Latest > latest) && v.Latest.Year < 9999)
                {
                    latest = v.IsSpan ? v.Latest : v.Earliest;
                }
            }
        }

        return latest;
    }

    /// <summary>The time phrases in text[start..end], in order, non-overlapping.</summary>
    public static List<TemporalExpression> Tag(string text, int start, int end, TimeAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<TemporalExpression>();
        var segment = text[start..end];
        bool Free(int s, int e)
        {
            foreach (var f in found)
            {
                if (s < f.End - start && f.Start - start < e)
                {
                    return false;
                }
            }

            return true;
        }
        void Add(int s, int e, IReadOnlyList<FuzzyDate> values, bool respectively = false)
        {
            // "since 2023" is an open span from that point on.
            if (!respectively && s >= 0 && SinceBefore().IsMatch(segment.AsSpan(0, s)))
            {
                var since = segment.AsSpan(0, s).LastIndexOf("since", StringComparison.OrdinalIgnoreCase);
                found.Add(new TemporalExpression(start + since, start + e, [FuzzyDate.Since(values[0].IsSpan ? FuzzyDate.OfYear(values[0].Earliest.Year) : values[0])], false));
                return;
            }

            found.Add(new TemporalExpression(start + s, start + e, values, respectively));
        }

        var hasDigit = segment.AsSpan().ContainsAny(s_digits);
        var hasMonth = segment.AsSpan().ContainsAny(s_months);
        foreach (Match m in hasDigit && hasMonth ? DayMonth().Matches(segment) : Enumerable.Empty<Match>())
        {
            if (Free(m.Index, m.Index + m.Length) && DayRange(m, anchor) is { } date)
            {
                Add(m.Index, m.Index + m.Length, [date]);
            }
        }

        foreach (Match m in hasDigit && hasMonth ? MonthDay().Matches(segment) : Enumerable.Empty<Match>())
        {
            if (Free(m.Index, m.Index + m.Length) && DayRange(m, anchor) is { } date)
            {
                Add(m.Index, m.Index + m.Length, [date]);
            }
        }

        foreach (Match m in hasMonth ? MonthYear().Matches(segment) : Enumerable.Empty<Match>())
        {
            if (!Free(m.Index, m.Index + m.Length) || !IsMonthUse(segment, m))
            {
                continue;
            }

            var month = MonthNumber(m.Groups["month"].Value);
            var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : YearFor(month, anchor);
            if (year is { } y && y is >= 1000 and <= 9998)
            {
                Add(m.Index, m.Index + m.Length, [FuzzyDate.OfMonth(y, month)]);
            }
        }

        foreach (Match m in hasDigit ? Decade().Matches(segment) : Enumerable.Empty<Match>())
        {
            if (!Free(m.Index, m.Index + m.Length))
            {
                continue;
            }

            var decade = int.Parse(m.Groups["decade"].Value, CultureInfo.InvariantCulture) * 10;
            var (from, to) = m.Groups["mod"].Value.ToLowerInvariant() switch
            {
                "early" => (decade, decade + 3),
                "mid" => (decade + 4, decade + 6),
                "late" => (decade + 7, decade + 9),
                _ => (decade, decade + 9),
            };
            Add(m.Index, m.Index + m.Length, [FuzzyDate.Between(FuzzyDate.OfYear(from), FuzzyDate.OfYear(to))]);
        }

        foreach (Match m in hasDigit ? Year().Matches(segment) : Enumerable.Empty<Match>())
        {
            if (!Free(m.Index, m.Index + m.Length) || IsPartOfNumber(segment, m))
            {
                continue;
            }

            var y1 = FuzzyDate.OfYear(int.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture));
            if (m.Groups["y2"].Success)
            {
                Add(m.Index, m.Index + m.Length, [y1, FuzzyDate.OfYear(int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture))], respectively: true);
            }
            else
            {
                Add(m.Index, m.Index + m.Length, [y1]);
            }
        }

        foreach (Match m in segment.AsSpan().ContainsAny(s_relative) ? Relative().Matches(segment) : Enumerable.Empty<Match>())
        {
            if (Free(m.Index, m.Index + m.Length) && RelativeDate(m, anchor) is { } date)
            {
                Add(m.Index, m.Index + m.Length, [date]);
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>"the next day" and "the same day": relative to the date of an earlier event in the sentence, resolved by the caller.</summary>
    public static IEnumerable<(int Start, int End, int Offset)> DayReferences(string text, int start, int end)
    {
        foreach (Match m in DayAfter().Matches(text[start..end]))
        {
            var offset = m.Value.Contains("same", StringComparison.OrdinalIgnoreCase) ? 0 : 1;
            yield return (start + m.Index, start + m.Index + m.Length, offset);
        }
    }

    private static FuzzyDate? DayRange(Match m, TimeAnchor anchor)
    {
        var month = MonthNumber(m.Groups["month"].Value);
        var d1 = int.Parse(m.Groups["d1"].Value, CultureInfo.InvariantCulture);
        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : YearFor(month, anchor);
        if (year is not { } y || y is < 1000 or > 9998 || d1 < 1 || d1 > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var first = FuzzyDate.OfDay(y, month, d1);
        if (m.Groups["d2"].Success && int.TryParse(m.Groups["d2"].Value, CultureInfo.InvariantCulture, out var d2) && d2 > d1 && d2 <= DateTime.DaysInMonth(y, month))
        {
            return FuzzyDate.Between(first, FuzzyDate.OfDay(y, month, d2));
        }

        return first;
    }

    // "May" is also a verb: as a bare month it needs a year or a preposition/modifier before it.
    private static bool IsMonthUse(string segment, Match m)
    {
        var word = m.Groups["month"].Value;
        if (m.Groups["year"].Success || m.Groups["mod"].Success)
        {
            return true;
        }

        var before = segment.AsSpan(0, m.Index).TrimEnd();
        var previous = before[(before.LastIndexOf(' ') + 1)..];
        var isPreposition = s_monthPrepositions.Contains(previous);
        return isPreposition && (char.IsUpper(word[0]) || word.Length > 3);
    }

    private static bool IsPartOfNumber(string segment, Match m) =>
        (m.Index > 0 && (char.IsDigit(segment[m.Index - 1]) || segment[m.Index - 1] is '$' or ',' or '.'))
        || (m.Index + m.Length < segment.Length && segment[m.Index + m.Length] is '%' or ',' && m.Index + m.Length + 1 < segment.Length && char.IsDigit(segment[m.Index + m.Length + 1]));

    private static int? YearFor(int month, TimeAnchor anchor)
    {
        if (anchor.DocumentDate is { } doc)
        {
            // News reports the past: a month after the publication month belongs to the year before.
            return month > doc.Month ? doc.Year - 1 : doc.Year;
        }

        return anchor.LatestInText?.Year;
    }

    private static FuzzyDate? RelativeDate(Match m, TimeAnchor anchor)
    {
        if (anchor.Day is not { } day)
        {
            return null;
        }

        if (m.Groups["weekday"].Success)
        {
            if (anchor.DocumentDate is not { } doc)
            {
                return null;
            }

            var target = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true);
            var back = ((int)doc.DayOfWeek - (int)target + 7) % 7;
            return FuzzyDate.OfDay(doc.AddDays(-back));
        }

        if (m.Groups["agounit"].Success)
        {
            var n = m.Groups["n"].Value.ToLowerInvariant() switch
            {
                "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
                var digits => int.Parse(digits, CultureInfo.InvariantCulture),
            };
            return m.Groups["agounit"].Value.ToLowerInvariant() switch
            {
                "days" => FuzzyDate.OfDay(day.AddDays(-n)),
                "weeks" => WeekOf(day.AddDays(-7 * n)),
                "months" => FuzzyDate.OfMonth(day.AddMonths(-n).Year, day.AddMonths(-n).Month),
                _ => FuzzyDate.OfYear(day.Year - n),
            };
        }

        if (m.Groups["day"].Success)
        {
            return FuzzyDate.OfDay(m.Groups["day"].Value.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? day.AddDays(-1) : day);
        }

        var which = m.Groups["which"].Value.ToLowerInvariant();
        var shift = which is "last" or "previous" or "past" ? -1 : which == "next" ? 1 : 0;
        return m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "year" => FuzzyDate.OfYear(day.Year + shift),
            "month" => FuzzyDate.OfMonth(day.AddMonths(shift).Year, day.AddMonths(shift).Month),
            _ => WeekOf(day.AddDays(7 * shift)),
        };
    }

    private static FuzzyDate WeekOf(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return FuzzyDate.Between(FuzzyDate.OfDay(monday), FuzzyDate.OfDay(monday.AddDays(6)));
    }

    private static int MonthNumber(string text) => text.ToLowerInvariant()[..3] switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };
}
