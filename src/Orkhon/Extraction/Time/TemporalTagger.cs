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
        var t = new Tagging(text, start, end, anchor, ignored);
        var segment = t.Segment;
        var hasDigit = segment.ContainsAny(s_digits);
        // Most sentences with a digit hold no year and no month as a word ("market", "decided" and "summary" hold the
        // letters of one): the year and month patterns are skipped where what they need is missing.
        var hasYear = hasDigit && HasFourDigits(segment);
        var monthWords = segment.ContainsAny(s_months) ? MonthWords(segment) : 0;
        var hasRelative = segment.ContainsAny(s_relative);
        TagCrossMonthRanges(t, hasDigit && monthWords >= 2);
        TagYearSpans(t, hasYear);
        TagResolved(t, monthWords >= 2 ? MonthSpan() : null, MonthSpanDate);
        // A span of weekdays names one: the common "this", "last" or "today" alone do not warrant the pattern. Without a publication
        // day (the undated document's search for its anchor) a span of weekdays is no date and takes nothing: the pass is skipped.
        TagResolved(t, hasRelative && anchor.DocumentDate is not null && segment.ContainsAny(s_weekdays) ? WeekdaySpan() : null, WeekdaySpanDate);
        TagResolved(t, segment.ContainsAny(s_seasons) ? Season() : null, SeasonDate);
        TagResolved(t, hasDigit && monthWords >= 1 ? DayMonth() : null, DayRange);
        TagResolved(t, hasDigit && monthWords >= 1 ? MonthDay() : null, DayRange);
        TagMonths(t, monthWords >= 1);
        TagDecades(t, hasYear && MayMatchDecade(segment));
        TagYears(t, hasYear);
        // Before the relative pass, which would read "the previous year" against the publication day.
        // Its word test first, so that most sentences make no delegate for it (and the delegate's closure is made apart from
        // this method, which would otherwise make it on every call).
        if (segment.ContainsAny(s_toldUnits))
        {
            TagCountedFromTold(text, start, end, anchor, t.Found, t.Taken, AddingTo(t));
        }

        t.Taken.EndPass();
        TagRelative(t, hasRelative);
        t.Found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return t.Found;
    }

    private static Action<int, int, IReadOnlyList<FuzzyDate>> AddingTo(Tagging t) => (s, e, values) => t.Add(s, e, values);

    // The matches of a pattern in text[start..end], read as a copy of that stretch would be (\b and lookarounds see
    // nothing outside it), found one at a time: no copy of the text and no list of every match.
    private static IEnumerable<Match> MatchesIn(Regex pattern, string text, int start, int end)
    {
        for (var m = pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            yield return m;
        }
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
