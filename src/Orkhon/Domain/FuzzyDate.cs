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
/// </remarks>
public readonly record struct FuzzyDate : IComparable<FuzzyDate>
{
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

    public static FuzzyDate OfDay(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        return new FuzzyDate(date, DatePrecision.Day, date, DatePrecision.Day, false, false, false);
    }

    public static FuzzyDate OfDay(DateOnly date) => OfDay(date.Year, date.Month, date.Day);

    public static FuzzyDate OfMonth(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new FuzzyDate(first, DatePrecision.Month, first.AddMonths(1).AddDays(-1), DatePrecision.Month, false, false, false);
    }

    public static FuzzyDate OfYear(int year)
    {
        var first = new DateOnly(year, 1, 1);
        return new FuzzyDate(first, DatePrecision.Year, new DateOnly(year, 12, 31), DatePrecision.Year, false, false, false);
    }

    /// <summary>A closed span from the start of <paramref name="from"/> to the end of <paramref name="to"/>.</summary>
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
    public static FuzzyDate Since(FuzzyDate from)
    {
        if (from.IsSpan)
        {
            throw new ArgumentException("Span endpoints must be days, months or years.");
        }

        return new FuzzyDate(from.Earliest, from._startPrecision, DateOnly.MaxValue, DatePrecision.Day, true, false, true);
    }

    /// <summary>An open span: up to and including <paramref name="to"/> ("until 1991").</summary>
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

    public static FuzzyDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or a span A/B).");

    /// <summary>Parses the forms <see cref="ToString"/> writes; surrounding whitespace is ignored.</summary>
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
        if (text.Length is not (4 or 7 or 10) || !TryDigits(text[..4], out var year) || year < 1)
        {
            return false;
        }

        if (text.Length == 4)
        {
            date = OfYear(year);
            return true;
        }

        if (text[4] != '-' || !TryDigits(text.Slice(5, 2), out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = OfMonth(year, month);
            return true;
        }

        if (text[7] != '-' || !TryDigits(text.Slice(8, 2), out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = OfDay(year, month, day);
        return true;
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
