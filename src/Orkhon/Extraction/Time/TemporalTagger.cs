using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

/// <summary>
/// Finds time phrases in news text and normalises them to <see cref="FuzzyDate"/>s at the precision the
/// text gives: "on 3 September 2024", "3-4 Sept.", "in July 2023", "in early September", "in the early
/// 1990s", "since 2023", "last year", "in 2010 and 2011, respectively", "on Tuesday". Phrases without a
/// year take it from the <see cref="TimeAnchor"/>; without an anchor they are dropped, never guessed.
/// A phrase whose value falls outside the calendar ("3000 years ago", "99999999999 days ago") is dropped
/// too, with an <see cref="IgnoredTimePhrase"/> saying why.
/// </summary>
/// <remarks>
/// Tagging is linear in the text: an undated document is tagged whole to find its anchor, so no step may
/// look back over everything before a phrase or over every phrase found so far.
/// </remarks>
public static partial class TemporalTagger
{
    /// <summary>The latest fully explicit (year-bearing) day in a text, used as its anchor when it has no date.</summary>
    public static DateOnly? LatestExplicitDate(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Undated text is read twice, once here: most sentences of prose hold no digit, and need not be tagged for this.
        return MayHoldExplicitDate(text.AsSpan(start, end - start)) ? LatestIn(Tag(text, start, end, default)) : null;
    }

    /// <summary>
    /// Whether a stretch may hold a date without an anchor. With none, every pattern that reads no written year resolves
    /// against the anchor and gives nothing ("last year", "in May", "3 March", "on Tuesday"); those that give a date read a
    /// year or a decade in four digits (<see cref="HasFourDigits"/>), in any script.
    /// </summary>
    internal static bool MayHoldExplicitDate(ReadOnlySpan<char> segment) => HasFourDigits(segment);

    /// <summary>The latest fully explicit day among tagged phrases, as <see cref="LatestExplicitDate"/> counts it.</summary>
    internal static DateOnly? LatestIn(List<TemporalExpression> phrases)
    {
        DateOnly? latest = null;
        foreach (var e in phrases)
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
    public static List<TemporalExpression> Tag(string text, int start, int end, TimeAnchor anchor) => Tag(text, start, end, anchor, null);

    /// <summary>As <see cref="Tag(string, int, int, TimeAnchor)"/>, adding the phrases dropped as out of range to <paramref name="ignored"/> when given.</summary>
    public static List<TemporalExpression> Tag(string text, int start, int end, TimeAnchor anchor, List<IgnoredTimePhrase>? ignored)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<TemporalExpression>();
        // The patterns read text[start..end] in place, as if it were the whole input; positions below are the text's.
        var segment = text.AsSpan(start, end - start);
        // What phrases already cover: later patterns only take what is free.
        var taken = new TakenSpans();
        void Add(int s, int e, IReadOnlyList<FuzzyDate> values, bool respectively = false)
        {
            // "since 2023" is an open span from that point on.
            if (!respectively && (SinceBefore(text.AsSpan(start, s - start)) is var since and >= 0 || (since = SinceTheStartOf(text, start, s)) >= 0))
            {
                taken.Take(start + since, e);
                found.Add(new TemporalExpression(start + since, e, [FuzzyDate.Since(values[0].IsSpan ? FuzzyDate.OfYear(values[0].Earliest.Year) : values[0])], false));
                return;
            }

            taken.Take(s, e);
            found.Add(new TemporalExpression(s, e, values, respectively));
        }

        void Ignore(Match m, string reason)
        {
            taken.Take(m.Index, m.Index + m.Length);
            ignored?.Add(new IgnoredTimePhrase(m.Index, m.Index + m.Length, reason));
        }

        var hasDigit = segment.ContainsAny(s_digits);
        // Most sentences with a digit hold no year and no month as a word ("market", "decided" and "summary" hold the
        // letters of one): the year and month patterns are skipped where what they need is missing.
        var hasYear = hasDigit && HasFourDigits(segment);
        var monthWords = segment.ContainsAny(s_months) ? MonthWords(segment) : 0;
        foreach (var m in hasDigit && monthWords >= 2 ? MatchesIn(CrossMonthRange(), text, start, end) : [])
        {
            if (taken.IsFree(m.Index, m.Index + m.Length))
            {
                AddResolved(m, CrossMonthSpan(m, anchor, IsFuture(text, start, m.Index), out var refused), refused);
            }
        }

        taken.EndPass();
        foreach (var m in hasYear ? MatchesIn(YearSpan(), text, start, end) : [])
        {
            var (y1, y2) = (int.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture));
            if (taken.IsFree(m.Index, m.Index + m.Length) && y1 < y2)
            {
                Add(m.Index, m.Index + m.Length, [FuzzyDate.Between(FuzzyDate.OfYear(y1), FuzzyDate.OfYear(y2))]);
            }
        }

