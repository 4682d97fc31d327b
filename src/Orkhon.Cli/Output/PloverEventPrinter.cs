using Orkhon.Contracts;
using Orkhon.Domain;
using Orkhon.Knowledge;
using Spectre.Console;

namespace Orkhon.Cli.Output;

/// <summary>Prints kept PLOVER records (<c>events --plover</c>) in any <see cref="OutputFormat"/>.</summary>
internal static class PloverEventPrinter
{
    public static void Print(IReadOnlyList<PloverEvent> records, OutputFormat format, ReferenceData reference)
    {
        switch (format)
        {
            case OutputFormat.Json:
                EventPrinter.WriteJson(records, (w, e) => PloverEventJson.Write(w, e, reference), lines: false);
                break;
            case OutputFormat.Jsonl:
                EventPrinter.WriteJson(records, (w, e) => PloverEventJson.Write(w, e, reference), lines: true);
                break;
            case OutputFormat.Csv:
                PloverEventCsv.Write(Console.Out, records, reference);
                Console.Out.Flush();
                break;
            default:
                Table(records, reference).Write();
                AnsiConsole.MarkupLine($"[grey]{records.Count} PLOVER record{(records.Count == 1 ? "" : "s")} with no one CAMEO code[/]");
                break;
        }
    }

    private static FittedTable Table(IReadOnlyList<PloverEvent> records, ReferenceData reference)
    {
        var table = new FittedTable(t => t.Border(TableBorder.Rounded).Expand());
        table.AddColumn(new TableColumn("Date").NoWrap());
        table.AddColumn(new TableColumn("Who → whom").NoWrap());
        table.AddColumn("PLOVER");
        table.AddColumn("What happened");
        table.AddColumn(new TableColumn("Id").NoWrap(), priority: 1);
        foreach (var e in records)
        {
            var coding = e.Type + (e.Mode is null ? "" : " " + e.Mode) + (e.Contexts.Count == 0 ? "" : " (" + string.Join(", ", e.Contexts) + ")");
            table.AddRow(
                new Markup(CommandContext.Escape(e.Date?.ToString() ?? "?")),
                new Markup($"[bold]{CommandContext.Escape(e.Source)}[/] → [bold]{CommandContext.Escape(e.Target)}[/]"),
                new Markup(CommandContext.Escape(coding)),
                new Markup(CommandContext.Escape(e.Text ?? e.Evidences.FirstOrDefault()?.Text ?? $"{reference.NameOf(e.Source)} → {reference.NameOf(e.Target)}")),
                new Markup($"[grey]{CommandContext.Escape(e.Id)}[/]"));
        }

        return table;
    }
}
