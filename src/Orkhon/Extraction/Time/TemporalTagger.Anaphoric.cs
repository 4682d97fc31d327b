using System.Buffers;
using System.Text.RegularExpressions;
using Orkhon.Domain;

namespace Orkhon.Extraction.Time;

// Months and years counted from the date told before: "two years later", "a decade on", "the following month", "the
// previous year", "later that year", "that same month". Background paragraphs of newspaper prose tell a history this way
// ("signed in March 2019 … A year later, …"); the day the story was filed is not what they count from. The count is taken
// from the last date written before the phrase in the stretch, else from the last one the text told before it
// (TimeAnchor.ToldBefore); with neither, the phrase names no date here ("the previous year" is then read against the
// publication day, as before). Days and weeks ("two days later", "the next day") are counted by DateAttacher, on the day of
// the event told before.
public static partial class TemporalTagger
{
    // A part of the year or month told ("at the end of the year", "early in the month", "in the first half of that year", "later
    // in the year") names that year or month at its own precision, as "in late 2019" names 2019; "by the end of the year" is a
    // deadline and is not read. Told with "the" and no date before it, the part is of the publication day's year or month.
    // The unit is a year, a decade, a month or a week; the direction "later", "earlier" or the same. "the next year" and "the next
    // month" are left out: "over the next year" is a stretch ahead of the speaker, not a year after the last date told.
    // "on" counts only at a clause's end ("A year on, …"): "jailed for two years on charges of…" counts nothing. A comparison
    // ("up 5 percent from a year earlier", "higher than a year earlier") names no time of an act. A count of months ("three
    // months later") is left out: it cost a held-out wire date when it was read (branch p24-dates), and "the following month"
    // says the same.
    [GeneratedRegex(@"\b(?:(?<!\b(?:from|than|over|versus|vs\.?)\s+)(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|[1-9][0-9]?)\s+(?<unit>years?|decades?)\s+(?<dir>later|earlier|afterwards|on(?=\s*(?:[,.;:]|$)))|the\s+(?<dir>following|previous|preceding)\s+(?<unit>year|month|week)|(?:(?:later|earlier)\s+(?:in\s+)?that|(?<part>(?:later|earlier)\s+in\s+the)|(?:in\s+)?(?:that|the)\s+same|in\s+that)\s+(?<unit>year|month|week)|(?<part>(?:at|in|towards?|around)\s+the\s+(?:very\s+)?(?:end|start|beginning|close|middle)\s+of\s+|(?:early|late)\s+in\s+|in\s+the\s+(?:first|second|latter)\s+half\s+of\s+)(?<that>that\s+|the\s+)(?<unit>year|month))\b(?![-'\u2019])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedFromTold();

    // Every form holds one of these words; most sentences hold none and skip the pattern.
    private static readonly SearchValues<string> s_toldUnits = SearchValues.Create(["year", "month", "decade", "week"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Tags the months and years counted from a date told before, taking what they cover. <paramref name="found"/> holds the
    /// phrases tagged so far, in any order; the reference of each match is the last of them that ends before it.
    /// </summary>
    private static void TagCountedFromTold(string text, int start, int end, TimeAnchor anchor, List<TemporalExpression> found, TakenSpans taken,
        Action<int, int, IReadOnlyList<FuzzyDate>> add)
    {
        if (!text.AsSpan(start, end - start).ContainsAny(s_toldUnits))
        {
            return;
        }

        // The phrases so far in text order, walked once alongside the matches (which come in text order too).
        var written = found.Where(e => !e.Respectively).OrderBy(e => e.Start).ToList();
        var next = 0;
        FuzzyDate? reference = anchor.ToldBefore is { IsOpenStart: false, IsOpenEnd: false } told ? told : null;
        foreach (var m in MatchesIn(CountedFromTold(), text, start, end))
        {
            for (; next < written.Count && written[next].End <= m.Index; next++)
            {
                // An open span ("since 2019") is no point to count from.
                if (written[next].Value is { IsOpenStart: false, IsOpenEnd: false } value)
                {
                    reference = value;
                }
            }

            // "At the end of the year, …" with no date told before: the year of the day the story counts from. "That year" needs a
            // year told.
            var from0 = reference ?? (m.Groups["part"].Success && !m.Groups["that"].Value.StartsWith("that", StringComparison.OrdinalIgnoreCase)
                && anchor.Day is { } day ? FuzzyDate.OfDay(day) : null);
            if (from0 is not { } from || !taken.IsFree(m.Index, m.Index + m.Length) || IsComparedWith(text, start, m.Index)
                || CountedDate(m, from) is not { } date)
            {
                continue;
            }

            // A past told after the publication day is no past: "a year later" counted from the day the story was filed
            // lands ahead of it, and is left to the rest of the sentence unless a future cue stands before it.
            if (anchor.DocumentDate is { } doc && date.Earliest > doc && !IsFuture(text, start, m.Index))
            {
                continue;
            }

            add(m.Index, m.Index + m.Length, [date]);
            // "signed in 2010; two years later … a year later": each count runs from the last date told.
            reference = date;
        }
    }

    // A comparison that ends just before the phrase: "up from $4.5 billion a year earlier", "than the previous year", "up 5
    // percent on the previous month". Its figure is measured then; no act of the clause is.
    // A place or a party named after "from", "on", "against" or "over" is where the act came from or whom it hit, not a figure
    // compared: "recalled its envoy from Nairobi later that week", "imposed sanctions on Russia a year later".
    [GeneratedRegex(@"\b(?:(?<party>from|against|on|over)|than|compared\s+(?:with|to)|versus|vs\.?|since)\s+(?<words>(?:[^\s,;]+\s+){0,3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparedBefore();

    /// <summary>How far before a counted phrase its comparison is looked for: a few words, so the cost stays linear.</summary>
    private const int ComparisonWindow = 48;

    private static bool IsComparedWith(string text, int stretchStart, int phraseStart)
    {
        var from = Math.Max(stretchStart, phraseStart - ComparisonWindow);
        var window = text.AsSpan(from, phraseStart - from);
        // A comma or semicolon ends the clause the comparison would stand in; a full stop may be a decimal point ("$4.5").
        var clause = window.LastIndexOfAny(',', ';');
        var m = ComparedBefore().Match((clause < 0 ? window : window[(clause + 1)..]).ToString());
        return m.Success && !(m.Groups["party"].Success && AreNames(m.Groups["words"].ValueSpan));
    }

    // Whether some words are there and each begins with a capital letter: a name ("Nairobi", "South Korea"), not a figure.
    private static bool AreNames(ReadOnlySpan<char> words)
    {
        var any = false;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>The date a counted phrase names from <paramref name="from"/>, or null when the reference is too coarse for its unit.</summary>
    internal static FuzzyDate? CountedDate(Match m, FuzzyDate from)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        var dir = m.Groups["dir"].Value.ToLowerInvariant();
        var sign = dir switch
        {
            "later" or "afterwards" or "on" or "following" => 1,
            "earlier" or "previous" or "preceding" => -1,
            _ => 0,
        };
        if ((m.Groups["n"].Success ? CountOfUnits(m.Groups["n"].Value) : 1) is not { } count)
        {
            return null;
        }

        // "later" counts from the end of a span told before ("between 2017 and 2019 … two years later"), "earlier" from its start.
        var point = sign > 0 ? from.Latest : from.Earliest;
        if (unit == "month")
        {
            // A month counted from a year alone is no month the text tells; from a day, a month or a short span it is.
            if (from.Latest.DayNumber - from.Earliest.DayNumber > MaxMonthReferenceDays)
            {
                return null;
            }

            return ShiftMonths(point, sign * count, out _);
        }

        // "the following week", "later that week": the Monday-to-Sunday week after, before or of a day told before (a span of
        // at most a week counts from its end or start); a month or a year names no week.
        if (unit == "week")
        {
            return from.Latest.DayNumber - from.Earliest.DayNumber > MaxWeekReferenceDays ? null : WeekOf(point, sign * count * 7L, out _);
        }

        var years = sign * count * (unit == "decade" ? 10 : 1);
        return YearOf(point.Year + years, out _);
    }

    // A count written as a word or in ASCII digits; null for what case-insensitive matching admits beyond them (the long s
    // in "ſix").
    private static int? CountOfUnits(string word)
    {
        var lower = word.ToLowerInvariant();
        return NumberWords.Cardinals.NumberOf(lower) is var n and > 0 ? n
            : lower.Length <= 2 && char.IsAsciiDigit(lower[0]) && char.IsAsciiDigit(lower[^1]) ? int.Parse(lower, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>How long a date told before may run and still name the month a counted month is counted from.</summary>
    private const int MaxMonthReferenceDays = 30;

    /// <summary>How long a date told before may run and still name the week a counted week is counted from.</summary>
    private const int MaxWeekReferenceDays = 6;
}