        taken.EndPass();
        foreach (var m in monthWords >= 2 ? MatchesIn(MonthSpan(), text, start, end) : [])
        {
            if (taken.IsFree(m.Index, m.Index + m.Length))
            {
                AddResolved(m, MonthSpanDate(m, anchor, IsFuture(text, start, m.Index), out var refused), refused);
            }
        }

        taken.EndPass();
        var hasRelative = segment.ContainsAny(s_relative);
        // A span of weekdays names one: the common "this", "last" or "today" alone do not warrant the pattern. Without a publication
        // day (the undated document's search for its anchor) a span of weekdays is no date and takes nothing: the pass is skipped.
        foreach (var m in hasRelative && anchor.DocumentDate is not null && segment.ContainsAny(s_weekdays) ? MatchesIn(WeekdaySpan(), text, start, end) : [])
        {
            if (taken.IsFree(m.Index, m.Index + m.Length))
            {
                AddResolved(m, WeekdaySpanDate(m, anchor, IsFuture(text, start, m.Index), out var refused), refused);
            }
        }

        taken.EndPass();
        foreach (var m in segment.ContainsAny(s_seasons) ? MatchesIn(Season(), text, start, end) : [])
        {
            if (taken.IsFree(m.Index, m.Index + m.Length))
            {
                AddResolved(m, SeasonDate(m, anchor, IsFuture(text, start, m.Index), out var refused), refused);
            }
        }

        taken.EndPass();
        foreach (var m in hasDigit && monthWords >= 1 ? MatchesIn(DayMonth(), text, start, end) : [])
        {
            if (taken.IsFree(m.Index, m.Index + m.Length))
            {
                AddResolved(m, DayRange(m, anchor, IsFuture(text, start, m.Index), out var refused), refused);
            }
        }

        taken.EndPass();
        foreach (var m in hasDigit && monthWords >= 1 ? MatchesIn(MonthDay(), text, start, end) : [])
        {
            if (taken.IsFree(m.Index, m.Index + m.Length))
            {
                AddResolved(m, DayRange(m, anchor, IsFuture(text, start, m.Index), out var refused), refused);
            }
        }

        taken.EndPass();
        foreach (var m in monthWords >= 1 ? MatchesIn(MonthYear(), text, start, end) : [])
        {
            if (!taken.IsFree(m.Index, m.Index + m.Length) || !IsMonthUse(text, start, m))
            {
                continue;
            }

            var month = MonthNumber(m.Groups["month"].Value);
            // "in April of that year", "in May of the same year": the year written last before it in the sentence.
            var phraseEnd = m.Index + m.Length;
            var thatYear = m.Groups["year"].Success ? null : ThatYear(text, start, end, m.Index, ref phraseEnd);
            var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : thatYear ?? YearFor(month, anchor, IsFuture(text, start, m.Index));
            if (year is { } y && y is >= MinWrittenYear and <= FuzzyDate.MaxYear)
            {
                Add(m.Index, taken.IsFree(m.Index, phraseEnd) ? phraseEnd : m.Index + m.Length, [FuzzyDate.OfMonth(y, month)]);
            }
            else if (year is { } outside)
            {
                Ignore(m, OutsideWrittenYears(outside));
            }
        }

        taken.EndPass();
        foreach (var m in hasYear && MayMatchDecade(segment) ? MatchesIn(Decade(), text, start, end) : [])
        {
            if (!taken.IsFree(m.Index, m.Index + m.Length))
            {
                continue;
            }

            var decade = int.Parse(m.Groups["decade"].Value, CultureInfo.InvariantCulture) * 10;
            var (from, to) = DecadeParts.YearsOf(m.Groups["mod"].Value);
            Add(m.Index, m.Index + m.Length, [FuzzyDate.Between(FuzzyDate.OfYear(decade + from), FuzzyDate.OfYear(decade + to))]);
        }

