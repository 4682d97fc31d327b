using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// What the date properties share: random news days (2000–2025, a week clear of each end so relative phrases stay in
/// range), weekday names, a day written as agencies write it, a dateline, and the dates and events the extractor gives a text.
/// </summary>
internal static class RandomNewsDays
{
    public static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public static readonly Gen<DateOnly> Days =
        from n in Gen.Choose(new DateOnly(2000, 1, 8).DayNumber, new DateOnly(2025, 12, 24).DayNumber) select DateOnly.FromDayNumber(n);

    public static string Written(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static FuzzyDate?[] Dates(string text, DateOnly? doc) => [.. EventExtractor.Default.Extract(text, doc).Select(e => e.Date)];

    /// <summary>Each event of <paramref name="text"/> as "SRC>TGT code date", the date "-" when there is none.</summary>
    public static string[] Coded(string text, string? docDate) =>
        [.. EventExtractor.Default.Extract(text, docDate is null ? null : DateOnly.Parse(docDate, CultureInfo.InvariantCulture))
            .Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo} {e.Date?.ToString() ?? "-"}")];

    /// <summary>
    /// Every time value the tagger reads in <paramref name="text"/>, anchored at <paramref name="docDate"/>, else at the latest
    /// date the text writes out, as the extractor anchors an undated document.
    /// </summary>
    public static string[] Tagged(string text, string? docDate)
    {
        DateOnly? doc = docDate is null ? null : DateOnly.Parse(docDate, CultureInfo.InvariantCulture);
        var anchor = new TimeAnchor(doc, doc is null ? TemporalTagger.LatestExplicitDate(text, 0, text.Length) : null);
        return [.. TemporalTagger.Tag(text, 0, text.Length, anchor).SelectMany(e => e.Values).Select(v => v.ToString())];
    }

    /// <summary>An agency dateline for <paramref name="day"/>: "PARIS, March 14 (AFP) - ".</summary>
    public static string Dateline(string city, DateOnly day, string agency = "Reuters") =>
        $"{city}, {day.ToString("MMMM d", CultureInfo.InvariantCulture)} ({agency}) - ";
}
