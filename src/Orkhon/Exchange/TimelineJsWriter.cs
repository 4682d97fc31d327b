using System.Net;
using System.Text.Json;
using Orkhon.Contracts;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Exchange;

/// <summary>
/// Writes a TimelineJS 3 JSON file (Knight Lab's timeline for journalists): one slide per dated event with
/// its headline, CAMEO meaning and linked sources. Dates keep their precision (a year is a year); spans
/// have an end date. Undated events have no place on a timeline and are left out (and reported).
/// </summary>
public sealed class TimelineJsWriter(ReferenceData reference, CameoCatalog cameo)
{
    public ExportResult Write(Stream output, IEnumerable<Event> events, string headline)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        var omitted = new List<(string, string)>();
        var written = 0;
        using var w = new Utf8JsonWriter(output, EventJson.WriterOptions(indented: true));
        w.WriteStartObject();
        w.WriteStartObject("title");
        w.WriteStartObject("text");
        w.WriteString("headline", WebUtility.HtmlEncode(headline));
        w.WriteString("text", "Events coded in CAMEO, with their sources, from Orkhon.");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("events");
        foreach (var e in events)
        {
            if (e.Date is not { } date || date.IsOpenStart)
            {
                omitted.Add((e.Id, "a timeline slide needs a start date"));
                continue;
            }

            var type = cameo.Find(e.Cameo);
            w.WriteStartObject();
            w.WriteString("unique_id", e.Id);
            Date(w, "start_date", date.Earliest, date.IsSpan ? PrecisionOfStart(date) : date.Precision);
            if (date.IsSpan && !date.IsOpenEnd)
            {
                Date(w, "end_date", date.Latest, DatePrecision.Day);
            }

            w.WriteStartObject("text");
            var who = $"{reference.NameOf(e.Source.Code)} → {reference.NameOf(e.Target.Code)}";
            w.WriteString("headline", WebUtility.HtmlEncode(e.Title ?? $"{who}: {type?.Name ?? e.Cameo.Value}"));
            w.WriteString("text", Body(e, who, type));
            w.WriteEndObject();
            w.WriteString("group", type is null ? null : QuadName(e.Cameo.QuadClass));
            w.WriteEndObject();
            written++;
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
        return new ExportResult(written, omitted);
    }

    private static DatePrecision PrecisionOfStart(FuzzyDate span) =>
        FuzzyDate.TryParse(span.ToString().Split('/')[0], out var start) ? start.Precision : DatePrecision.Day;

    private static void Date(Utf8JsonWriter w, string name, DateOnly day, DatePrecision precision)
    {
        w.WriteStartObject(name);
        w.WriteNumber("year", day.Year);
        if (precision is DatePrecision.Month or DatePrecision.Day)
        {
            w.WriteNumber("month", day.Month);
        }

        if (precision is DatePrecision.Day)
        {
            w.WriteNumber("day", day.Day);
        }

        w.WriteEndObject();
    }

    private static string Body(Event e, string who, EventType? type)
    {
        var html = $"<p>{WebUtility.HtmlEncode(who)} · CAMEO {e.Cameo.Value} {WebUtility.HtmlEncode(type?.Name ?? "")}</p>";
        var links = e.Evidences.Where(v => !string.IsNullOrEmpty(v.Url)).Select(v => v.Url!).Distinct(StringComparer.Ordinal).ToList();
        if (links.Count > 0)
        {
            html += "<ul>" + string.Concat(links.Select(u => $"<li><a href=\"{WebUtility.HtmlEncode(u)}\">{WebUtility.HtmlEncode(u)}</a></li>")) + "</ul>";
        }

        return html;
    }

    private static string QuadName(QuadClass quad) => quad switch
    {
        QuadClass.VerbalCooperation => "Verbal cooperation",
        QuadClass.MaterialCooperation => "Material cooperation",
        QuadClass.VerbalConflict => "Verbal conflict",
        _ => "Material conflict",
    };
}