        taken.EndPass();
        foreach (var m in hasYear ? MatchesIn(Year(), text, start, end) : [])
        {
            if (!taken.IsFree(m.Index, m.Index + m.Length) || IsPartOfNumber(text, start, end, m))
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

        taken.EndPass();
        // Before the relative pass, which would read "the previous year" against the publication day.
        TagCountedFromTold(text, start, end, anchor, found, taken, (s, e, values) => Add(s, e, values));
        taken.EndPass();
        // The last pass: with no day to count from (the undated document's search for its anchor, or a text with no date at all)
        // a relative phrase gives nothing, and what it would take no later pass reads.
        var hasAgo = hasRelative && anchor.Day is not null && segment.ContainsAny(s_ago);
        var relative = hasAgo ? Relative() : RelativeNoAgo();
        foreach (var m in hasRelative && anchor.Day is not null && (hasAgo || MayMatchRelativeNoAgo(segment)) ? MatchesIn(relative, text, start, end) : [])
        {
            // "on Friday, March 7": the date written after the weekday names the day; the weekday is no guess of its own.
            if (m.Groups["weekday"].Success && !m.Groups["lastweek"].Success && m.Groups["wmod"].Value is "" or "on" or "On"
                && WrittenDayAfter(text, end, m.Index + m.Length, taken))
            {
                taken.Take(m.Index, m.Index + m.Length);
                continue;
            }

            if (taken.IsFree(m.Index, m.Index + m.Length))
            {
                AddResolved(m, RelativeDate(m, anchor, IsFuture(text, start, m.Index), out var refused), refused);
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;

        // A phrase without an anchor is simply not a date here; one outside the calendar is noted.
        void AddResolved(Match m, FuzzyDate? date, string? refused)
        {
            if (date is { } d)
            {
                Add(m.Index, m.Index + m.Length, [d]);
            }
            else if (refused is not null)
            {
                Ignore(m, refused);
            }
        }
    }

    // The matches of a pattern in text[start..end], read as a copy of that stretch would be (\b and lookarounds see
    // nothing outside it), found one at a time: no copy of the text and no list of every match.
    private static IEnumerable<Match> MatchesIn(Regex pattern, string text, int start, int end)
    {
        for (var m = pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            yield return m;
        }
    }

    // Whether a phrase already found starts right after position at, past a comma and spaces ("on Friday, March 7").
    private static bool WrittenDayAfter(string text, int end, int at, TakenSpans taken)
    {
        var k = at;
        if (k < end && text[k] == ',')
        {
            k++;
        }

        while (k < end && text[k] == ' ')
        {
            k++;
        }

        return k > at && k < end && taken.IsTaken(k) && char.IsAsciiLetterOrDigit(text[k]);
    }

    /// <summary>"the next day", "the same day", "that evening", "overnight" and "a day earlier": relative to the date of an earlier event, resolved by the caller.</summary>
    public static IEnumerable<(int Start, int End, int Offset)> DayReferences(string text, int start, int end)
    {
        // Every such phrase holds one of these words; most stretches hold none and skip the pattern.
        if (!text.AsSpan(start, end - start).ContainsAny(s_dayWords))
        {
            yield break;
        }

        foreach (var m in MatchesIn(DayAfter(), text, start, end))
        {
            var sign = m.Groups["dir"].Value.Equals("earlier", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
            var offset = m.Groups["n"].Success ? sign * Counted(m.Groups["n"].Value)
                : m.Groups["weeks"].Success ? sign * 7 * Counted(m.Groups["weeks"].Value)
                : m.Groups["before"].Success ? -1 : m.Groups["same"].Success ? 0 : 1;
            yield return (m.Index, m.Index + m.Length, offset);
        }
    }

    // A small count written as a word or in digits ("two days later", "a week earlier").
    private static int Counted(string word) =>
        NumberWords.Cardinals.NumberOf(word.ToLowerInvariant()) is var n and > 0 ? n : int.Parse(word, CultureInfo.InvariantCulture);

}
