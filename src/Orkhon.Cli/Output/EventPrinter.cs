using System.Text.Json;
using Orkhon.Domain;
using Orkhon.Contracts;
using Orkhon.Knowledge;
using Spectre.Console;

namespace Orkhon.Cli.Output;

/// <summary>Prints lists of events in any <see cref="OutputFormat"/>.</summary>
internal static class EventPrinter
{
    public static void Print(IReadOnlyList<Event> events, OutputFormat format, ReferenceData reference, CameoCatalog cameo)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(events, reference, cameo, lines: false);
                break;
            case OutputFormat.Jsonl:
                WriteJson(events, reference, cameo, lines: true);
                break;
            case OutputFormat.Csv:
                EventCsv.Write(Console.Out, events, reference, cameo);
                Console.Out.Flush();
                break;
            default:
                Table(events, reference, cameo).Write();
                AnsiConsole.MarkupLine($"[grey]{events.Count} event{(events.Count == 1 ? "" : "s")}[/]");
                break;
        }
    }

    /// <summary>The events table; on a narrow terminal the origin goes first, then the id ('orkhon show' takes it; --wide shows it).</summary>
    public static FittedTable Table(IReadOnlyList<Event> events, ReferenceData reference, CameoCatalog cameo)
    {
        var table = new FittedTable(t => t.Border(TableBorder.Rounded).Expand());
        table.AddColumn(new TableColumn("Date").NoWrap());
        table.AddColumn(new TableColumn("Who → whom").NoWrap());
        table.AddColumn("Event");
        table.AddColumn("What happened");
        table.AddColumn("Origin", priority: 2);
        table.AddColumn(new TableColumn("Id").NoWrap(), priority: 1);
        foreach (var e in events)
        {
            table.AddRow(
                new Markup(CommandContext.Escape(e.Date?.ToString() ?? "?")),
                new Markup($"[bold]{CommandContext.Escape(e.Source.Code)}[/] → [bold]{CommandContext.Escape(e.Target.Code)}[/]"),
                new Markup($"[{ToneColour(cameo.Find(e.Cameo))}]{CommandContext.Escape(e.Cameo)}[/] [grey]{CommandContext.Escape(cameo.Find(e.Cameo)?.Name)}[/]"),
                new Markup(CommandContext.Escape(e.Title ?? e.Evidences.FirstOrDefault()?.Text ?? $"{reference.NameOf(e.Source.Code)} → {reference.NameOf(e.Target.Code)}")),
                new Markup(e.Origin.ToName()),
                new Markup($"[grey]{CommandContext.Escape(e.Id)}[/]"));
        }

        return table;
    }

    public static void WriteJson<T>(IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write, bool lines)
    {
        using var stdout = Console.OpenStandardOutput();
        if (lines)
        {
            foreach (var item in items)
            {
                using (var writer = new Utf8JsonWriter(stdout, EventJson.WriterOptions(indented: false)))
                {
                    write(writer, item);
                }

                stdout.WriteByte((byte)'\n');
            }

            return;
        }

        using (var writer = new Utf8JsonWriter(stdout, EventJson.WriterOptions(indented: true)))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                write(writer, item);
            }

            writer.WriteEndArray();
        }

        stdout.WriteByte((byte)'\n');
    }

    private static void WriteJson(IReadOnlyList<Event> events, ReferenceData reference, CameoCatalog cameo, bool lines) =>
        WriteJson(events, (w, e) => EventJson.Write(w, e, reference, cameo), lines);

    /// <summary>Conflict codes in red, cooperation in green: the tone is readable at a glance.</summary>
    public static string ToneColour(EventType? type) => type?.QuadClass switch
    {
        QuadClass.VerbalConflict or QuadClass.MaterialConflict => "red",
        null => "grey",
        _ => "green",
    };
}
