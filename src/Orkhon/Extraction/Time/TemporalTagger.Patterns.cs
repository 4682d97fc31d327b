using System.Buffers;
using System.Text.RegularExpressions;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

// The patterns of the time phrases the tagger reads, and the cheap tests on a stretch that let most sentences skip most
// of them: a pattern runs only where the words it needs are present.
public static partial class TemporalTagger
{
    private const string Month = @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    // Ranges across a month's end: "31 August-1 September 2025", "August 31-September 1, 2025"; and two full days joined by
    // words, each with its month ("from Aug. 30 to Sept. 7", "between 28 March and 2 April 2024", "from March 13 to March 15"),
    // which the day patterns alone read as two separate days.
    [GeneratedRegex(@"\b(?<d1>[0-9]{1,2})\s+" + Month1 + @"\s*-\s*(?<d2>[0-9]{1,2})\s+" + Month2 + @",?(?:\s+(?<year>[0-9]{4}))?\b|\b" + Month1 + @"\s+(?<d1>[0-9]{1,2})\s*-\s*" + Month2 + @"\s+(?<d2>[0-9]{1,2}),?(?:\s+(?<year>[0-9]{4}))?\b"
        + @"|\b(?:from|between)\s+(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?\s+" + Month1 + @",?(?:\s+(?<y1>[0-9]{4}))?\s+(?:to|until|till|through|and)\s+(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?\s+" + Month2 + @",?(?:\s+(?<year>[0-9]{4}))?\b"
        + @"|\b(?:from|between)\s+" + Month1 + @"\s+(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?,?(?:\s+(?<y1>[0-9]{4}))?\s+(?:to|until|till|through|and)\s+" + Month2 + @"\s+(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?\b,?(?:\s+(?<year>[0-9]{4}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex CrossMonthRange();

    private const string Month1 = @"(?<m1>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    private const string Month2 = @"(?<m2>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    // "between 2017 and 2019", "from 2010 to 2014", "a plan for 2024-2025": a span of years.
    [GeneratedRegex(@"\b(?:between|from)\s+(?<y1>1[89][0-9]{2}|20[0-9]{2})\s+(?:and|to|until|through)\s+(?<y2>1[89][0-9]{2}|20[0-9]{2})\b|\b(?<y1>1[89][0-9]{2}|20[0-9]{2})\s*[-\u2013]\s*(?<y2>1[89][0-9]{2}|20[0-9]{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex YearSpan();

    // "3-4 Sept.", "from 13 to 15 March", and "3 and 4 March" for two days running; British and South Asian copy writes the day as an
    // ordinal ("3rd September", "the 14th of March", "from 2nd to 4th June").
    [GeneratedRegex(@"\b(?:from\s+(?<d1>[0-9]{1,2})" + DayOrdinal + @"\s+(?:to|until|till|through)\s+(?<d2>[0-9]{1,2})" + DayOrdinal + @"|(?<d1>[0-9]{1,2})" + DayOrdinal + @"(?:\s*(?:-|(?<and>and))\s*(?<d2>[0-9]{1,2})" + DayOrdinal + @")?)\s+" + Month + @",?(?:\s+(?<year>[0-9]{4}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex DayMonth();

    // An ordinal ending on a day before its month, and the "of" it may take: "3rd September", "the 14th of March".
    private const string DayOrdinal = @"(?:(?:st|nd|rd|th)(?:\s+of)?)?";

    // "Oct. 28-31", "May 3 and 4", and "from Oct. 28 to 31" (the "to" needs its "from": "May 3 to 5 percent" is no span).
    [GeneratedRegex(@"\bfrom\s+" + Month + @"\s+(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:to|until|till|through)\s+(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>[0-9]{4}))?\b|\b" + Month + @"\s+(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|(?<and>and))\s*(?<d2>[0-9]{1,2})\b)?(?:,?\s+(?<year>[0-9]{4}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:(?<mod>early|mid|late|the end of|the beginning of|the start of|the middle of)[\s-]+)?" + Month + @"(?:\s+(?:of\s+)?(?<year>[0-9]{4}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:the\s+)?(?:(?<mod>early|mid|late)[\s-]+)?(?<decade>1[89][0-9]|20[0-9])0s\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Decade();

    // "mid-2019", "late-2020": a part of a year joined to it by a hyphen is read with it, at the year's precision, as "in late 2019"
    // is; the hyphen makes it one word, which a time phrase must cover whole to date the clause it stands in.
    [GeneratedRegex(@"\b(?:(?:[Ee]arly|[Mm]id|[Ll]ate)-)?(?<y1>1[89][0-9]{2}|20[0-9]{2})(?:\s+and\s+(?<y2>1[89][0-9]{2}|20[0-9]{2}),\s+respectively)?\b", RegexOptions.CultureInvariant)]
    internal static partial Regex Year();

    // Weekdays with or without "on" (wire copy writes "said Wednesday"), "last/next Tuesday", "on Thursday last week", "last
    // night", "this morning", "tonight", and the weekend ("at the weekend", "this past weekend").
    private const string RelativeWithoutAgo = @"\b(?<which>last|this|next|earlier this|later this|previous|past)\s+(?<unit>year|month|week)\b|\b(?<day>yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b|\b(?:(?<wmod>on|last|next|this)\s+)?(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?<lastweek>\s+(?:of\s+)?last\s+week)?\b|\b(?:(?:over|at|during)\s+the|(?<wkmod>last|this|next|(?:this\s+)?past))\s+weekend\b";

    [GeneratedRegex(RelativeWithoutAgo + @"|\b(?<n>[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<agounit>days?|weeks?|fortnights?|months?|years?|decades?)\s+ago\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    // Relative() less its "N units ago" branch, which cannot match where "ago" is absent: that branch starts at every
    // number, "a", "an" and "one", so leaving it out spares most sentences a try at each such word.
    [GeneratedRegex(RelativeWithoutAgo, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeNoAgo();

    // "the same evening", "later that day", "overnight", "hours later", "minutes earlier": the day of the event told before, in
    // a clause of its own (hours fall within its day). "two days later", "a week earlier" count whole days from that event's day.
    [GeneratedRegex(@"\b(?<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])\s+days\s+(?<dir>later|earlier)\b|\b(?<weeks>a|one|two|three)\s+weeks?\s+(?<dir>later|earlier)\b|\b(?:the\s+)?(?:next|following)\s+day\b|\ba\s+day\s+later\b|\b(?<before>a\s+day\s+(?:earlier|before)|the\s+(?:day\s+before|previous\s+day))\b|\b(?<same>the\s+same\s+(?:day|morning|afternoon|evening|night)|(?:later|earlier)\s+(?:that|the\s+same)\s+day|(?:later|earlier)\s+in\s+the\s+day|that\s+(?:same\s+)?(?:morning|afternoon|evening|night)|overnight|(?:hours|minutes|moments)\s+(?:later|earlier))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayAfter();

    /// <summary>The years a written date may have: "May 0900" is more likely a clock time than a year.</summary>
    private const int MinWrittenYear = 1000;

    // The words before a month with no year that make it a month ("in May", "early June"): date-words.tsv, month-preposition.
    private static readonly WordSet s_monthPrepositions = DateAttacher.Words.Lookup("month-preposition");

    // Only this many characters before a month are looked at for its preposition, so the look stays within the word before.
    private static readonly int s_longestMonthPreposition = s_monthPrepositions.Words.Max(w => w.Length);

    // Cheap tests that let most sentences skip most patterns.
    private static readonly SearchValues<char> s_digits = SearchValues.Create("0123456789");
    private static readonly SearchValues<string> s_months = SearchValues.Create(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> s_relative = SearchValues.Create(
        ["last", "this", "next", "yesterday", "today", "tonight", "ago", "previous", "past", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], StringComparison.OrdinalIgnoreCase);

    // "ago" through SearchValues (same OrdinalIgnoreCase semantics): string.Contains ignoring case takes a slow casing path
    // under invariant globalization, at every sentence.
    private static readonly SearchValues<string> s_ago = SearchValues.Create(["ago"], StringComparison.OrdinalIgnoreCase);

    // Every branch of RelativeNoAgo() ends on one of these words ("weekend" holds "week"), so a sentence without them cannot
    // match it: "this", "past" and "last" alone, which open most sentences' try, do not. Case-insensitive regex matching
    // also pairs a few non-ASCII letters with ASCII ones (the Kelvin sign with "k"), so the test holds only for ASCII text.
    private static readonly SearchValues<string> s_relativeNoAgoWords = SearchValues.Create(
        ["year", "month", "week", "yesterday", "today", "night", "morning", "afternoon", "evening", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], StringComparison.OrdinalIgnoreCase);

    private static bool MayMatchRelativeNoAgo(ReadOnlySpan<char> segment) =>
        !System.Text.Ascii.IsValid(segment) || segment.ContainsAny(s_relativeNoAgoWords);

    // Exact gates for MonthYear() and Decade(), which run on most sentences that hold a digit or three letters of a month.
    // MonthYear() needs one of its month forms as a whole word (its \b before the month, and the month always ends where
    // a word does); Decade() needs "0s". Case-insensitive regex matching also pairs a few non-ASCII letters with ASCII
    // ones, so both tests hold only for ASCII text: other text runs the patterns.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_monthWords = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "sepember", "september", "oct", "october", "nov", "november", "dec", "december").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<string> s_decadeEnd = SearchValues.Create(["0s"], StringComparison.OrdinalIgnoreCase);

    internal static bool MayMatchMonthYear(ReadOnlySpan<char> segment) => MonthWords(segment) > 0;

    /// <summary>
    /// How many month forms stand in the segment as whole words, counted up to two: the month patterns need one
    /// (<see cref="MonthYear"/>, <see cref="DayMonth"/>, <see cref="MonthDay"/>) or two (<see cref="CrossMonthRange"/>,
    /// <see cref="MonthSpan"/>), and in each a month begins after \s or \b and ends where a word does. Text that is not
    /// ASCII counts two, so that every pattern runs on it.
    /// </summary>
    internal static int MonthWords(ReadOnlySpan<char> segment)
    {
        if (!System.Text.Ascii.IsValid(segment))
        {
            return 2;
        }

        // Every month form begins with the three letters s_months finds: test the words that start with them.
        // Each word is read once (a search resumes after it), so the test stays linear in the text.
        var count = 0;
        for (var at = segment.IndexOfAny(s_months); at >= 0;)
        {
            var resume = at + 1;
            if (at == 0 || !s_asciiWordChars.Contains(segment[at - 1]))
            {
                var length = segment[at..].IndexOfAnyExcept(s_asciiWordChars);
                var word = length < 0 ? segment[at..] : segment.Slice(at, length);
                if (s_monthWords.Contains(word) && ++count == 2)
                {
                    return count;
                }

                resume = at + word.Length;
            }

            var next = resume < segment.Length ? segment[resume..].IndexOfAny(s_months) : -1;
            at = next < 0 ? -1 : resume + next;
        }

        return count;
    }

    /// <summary>
    /// Whether four digits stand in a row: every pattern that reads a year needs them ("2024", the decade's "1990s", the
    /// year "of that year" points back to). The patterns' \d also meets other scripts' digits, as char.IsDigit does.
    /// </summary>
    internal static bool HasFourDigits(ReadOnlySpan<char> segment)
    {
        var run = 0;
        foreach (var c in segment)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    // What \b counts as a word character in ASCII text.
    private static readonly SearchValues<char> s_asciiWordChars = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    internal static bool MayMatchDecade(ReadOnlySpan<char> segment) =>
        !System.Text.Ascii.IsValid(segment) || segment.ContainsAny(s_decadeEnd);

    private static readonly SearchValues<string> s_weekdays = SearchValues.Create(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> s_dayWords = SearchValues.Create(["day", "week", "morning", "afternoon", "evening", "night", "hours", "minutes", "moments"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> s_seasons = SearchValues.Create(["spring", "summer", "autumn", "fall", "winter"], StringComparison.OrdinalIgnoreCase);
}
