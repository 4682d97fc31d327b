using System.Globalization;

namespace Orkhon.Domain;

/// <summary>
/// A date known only as precisely as the text gives it: a day, a month, a year, or a span between two
/// such points, possibly open at one end ("since 2023"). Written in ISO 8601 reduced precision —
/// <c>1993</c>, <c>2024-09</c>, <c>2024-09-03</c> — and ISO 8601-2 intervals for spans:
/// <c>1990/1993</c>, <c>2023/..</c>, <c>../1991</c>.
/// </summary>
/// <remarks>
/// Every value covers a closed range of calendar days [<see cref="Earliest"/>, <see cref="Latest"/>];
/// containment and overlap are defined on that range, which is what lets "July 2023" contain
/// "2023-07-26" and "2023" overlap "2022/2024". Open ends use <see cref="DateOnly.MinValue"/> and
/// <see cref="DateOnly.MaxValue"/>.
/// <para>
/// Every value lies within <see cref="MinYear"/>..<see cref="MaxYear"/> (0001-01-01..9999-12-31), the
/// range of <see cref="DateOnly"/>. Parsing never throws: text outside that range is simply not a date.
/// The factories guard their arguments and throw <see cref="ArgumentOutOfRangeException"/> or
/// <see cref="ArgumentException"/> for a day, month, year or span that does not exist; code holding
/// untrusted numbers uses the <c>TryOf…</c> forms, which return false instead.
/// </para>
/// </remarks>
public readonly record struct FuzzyDate : IComparable<FuzzyDate>
{
    /// <summary>The first year a date may fall in: no year zero, no years BC.</summary>
    public const int MinYear = 1;

    /// <summary>The last year a date may fall in, the end of <see cref="DateOnly"/>'s range.</summary>
    public const int MaxYear = 9999;

    private readonly DatePrecision _startPrecision;
    private readonly DatePrecision _endPrecision;

    private FuzzyDate(DateOnly earliest, DatePrecision startPrecision, DateOnly latest, DatePrecision endPrecision, bool isSpan, bool openStart, bool openEnd)
    {
        Earliest = earliest;
        Latest = latest;
        _startPrecision = startPrecision;
        _endPrecision = endPrecision;
        IsSpan = isSpan;
        IsOpenStart = openStart;
        IsOpenEnd = openEnd;
    }

    /// <summary>The first day the date may denote.</summary>
    public DateOnly Earliest { get; }

    /// <summary>The last day the date may denote.</summary>
    public DateOnly Latest { get; }

    /// <summary>True for ranges between two points, including open ones.</summary>
    public bool IsSpan { get; }

    public bool IsOpenStart { get; }

    public bool IsOpenEnd { get; }

    public DatePrecision Precision => IsSpan ? DatePrecision.Span : _startPrecision;

    /// <summary>The calendar year of the earliest day, or null when the start is open.</summary>
    public int? Year => IsOpenStart ? null : Earliest.Year;

    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in 0001-01-01..9999-12-31.</exception>
    public static FuzzyDate OfDay(int year, int month, int day) =>
        TryOfDay(year, month, day, out var date) ? date : throw new ArgumentOutOfRangeException(nameof(day), $"{year:D4}-{month:D2}-{day:D2} is not a day in {MinYear:D4}..{MaxYear}.");

    public static FuzzyDate OfDay(DateOnly date) => new(date, DatePrecision.Day, date, DatePrecision.Day, false, false, false);

    /// <exception cref="ArgumentOutOfRangeException">The month does not exist in 0001-01..9999-12.</exception>
    public static FuzzyDate OfMonth(int year, int month) =>
        TryOfMonth(year, month, out var date) ? date : throw new ArgumentOutOfRangeException(nameof(month), $"{year:D4}-{month:D2} is not a month in {MinYear:D4}..{MaxYear}.");

    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/>..<see cref="MaxYear"/>.</exception>
    public static FuzzyDate OfYear(int year) =>
        TryOfYear(year, out var date) ? date : throw new ArgumentOutOfRangeException(nameof(year), $"{year} is not a year in {MinYear:D4}..{MaxYear}.");

    /// <summary>The day, or false when it does not exist (month 13, 31 April, 29 February 2023, year 0 or 10000).</summary>
    public static bool TryOfDay(long year, long month, long day, out FuzzyDate date)
    {
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth((int)year, (int)month))
        {
            date = default;
            return false;
        }

        date = OfDay(new DateOnly((int)year, (int)month, (int)day));
        return true;
    }

    /// <summary>The month, or false when it does not exist.</summary>
    public static bool TryOfMonth(long year, long month, out FuzzyDate date)
    {
        if (year is < MinYear or > MaxYear || month is < 1 or > 12)
        {
            date = default;
            return false;
        }

        // The last day is named directly: "the first of next month minus a day" overflows in 9999-12.
        var (y, m) = ((int)year, (int)month);
        date = new FuzzyDate(new DateOnly(y, m, 1), DatePrecision.Month, new DateOnly(y, m, DateTime.DaysInMonth(y, m)), DatePrecision.Month, false, false, false);
        return true;
    }

    /// <summary>The year, or false when it is outside <see cref="MinYear"/>..<see cref="MaxYear"/> ("3000 years ago" in a 2024 text is year -976).</summary>
    public static bool TryOfYear(long year, out FuzzyDate date)
    {
        if (year is < MinYear or > MaxYear)
        {
            date = default;
            return false;
        }

        var y = (int)year;
        date = new FuzzyDate(new DateOnly(y, 1, 1), DatePrecision.Year, new DateOnly(y, 12, 31), DatePrecision.Year, false, false, false);
        return true;
    }

    /// <summary>A closed span from the start of <paramref name="from"/> to the end of <paramref name="to"/>.</summary>
    /// <exception cref="ArgumentException">An endpoint is itself a span, or <paramref name="to"/> ends before <paramref name="from"/> starts.</exception>
    public static FuzzyDate Between(FuzzyDate from, FuzzyDate to)
    {
        if (from.IsSpan || to.IsSpan)
        {
            throw new ArgumentException("Span endpoints must be days, months or years.");
        }

        if (to.Latest < from.Earliest)
        {
            throw new ArgumentException($"Span end {to} is before its start {from}.");
        }

        return new FuzzyDate(from.Earliest, from._startPrecision, to.Latest, to._endPrecision, true, false, false);
    }

    /// <summary>An open span: from <paramref name="from"/> on ("since 2023").</summary>
    /// <exception cref="ArgumentException"><paramref name="from"/> is a span.</exception>
    public static FuzzyDate Since(FuzzyDate from)
    {
        if (from.IsSpan)
        {
            throw new ArgumentException("Span endpoints must be days, months or years.");
        }

        return new FuzzyDate(from.Earliest, from._startPrecision, DateOnly.MaxValue, DatePrecision.Day, true, false, true);
    }

    /// <summary>
    /// The point an open span runs from ("since March 2021" gives March 2021), at the precision it was told; a date that is no
    /// such span is its own start point.
    /// </summary>
    public FuzzyDate StartPoint => !IsOpenEnd || IsOpenStart ? this : _startPrecision switch
    {
        DatePrecision.Year => OfYear(Earliest.Year),
        DatePrecision.Month => OfMonth(Earliest.Year, Earliest.Month),
        _ => OfDay(Earliest),
    };

    /// <summary>An open span: up to and including <paramref name="to"/> ("until 1991").</summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> is a span.</exception>
    public static FuzzyDate Until(FuzzyDate to)
    {
        if (to.IsSpan)
        {
            throw new ArgumentException("Span endpoints must be days, months or years.");
        }

        return new FuzzyDate(DateOnly.MinValue, DatePrecision.Day, to.Latest, to._endPrecision, true, true, false);
    }

    /// <summary>True when <paramref name="other"/> lies wholly within this date's range.</summary>
    public bool Contains(FuzzyDate other) => Earliest <= other.Earliest && other.Latest <= Latest;

    /// <summary>True when the two dates may denote a common day.</summary>
    public bool Overlaps(FuzzyDate other) => Earliest <= other.Latest && other.Earliest <= Latest;

    /// <summary>Orders by earliest day, then by latest day (narrower first), then by form, so the order is total.</summary>
    public int CompareTo(FuzzyDate other)
    {
        var c = Earliest.CompareTo(other.Earliest);
        if (c != 0)
        {
            return c;
        }

        c = Latest.CompareTo(other.Latest);
        if (c != 0)
        {
            return c;
        }

        c = IsSpan.CompareTo(other.IsSpan);
        if (c != 0)
        {
            return c;
        }

        c = _startPrecision.CompareTo(other._startPrecision);
        if (c != 0)
        {
            return c;
        }

        c = _endPrecision.CompareTo(other._endPrecision);
        if (c != 0)
        {
            return c;
        }

        c = IsOpenStart.CompareTo(other.IsOpenStart);
        return c != 0 ? c : IsOpenEnd.CompareTo(other.IsOpenEnd);
    }

    public static bool operator <(FuzzyDate left, FuzzyDate right) => left.CompareTo(right) < 0;

    public static bool operator >(FuzzyDate left, FuzzyDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(FuzzyDate left, FuzzyDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FuzzyDate left, FuzzyDate right) => left.CompareTo(right) >= 0;

    /// <summary>The ISO 8601 form: <c>2024</c>, <c>2024-09</c>, <c>2024-09-03</c>, <c>1990/1993</c>, <c>2023/..</c>.</summary>
    public override string ToString()
    {
        if (!IsSpan)
        {
            return FormatPoint(Earliest, _startPrecision);
        }

        var start = IsOpenStart ? ".." : FormatPoint(Earliest, _startPrecision);
        var end = IsOpenEnd ? ".." : FormatPoint(Latest, _endPrecision);
        return start + "/" + end;
    }

    /// <exception cref="FormatException"><paramref name="text"/> is not a form <see cref="ToString"/> writes.</exception>
    public static FuzzyDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or a span A/B).");

    /// <summary>
    /// Parses the forms <see cref="ToString"/> writes; surrounding whitespace is ignored. Never throws:
    /// anything else, including days outside 0001-01-01..9999-12-31, returns false.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out FuzzyDate date)
    {
        date = default;
        text = text.Trim();
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            return TryParsePoint(text, out date);
        }

        var left = text[..slash];
        var right = text[(slash + 1)..];
        var openStart = left is "..";
        var openEnd = right is "..";
        if (openStart && openEnd)
        {
            return false;
        }

        FuzzyDate start = default, end = default;
        if ((!openStart && !TryParsePoint(left, out start)) || (!openEnd && !TryParsePoint(right, out end)))
        {
            return false;
        }

        if (openStart)
        {
            date = Until(end);
            return true;
        }

        if (openEnd)
        {
            date = Since(start);
            return true;
        }

        if (end.Latest < start.Earliest)
        {
            return false;
        }

        date = Between(start, end);
        return true;
    }

    private static bool TryParsePoint(ReadOnlySpan<char> text, out FuzzyDate date)
    {
        date = default;
        if (text.Length is not (4 or 7 or 10) || !TryDigits(text[..4], out var year))
        {
            return false;
        }

        if (text.Length == 4)
        {
            return TryOfYear(year, out date);
        }

        if (text[4] != '-' || !TryDigits(text.Slice(5, 2), out var month))
        {
            return false;
        }

        if (text.Length == 7)
        {
            return TryOfMonth(year, month, out date);
        }

        return text[7] == '-' && TryDigits(text.Slice(8, 2), out var day) && TryOfDay(year, month, day, out date);
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static string FormatPoint(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
