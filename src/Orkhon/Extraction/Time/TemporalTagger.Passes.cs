using System.Globalization;
using System.Text.RegularExpressions;
using Orkhon.Domain;

namespace Orkhon.Extraction.Time;

// The passes of Tag, one per kind of phrase, in the order they take text: a later pass only takes what is still free, so
// the longer and surer forms ("31 August-1 September", "between 2017 and 2019") run before their parts ("August", "2017").
public static partial class TemporalTagger
{
    // A resolver of one pattern's match to a date: null when it gives none, with the reason when it lies outside the calendar.
    private delegate FuzzyDate? MatchResolver(Match m, TimeAnchor anchor, bool future, out string? refused);

    /// <summary>
    /// One tagging of text[start..end]: the phrases found, what they cover, and the phrases dropped as out of range. The
    /// patterns read the stretch in place, as if it were the whole input; positions are the text's.
    /// </summary>
    private sealed class Tagging(string text, int start, int end, TimeAnchor anchor, List<IgnoredTimePhrase>? ignored)
    {
        public string Text => text;

        public int Start => start;

        public int End => end;

        public TimeAnchor Anchor => anchor;

        public List<TemporalExpression> Found { get; } = [];

        // What phrases already cover: later patterns only take what is free.
        public TakenSpans Taken { get; } = new();

        public ReadOnlySpan<char> Segment => text.AsSpan(start, end - start);

        // The matches of a pattern in the stretch; none when the pass is skipped (a null pattern).
        public IEnumerable<Match> Matches(Regex? pattern) => pattern is null ? [] : MatchesIn(pattern, text, start, end);

        public bool IsFree(Match m) => Taken.IsFree(m.Index, m.Index + m.Length);

        // Whether a future cue stands shortly before text[at], within the stretch.
        public bool IsFutureAt(int at) => IsFuture(text, start, at);

        // Whether the match tells of what lies ahead: a future cue before it, or a start it opens ("from May 1").
        public bool IsFutureAt(Match m) => IsFuture(text, start, m.Index) || (StartsSoon(m, anchor) && OpensAStart(text, start, end, m.Index, m.Index + m.Length));

        public void Add(int s, int e, IReadOnlyList<FuzzyDate> values, bool respectively = false)
        {
            // "since 2023" is an open span from that point on.
            if (!respectively && (SinceBefore(text.AsSpan(start, s - start)) is var since and >= 0 || (since = SinceTheStartOf(text, start, s)) >= 0))
            {
                Taken.Take(start + since, e);
                Found.Add(new TemporalExpression(start + since, e, [FuzzyDate.Since(values[0].IsSpan ? FuzzyDate.OfYear(values[0].Earliest.Year) : values[0])], false));
                return;
            }

            Taken.Take(s, e);
            Found.Add(new TemporalExpression(s, e, values, respectively));
        }

        public void Ignore(Match m, string reason)
        {
            Taken.Take(m.Index, m.Index + m.Length);
            ignored?.Add(new IgnoredTimePhrase(m.Index, m.Index + m.Length, reason));
        }

        // A phrase without an anchor is simply not a date here; one outside the calendar is noted.
        public void AddResolved(Match m, FuzzyDate? date, string? refused)
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

    // The passes whose match a resolver turns into one date: ranges, spans, seasons, days. A null pattern skips the pass.
    private static void TagResolved(Tagging t, Regex? pattern, MatchResolver resolve)
    {
        foreach (var m in t.Matches(pattern))
        {
            if (t.IsFree(m))
            {
                t.AddResolved(m, resolve(m, t.Anchor, t.IsFutureAt(m), out var refused), refused);
            }
        }

        t.Taken.EndPass();
    }

    // "between 2017 and 2019", "2024-2025": a span of years, written in order.
    private static void TagYearSpans(Tagging t, bool hasYear)
    {
        foreach (var m in t.Matches(hasYear ? YearSpan() : null))
        {
            var (y1, y2) = (int.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture));
            if (t.IsFree(m) && y1 < y2)
            {
                t.Add(m.Index, m.Index + m.Length, [FuzzyDate.Between(FuzzyDate.OfYear(y1), FuzzyDate.OfYear(y2))]);
            }
        }

        t.Taken.EndPass();
    }

    // "in July 2023", "in early September", "in April of that year": a month, its year written, pointed back to or read
    // from the anchor.
    private static void TagMonths(Tagging t, bool hasMonthWord)
    {
        var (text, start, end) = (t.Text, t.Start, t.End);
        foreach (var m in t.Matches(hasMonthWord ? MonthYear() : null))
        {
            if (!t.IsFree(m) || !IsMonthUse(text, start, m))
            {
                continue;
            }

            var month = MonthNumber(m.Groups["month"].Value);
            // "in April of that year", "in May of the same year": the year written last before it in the sentence.
            var phraseEnd = m.Index + m.Length;
            var thatYear = m.Groups["year"].Success ? null : ThatYear(text, start, end, m.Index, ref phraseEnd);
            var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : thatYear ?? YearFor(month, t.Anchor, t.IsFutureAt(m));
            if (year is { } y && y is >= MinWrittenYear and <= FuzzyDate.MaxYear)
            {
                t.Add(m.Index, t.Taken.IsFree(m.Index, phraseEnd) ? phraseEnd : m.Index + m.Length, [FuzzyDate.OfMonth(y, month)]);
            }
            else if (year is { } outside)
            {
                t.Ignore(m, OutsideWrittenYears(outside));
            }
        }

        t.Taken.EndPass();
    }

