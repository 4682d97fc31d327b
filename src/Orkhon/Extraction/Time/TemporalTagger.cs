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
    private const string Month = @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    // Ranges across a month's end: "31 August-1 September 2025", "August 31-September 1, 2025".
    [GeneratedRegex(@"\b(?<d1>[0-9]{1,2})\s+" + Month1 + @"\s*-\s*(?<d2>[0-9]{1,2})\s+" + Month2 + @",?(?:\s+(?<year>[0-9]{4}))?\b|\b" + Month1 + @"\s+(?<d1>[0-9]{1,2})\s*-\s*" + Month2 + @"\s+(?<d2>[0-9]{1,2}),?(?:\s+(?<year>[0-9]{4}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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

    // "the same evening", "later that day", "overnight": the day of the event told before, in a clause of its own.
    // "two days later", "a week earlier" count whole days from that event's day.
    [GeneratedRegex(@"\b(?<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])\s+days\s+(?<dir>later|earlier)\b|\b(?<weeks>a|one|two|three)\s+weeks?\s+(?<dir>later|earlier)\b|\b(?:the\s+)?(?:next|following)\s+day\b|\ba\s+day\s+later\b|\b(?<before>a\s+day\s+(?:earlier|before)|the\s+(?:day\s+before|previous\s+day))\b|\b(?<same>the\s+same\s+(?:day|morning|afternoon|evening|night)|(?:later|earlier)\s+(?:that|the\s+same)\s+day|(?:later|earlier)\s+in\s+the\s+day|that\s+(?:same\s+)?(?:morning|afternoon|evening|night)|overnight)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayAfter();

    // Words that put what follows in the future: "will travel to Tokyo in May" is next May, not last May; so do verbs of
    // intent before their infinitive ("agreed to meet again in June", "pledged to send troops in March") and reported
    // futures ("said he would visit in May"), and a present that runs to an end ("drills that run until May 10").
    [GeneratedRegex(@"\b(?:will|shall|would|plans?\s+to|planned|scheduled|(?:is|are)\s+(?:due|set|expected|scheduled|to)|to\s+be\s+held|upcoming|(?:runs?|lasts?|continues?)\s+(?:until|till|through)(?=\s*$)|(?:runs?|lasts|continues?)(?=\s+$)|forthcoming|(?:agree[ds]?|pledge[ds]?|promise[ds]?|vow(?:s|ed)?|intend(?:s|ed)?|undert(?:ake|akes|ook)|aim(?:s|ed)?)\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureCue();

    /// <summary>How far before a time phrase a future cue is looked for: about a clause, and bounded so the cost stays linear.</summary>
    private const int FutureCueWindow = 60;

    /// <summary>The years a written date may have: "May 0900" is more likely a clock time than a year.</summary>
    private const int MinWrittenYear = 1000;

    // The words before a month with no year that make it a month ("in May", "early June"): date-words.tsv, month-preposition.
    private static readonly WordSet s_monthPrepositions = DateAttacher.Words.Lookup("month-preposition");

    // Only this many characters before a month are looked at for its preposition, so the look stays within the word before.
    private static readonly int s_longestMonthPreposition = s_monthPrepositions.Words.Max(w => w.Length);

    // The irregular pasts that tell a relative clause in the past (", which took hold"): date-words.tsv, told-past.
    private static readonly WordSet s_toldPasts = DateAttacher.Words.Lookup("told-past");

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

    private static readonly SearchValues<string> s_dayWords = SearchValues.Create(["day", "week", "morning", "afternoon", "evening", "night"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> s_seasons = SearchValues.Create(["spring", "summer", "autumn", "fall", "winter"], StringComparison.OrdinalIgnoreCase);

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

    // The start of "since" when the text before a phrase ends with it ("since 2023"), else -1. Looks back only
    // over the spaces before the phrase and the word itself, so the cost does not grow with the text before it.
    private static int SinceBefore(ReadOnlySpan<char> before)
    {
        var word = before.TrimEnd();
        // "since late 2023", "since mid-2022", "since early 2024": the part of the year the span opens in is still that year.
        if (word.Length < before.Length || (before.Length > 0 && before[^1] == '-'))
        {
            var modifier = before.Length > 0 && before[^1] == '-' ? before[..^1] : word;
            foreach (var part in DecadeParts.Words)
            {
                if (modifier.EndsWith(part, StringComparison.OrdinalIgnoreCase) && (modifier.Length == part.Length || !IsWordChar(modifier[^(part.Length + 1)])))
                {
                    before = modifier[..^part.Length];
                    word = before.TrimEnd();
                    break;
                }
            }
        }

        if (word.Length == before.Length || !word.EndsWith("since", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var at = word.Length - "since".Length;
        return at > 0 && IsWordChar(word[at - 1]) ? -1 : at;
    }

    // "since the start of its full-scale invasion in 2022", "since the outbreak of the war in April 2023": the span opens at the
    // time the beginning is told at, as "since 2022" does. Only lower-case words stand between, so no party named there is
    // covered by the time phrase.
    [GeneratedRegex(@"\bsince\s+the\s+(?:start|beginning|outbreak|onset|launch)\s+of\s+(?:(?-i:[a-z][a-z'\u2019-]*)\s+){1,5}in\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceTheStartOfBefore();

    /// <summary>How far before a time phrase "since the start of … in" is looked for: a few words, so the cost stays linear.</summary>
    private const int SinceTheStartOfWindow = 90;

    // Where "since" opens "since the start of … in" just before text[phraseStart], within text[start..]; -1 when it does not.
    private static int SinceTheStartOf(string text, int start, int phraseStart)
    {
        var from = Math.Max(start, phraseStart - SinceTheStartOfWindow);
        var m = SinceTheStartOfBefore().Match(text, from, phraseStart - from);
        return m.Success ? m.Index - start : -1;
    }

    // What \b counts as a word character.
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;

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

    // The year, when not written, is the start month's, as for a single day; a range that would run backwards is no date.
    private static FuzzyDate? CrossMonthSpan(Match m, TimeAnchor anchor, bool future, out string? refused)
    {
        refused = null;
        var (m1, m2) = (MonthNumber(m.Groups["m1"].Value), MonthNumber(m.Groups["m2"].Value));
        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : YearFor(m1, anchor, future);
        if (year is not { } y)
        {
            return null;
        }

        if (y is < MinWrittenYear or > FuzzyDate.MaxYear)
        {
            refused = OutsideWrittenYears(y);
            return null;
        }

        // "31 December-2 January 2025": the range began in the year before the one written.
        var y1 = m2 < m1 && m.Groups["year"].Success ? y - 1 : y;
        var y2 = m2 < m1 && !m.Groups["year"].Success ? y + 1 : y;
        var (d1, d2) = (int.Parse(m.Groups["d1"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d2"].Value, CultureInfo.InvariantCulture));
        if (!FuzzyDate.TryOfDay(y1, m1, d1, out var from) || !FuzzyDate.TryOfDay(y2, m2, d2, out var to) || to.Earliest <= from.Earliest)
        {
            return null;
        }

        return FuzzyDate.Between(from, to);
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

            return year;
        }

        return anchor.LatestInText?.Year;
    }

    // Whether a future cue ("will", "plans to", "is due to") stands shortly before the phrase, in the same sentence part.
    private static bool IsFuture(string text, int stretchStart, int phraseStart)
    {
        var from = Math.Max(stretchStart, phraseStart - FutureCueWindow);
        var window = text.AsSpan(from, phraseStart - from);
        var clause = window.LastIndexOfAny(';', '.');
        var start = clause < 0 ? from : from + clause + 1;
        // "will travel to Seoul in November, the ministry said on Tuesday": a verb of saying after the cue opens the
        // reporting clause, which tells of the past.
        var cue = -1;
        foreach (var m in FutureCue().EnumerateMatches(text.AsSpan(start, phraseStart - start)))
        {
            cue = start + m.Index + m.Length;
        }

        // "agreed to a ceasefire, which took hold on Tuesday": a relative clause told in the past after the cue is no plan.
        return cue >= 0 && !ReportingVerb().IsMatch(text.AsSpan(cue, phraseStart - cue)) && !HasPastRelative(text, cue, phraseStart - cue);
    }

    // A relative clause opened after a comma whose verb, within two words of the pronoun, is in the past: "…, which took hold",
    // "…, which the government announced". "…, which will be held" is no past: the words before the verb may not be "will" or "is".
    private static bool HasPastRelative(string text, int start, int length)
    {
        for (var m = RelativeOpening().Match(text, start, length); m.Success; m = m.NextMatch())
        {
            foreach (Capture word in m.Groups["before"].Captures)
            {
                if (IsToldPast(word.ValueSpan))
                {
                    return true;
                }
            }

            if (IsToldPast(m.Groups["verb"].ValueSpan))
            {
                return true;
            }
        }

        return false;
    }

    // "announced", "took": any -ed form, or an irregular past of date-words.tsv.
    private static bool IsToldPast(ReadOnlySpan<char> word) =>
        (word.Length > 2 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) || s_toldPasts.Contains(word);

    // The pronoun of a relative clause after a comma and its first three words at most: the verb may be any of them, as long as
    // none before it is "will", "would", "shall", "is" or "are". The greedy count keeps every word the verb may be.
    [GeneratedRegex(@",\s*(?:which|who|where|when)(?:\s+(?<before>(?!(?:will|would|shall|is|are)\b)\w+)(?=\s)){0,2}\s+(?<verb>\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeOpening();

    [GeneratedRegex(@"\b(?:said|says|told|announced|stated|confirmed|reported|added)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportingVerb();

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
