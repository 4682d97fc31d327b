using System.Text.Json;
using Orkhon.Cli.Output;
using Orkhon.Contracts;

namespace Orkhon.Cli.Commands;

/// <summary>
/// The corridors answer as flat records for <c>jsonl</c> and <c>csv</c>: the JSON document holds four
/// lists of different shapes (the transit path, its alternatives, reachability, routes), so each line or
/// row says which it is in <c>record</c> and carries the JSON's own field names.
/// </summary>
internal static partial class CorridorsCommand
{
    private static readonly string[] s_csvHeader =
        ["record", "from", "to", "closed", "reachable", "still_reachable", "share", "path", "unavoidable_transit", "route", "name", "kind", "status", "since", "source_url"];

    private static void WriteJsonl(CorridorReport report)
    {
        var origin = report.From;
        var lines = new List<Action<Utf8JsonWriter>>();
        if (report.To is { } to)
        {
            lines.Add(w =>
            {
                w.WriteString("record", "transit");
                w.WriteString("from", origin);
                w.WriteString("to", to);
                w.WriteBoolean("reachable", report.Reachable == true);
                WriteList(w, "shortest_path", report.ShortestPath);
                WriteList(w, "unavoidable_transit", report.UnavoidableTransit);
            });
            foreach (var (avoided, path) in report.Alternatives ?? [])
            {
                lines.Add(w =>
                {
                    w.WriteString("record", "alternative");
                    w.WriteString("from", origin);
                    w.WriteString("to", to);
                    w.WriteString("avoiding", avoided);
                    WriteList(w, "path", path);
                });
            }
        }

        foreach (var (closed, before, after, share) in report.Reachability)
        {
            lines.Add(w =>
            {
                w.WriteString("record", "reachability");
                w.WriteString("from", origin);
                w.WriteString("closed", closed);
                w.WriteNumber("reachable", before);
                w.WriteNumber("still_reachable", after);
                w.WriteNumber("share", share);
            });
        }

        foreach (var r in report.Routes)
        {
            lines.Add(w =>
            {
                w.WriteString("record", "route");
                w.WriteString("id", r.Id);
                w.WriteString("name", r.Name);
                w.WriteString("kind", r.Kind);
                WriteList(w, "path", r.Path);
                w.WriteString("status", r.Status);
                w.WriteString("since", r.Since);
                w.WriteString("source_url", r.SourceUrl);
            });
        }

        EventPrinter.WriteJson(lines, (w, body) =>
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }, lines: true);
    }

    private static void WriteCsv(CorridorReport report)
    {
        var origin = report.From;
        // Columns a record does not use stay empty; a path is its countries separated by spaces, empty when there is none.
        var rows = new List<object?[]>();
        if (report.To is { } to)
        {
            rows.Add(["transit", origin, to, null, null, null, null, CsvOutput.List(report.ShortestPath ?? []), CsvOutput.List(report.UnavoidableTransit ?? []), null, null, null, null, null, null]);
            rows.AddRange((report.Alternatives ?? []).Select(a =>
                new object?[] { "alternative", origin, to, a.Avoiding, null, null, null, CsvOutput.List(a.Path ?? []), null, null, null, null, null, null, null }));
        }

        rows.AddRange(report.Reachability.Select(d => new object?[] { "reachability", origin, null, d.Closed, d.Reachable, d.StillReachable, d.Share, null, null, null, null, null, null, null, null }));
        rows.AddRange(report.Routes.Select(r => new object?[] { "route", null, null, null, null, null, null, CsvOutput.List(r.Path), null, r.Id, r.Name, r.Kind, r.Status, r.Since, r.SourceUrl }));
        CsvOutput.Write(s_csvHeader, rows, r => r);
    }

    private static void WriteList(Utf8JsonWriter w, string name, IReadOnlyList<string>? items)
    {
        if (items is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStringValue(item);
        }

        w.WriteEndArray();
    }
}