    // "in the early 1990s": the years of the decade the modifier names. Two decades joined by "and", "to" or "through", the
    // later after the earlier ("in the 1970s and 1980s", "from the 1960s to the 1980s"), are one span from the first's start
    // to the second's end, as "between 2017 and 2019" is.
    private static void TagDecades(Tagging t, bool mayHoldDecade)
    {
        Match? pending = null;
        foreach (var m in t.Matches(mayHoldDecade ? Decade() : null))
        {
            if (!t.IsFree(m))
            {
                continue;
            }

            if (pending is { } first && DecadeJoin(t.Text.AsSpan(first.Index + first.Length, Math.Max(0, m.Index - first.Index - first.Length))) is var join
                && (join == Join.Through ? DecadeOf(m) > DecadeOf(first) : join == Join.And && DecadeOf(m) == DecadeOf(first) + 10))
            {
                var span = FuzzyDate.Between(FuzzyDate.OfYear(DecadeOf(first) + DecadeParts.YearsOf(first.Groups["mod"].Value).First),
                    FuzzyDate.OfYear(DecadeOf(m) + DecadeParts.YearsOf(m.Groups["mod"].Value).Last));
                t.Add(first.Index, m.Index + m.Length, [span]);
                pending = null;
                continue;
            }

            AddDecade(t, pending);
            pending = m;
        }

        AddDecade(t, pending);
        t.Taken.EndPass();
    }

    private static int DecadeOf(Match m) => int.Parse(m.Groups["decade"].Value, CultureInfo.InvariantCulture) * 10;

    private static void AddDecade(Tagging t, Match? m)
    {
        if (m is null)
        {
            return;
        }

        var (from, to) = DecadeParts.YearsOf(m.Groups["mod"].Value);
        t.Add(m.Index, m.Index + m.Length, [FuzzyDate.Between(FuzzyDate.OfYear(DecadeOf(m) + from), FuzzyDate.OfYear(DecadeOf(m) + to))]);
    }

    private enum Join { None, And, Through }

    // The words between two decades that join them into one stretch: "to", "through" or a dash reach any later decade ("from
    // the 1960s to the 1980s"); "and" only the next one ("the 1970s and 1980s"), as "the late 1980s and the 2000s" are two
    // periods with a gap between them.
    private static Join DecadeJoin(ReadOnlySpan<char> between) => between.Trim() switch
    {
        "to" or "through" or "to the" or "through the" or "-" or "\u2013" => Join.Through,
        "and" or "and the" => Join.And,
        _ => Join.None,
    };

    // "in 2019", "mid-2019", "in 2010 and 2011, respectively"; a year that is part of a number ("$2019", "2019%") is none.
    private static void TagYears(Tagging t, bool hasYear)
    {
        foreach (var m in t.Matches(hasYear ? Year() : null))
        {
            if (!t.IsFree(m) || IsPartOfNumber(t.Text, t.Start, t.End, m))
            {
                continue;
            }

            var y1 = FuzzyDate.OfYear(int.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture));
            if (m.Groups["y2"].Success)
            {
                t.Add(m.Index, m.Index + m.Length, [y1, FuzzyDate.OfYear(int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture))], respectively: true);
            }
            else
            {
                t.Add(m.Index, m.Index + m.Length, [y1]);
            }
        }

        t.Taken.EndPass();
    }

    // The last pass, so nothing it takes is settled: with no day to count from (the undated document's search for its anchor,
    // or a text with no date at all) a relative phrase gives nothing, and what it would take no later pass reads.
    private static void TagRelative(Tagging t, bool hasRelative)
    {
        var segment = t.Segment;
        var hasAgo = hasRelative && t.Anchor.Day is not null && segment.ContainsAny(s_ago);
        var relative = hasAgo ? Relative() : RelativeNoAgo();
        foreach (var m in t.Matches(hasRelative && t.Anchor.Day is not null && (hasAgo || MayMatchRelativeNoAgo(segment)) ? relative : null))
        {
            // "on Friday, March 7": the date written after the weekday names the day; the weekday is no guess of its own.
            if (m.Groups["weekday"].Success && !m.Groups["lastweek"].Success && m.Groups["wmod"].Value is "" or "on" or "On"
                && WrittenDayAfter(t.Text, t.End, m.Index + m.Length, t.Taken))
            {
                t.Taken.Take(m.Index, m.Index + m.Length);
                continue;
            }

            if (t.IsFree(m))
            {
                t.AddResolved(m, RelativeDate(m, t.Anchor, t.IsFutureAt(m.Index), out var refused), refused);
            }
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
}
