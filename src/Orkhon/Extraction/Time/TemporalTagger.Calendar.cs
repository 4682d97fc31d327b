using System.Globalization;
using System.Text.RegularExpressions;
using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

// Written days, ranges and months turned into dates: the year a phrase without one belongs to, the bounds a written year
// must keep, and the months that are words of another use ("May" the verb).
public static partial class TemporalTagger
{
    // The year, when not written, is the start month's, as for a single day; a range that would run backwards is no date.
    private static FuzzyDate? CrossMonthSpan(Match m, TimeAnchor anchor, bool future, out string? refused)
    {
        refused = null;
        var (m1, m2) = (MonthNumber(m.Groups["m1"].Value), MonthNumber(m.Groups["m2"].Value));
        // "from 30 December 2024 to 2 January": the start's year, when only it is written, is the year the range is read in.
        var written = m.Groups["year"].Success ? m.Groups["year"] : m.Groups["y1"].Success ? m.Groups["y1"] : null;
        var year = written is not null ? int.Parse(written.Value, CultureInfo.InvariantCulture) : YearFor(m1, anchor, future);
        if (year is not { } y)
        {
            return null;
        }

        var start = m.Groups["y1"].Success ? int.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture) : y;
        if (y is < MinWrittenYear or > FuzzyDate.MaxYear || start is < MinWrittenYear or > FuzzyDate.MaxYear)
        {
            refused = OutsideWrittenYears(y is < MinWrittenYear or > FuzzyDate.MaxYear ? y : start);
            return null;
        }

        // "31 December-2 January 2025": the range began in the year before the one written; "from 30 December 2024 to 2
        // January 2025" writes both.
        var y1 = m.Groups["y1"].Success ? start : m2 < m1 && m.Groups["year"].Success ? y - 1 : y;
        var y2 = m.Groups["year"].Success ? y : m2 < m1 ? y1 + 1 : y1;
        var (d1, d2) = (int.Parse(m.Groups["d1"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d2"].Value, CultureInfo.InvariantCulture));
        if (!FuzzyDate.TryOfDay(y1, m1, d1, out var from) || !FuzzyDate.TryOfDay(y2, m2, d2, out var to) || to.Earliest <= from.Earliest)
        {
            return null;
        }

        // A span is kept to a year at most: "from 28 March 1999 to 2 April 2001" tells two dates of a longer story, not the
        // days of one act.
        if (to.Earliest.DayNumber - from.Earliest.DayNumber > MaxSpanDays)
        {
            refused = "a range longer than a year is no span of one act";
            return null;
        }

        return FuzzyDate.Between(from, to);
    }

    /// <summary>The longest stretch a range of two written days may span: a year.</summary>
    private const int MaxSpanDays = 366;

    // The words that tell a rescheduling before "from … to …": date-words.tsv, rescheduling.
    private static readonly WordSet s_reschedulings = DateAttacher.Words.Lookup("rescheduling");

    // How many words before a range a rescheduling verb is looked for ("moved its vote from", "pushed the summit back from").
    private const int ReschedulingReach = 5;

    // "31 August-1 September 2025", "from Aug. 30 to Sept. 7": a range across a month's end; after a rescheduling verb in the
    // same clause ("moved its vote from 1 March to 2 April") the two days are the old date and the new one, no span, and the
    // phrase is refused.
    private static void TagCrossMonthRanges(Tagging t, bool run)
    {
        foreach (var m in t.Matches(run ? CrossMonthRange() : null))
        {
            if (!t.IsFree(m))
            {
                continue;
            }

            if (FollowsRescheduling(t.Text, t.Start, m.Index))
            {
                t.Ignore(m, "a rescheduling from one day to another is no span");
                continue;
            }

            t.AddResolved(m, CrossMonthSpan(m, t.Anchor, t.IsFutureAt(m), out var refused), refused);
        }

        t.Taken.EndPass();
    }

    // Whether a word of class rescheduling stands within a few words before the phrase, with no clause break between.
    private static bool FollowsRescheduling(string text, int stretchStart, int phraseStart)
    {
        var k = phraseStart;
        for (var words = 0; words < ReschedulingReach && k > stretchStart; words++)
        {
            var end = k;
            while (end > stretchStart && text[end - 1] == ' ')
            {
                end--;
            }

            if (end <= stretchStart || text[end - 1] is ',' or ';' or ':' or '.')
            {
                return false;
            }

            var begin = end;
            while (begin > stretchStart && char.IsLetter(text[begin - 1]))
            {
                begin--;
            }

            if (begin == end)
            {
                return false;
            }

            if (s_reschedulings.Contains(text.AsSpan(begin, end - begin)))
            {
                return true;
            }

            k = begin;
        }

        return false;
    }

    private static FuzzyDate? DayRange(Match m, TimeAnchor anchor, bool future, out string? refused)
    {
        refused = null;
        var month = MonthNumber(m.Groups["month"].Value);
        var d1 = int.Parse(m.Groups["d1"].Value, CultureInfo.InvariantCulture);
        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : YearFor(month, anchor, future);
        if (year is not { } y)
        {
            return null;
        }

        if (y is < MinWrittenYear or > FuzzyDate.MaxYear)
        {
            refused = OutsideWrittenYears(y);
            return null;
        }

        if (d1 < 1 || d1 > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var first = FuzzyDate.OfDay(y, month, d1);
        // "3 and 4 March" is a span of two days running; "3 and 17 March" two days apart, of which the first is kept.
        if (m.Groups["d2"].Success && int.TryParse(m.Groups["d2"].Value, CultureInfo.InvariantCulture, out var d2) && d2 > d1 && d2 <= DateTime.DaysInMonth(y, month)
            && (!m.Groups["and"].Success || d2 == d1 + 1))
        {
            return FuzzyDate.Between(first, FuzzyDate.OfDay(y, month, d2));
        }

        return first;
    }

    private static string OutsideWrittenYears(int year) =>
        string.Create(CultureInfo.InvariantCulture, $"year {year} is outside {MinWrittenYear}..{FuzzyDate.MaxYear}");

    // "May" is also a verb: as a bare month it needs a year or a preposition/modifier before it.
    private static bool IsMonthUse(string text, int start, Match m)
    {
        var word = m.Groups["month"].Value;
        if (m.Groups["year"].Success || m.Groups["mod"].Success)
        {
            return true;
        }

        // Only the last few characters can hold a preposition: looking further back would cost the whole text.
        var before = text.AsSpan(start, m.Index - start).TrimEnd();
        var tail = before[Math.Max(0, before.Length - s_longestMonthPreposition - 1)..];
        var space = tail.LastIndexOf(' ');
        var previous = space < 0 && tail.Length < before.Length ? [] : tail[(space + 1)..];
        var isPreposition = s_monthPrepositions.Contains(previous);
        return isPreposition && (char.IsUpper(word[0]) || word.Length > 3);
    }

    // Within text[start..end]: what lies outside the stretch tagged is not looked at.
    private static bool IsPartOfNumber(string text, int start, int end, Match m) =>
        (m.Index > start && (char.IsDigit(text[m.Index - 1]) || text[m.Index - 1] is '$' or ',' or '.'))
        || (m.Index + m.Length < end && text[m.Index + m.Length] is '%' or ',' && m.Index + m.Length + 1 < end && char.IsDigit(text[m.Index + m.Length + 1]));

    // The year "of that year" after a month points back to: the last four-digit year written before the month in the
    // stretch text[start..end]; null when the month is not followed by "of that year" / "of the same year" or no year was
    // written before. On a match, phraseEnd (the month's end on entry) moves past the words, so they are read as part of
    // the time phrase.
    private static int? ThatYear(string text, int start, int end, int monthStart, ref int phraseEnd)
    {
        var monthEnd = phraseEnd;
        var words = -1;
        foreach (var after in ThatYearWords().EnumerateMatches(text.AsSpan(monthEnd, end - monthEnd)))
        {
            words = after.Index == 0 ? after.Length : -1;
            break;
        }

        if (words < 0)
        {
            return null;
        }

        int? year = null;
        foreach (var y in WrittenYear().EnumerateMatches(text.AsSpan(start, monthStart - start)))
        {
            year = int.Parse(text.AsSpan(start + y.Index, y.Length), CultureInfo.InvariantCulture);
        }

        if (year is not null)
        {
            phraseEnd = monthEnd + words;
        }

        return year;
    }

    [GeneratedRegex(@"\G\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThatYearWords();

    [GeneratedRegex(@"\b(?:1[89]|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenYear();

    private static int? YearFor(int month, TimeAnchor anchor, bool future)
    {
        if (anchor.DocumentDate is { } doc)
        {
            // News reports the past: a month after the publication month belongs to the year before. What is
            // announced ("will visit in May") lies ahead: a month before the publication month is next year's.
            var year = future ? (month < doc.Month ? doc.Year + 1 : doc.Year) : (month > doc.Month ? doc.Year - 1 : doc.Year);
            // A story told in a past year runs on from the month it stands in ("By mid-November 2021, … On November 16, …"):
            // a month before that one is the next year's. Never later than the publication day's reading, which bounds the past.
            if (!future && anchor.Narrative is { } frame && frame.Earliest.Year < doc.Year)
            {
                return Math.Min(month >= frame.Earliest.Month ? frame.Earliest.Year : frame.Earliest.Year + 1, year);
            }

            // "…when Iraq invaded Kuwait on 2 August 1990. … on 3 August he and Shevardnadze issued a statement": a bare day or
            // month of the very month a date written with its year named before goes on in that month (the README's "in July"
            // after "in June 2024"). Another month is not read as the same story: it may be the publication year's.
            if (!future && anchor.WrittenMonth is { } written && written.Earliest.Year < doc.Year && written.Earliest.Month == month)
            {
                return Math.Min(written.Earliest.Year, year);
            }

            return year;
        }

        return anchor.LatestInText?.Year;
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
