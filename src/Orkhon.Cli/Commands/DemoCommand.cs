using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Orkhon.Cli.Output;
using Orkhon.Analysis;
using Orkhon.Domain;
using Orkhon.Contracts;
using Orkhon.Storage;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary>
/// <c>orkhon demo</c>: the README's first command. Creates the database from the embedded knowledge
/// base when needed and prints an overview of a country's foreign relations as the data records them.
/// </summary>
internal static class DemoCommand
{
    private const int RecentCount = 10;
    private const int PartnerCount = 15;

    public static Command Create()
    {
        var country = CommonOptions.ActorCode("--country", "Whose relations to summarise");
        country.DefaultValueFactory = _ => FocusCountry.Default;
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("demo", "Build the database from the embedded knowledge base and print an overview") { country, format, CommonOptions.Wide };
        command.SetAction(parse => CommandContext.Run(() =>
        {
            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            var focus = parse.GetValue(country)!;
            var events = context.Store.QueryEvents(new EventQuery { Actor = focus });
            var partners = PartnerSummary.Build(events, focus);
            var years = events.Where(e => e.Date is { IsOpenStart: false }).Select(e => e.Date!.Value.Earliest.Year).ToList();
            var recent = events.Where(e => e.Date is not null).OrderByDescending(e => e.Date!.Value).Take(RecentCount).ToList();

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                WriteJson(context, focus, events, partners, years, recent);
                return ExitCodes.Success;
            }

            var stats = context.Store.GetStatistics();
            AnsiConsole.Write(new Rule($"[bold]Orkhon[/] — {CommandContext.Escape(context.Reference.NameOf(focus))}'s foreign relations").LeftJustified());
            AnsiConsole.MarkupLine($"Database [grey]{CommandContext.Escape(context.Store.Location)}[/]" +
                (context.KnowledgeBaseSync.Changed ? " [green](knowledge base loaded)[/]" : ""));
            var summary = new Grid().AddColumn().AddColumn().AddColumn().AddColumn();
            summary.AddRow(
                $"[bold]{events.Count}[/] events",
                $"[bold]{partners.Count}[/] partners",
                years.Count > 0 ? $"[bold]{years.Min()}–{years.Max()}[/] ({years.Distinct().Count()} years with events)" : "no dated events",
                $"{stats.CuratedEvents} curated · {stats.ExtractedEvents} extracted · {stats.Documents} documents");
            AnsiConsole.Write(summary);
            AnsiConsole.WriteLine();

            AnsiConsole.Write(new Rule("Most recent engagements").LeftJustified());
            EventPrinter.Table(recent, context.Reference, context.Cameo).Write();

            AnsiConsole.Write(new Rule($"Partners (top {Math.Min(PartnerCount, partners.Count)} of {partners.Count})").LeftJustified());
            var table = new FittedTable(t => t.Border(TableBorder.Rounded));
            table.AddColumn("Partner").AddColumn("Events").AddColumn($"{focus} →", priority: 2).AddColumn($"→ {focus}", priority: 2)
                .AddColumn("Visits", priority: 1).AddColumn("Agreements", priority: 1).AddColumn("First", priority: 3).AddColumn("Last", priority: 3);
            foreach (var p in partners.Take(PartnerCount))
            {
                table.AddRow(
                    $"[bold]{p.Code}[/] {CommandContext.Escape(context.Reference.NameOf(p.Code))}",
                    p.Events.ToString(CultureInfo.InvariantCulture),
                    p.Outgoing.ToString(CultureInfo.InvariantCulture),
                    p.Incoming.ToString(CultureInfo.InvariantCulture),
                    p.Visits.ToString(CultureInfo.InvariantCulture),
                    p.Agreements.ToString(CultureInfo.InvariantCulture),
                    p.First?.ToString() ?? "",
                    p.Last?.ToString() ?? "");
            }

            table.Write();
            // The hints are about the country shown, with its most frequent partner.
            var partner = partners.Count > 0 ? partners[0].Code : "CHN";
            var hint = $"Next: 'orkhon events --actor {focus} --partner {partner}', 'orkhon timeline --actor {focus} --partner {partner}', "
                + $"'orkhon balance --country {focus}', 'orkhon show <id>', 'orkhon --help'";
            AnsiConsole.MarkupLine($"[grey]{CommandContext.Escape(hint)}[/]");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteJson(CommandContext context, string focus, IReadOnlyList<Event> events, IReadOnlyList<PartnerSummary> partners, List<int> years, List<Event> recent)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, EventJson.WriterOptions(indented: true)))
        {
            w.WriteStartObject();
            w.WriteString("country", focus);
            w.WriteString("database", context.Store.Location);
            w.WriteNumber("events", events.Count);
            w.WriteNumber("partners", partners.Count);
            w.WriteStartObject("years");
            if (years.Count > 0)
            {
                w.WriteNumber("from", years.Min());
                w.WriteNumber("to", years.Max());
            }

            w.WriteNumber("with_events", years.Distinct().Count());
            w.WriteEndObject();
            w.WriteStartArray("recent");
            foreach (var e in recent)
            {
                EventJson.Write(w, e, context.Reference, context.Cameo);
            }

            w.WriteEndArray();
            w.WriteStartArray("partner_summary");
            foreach (var p in partners)
            {
                w.WriteStartObject();
                w.WriteString("partner", p.Code);
                w.WriteString("name", context.Reference.NameOf(p.Code));
                w.WriteNumber("events", p.Events);
                w.WriteNumber("outgoing", p.Outgoing);
                w.WriteNumber("incoming", p.Incoming);
                w.WriteNumber("visits", p.Visits);
                w.WriteNumber("agreements", p.Agreements);
                w.WriteString("first", p.First?.ToString());
                w.WriteString("last", p.Last?.ToString());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }
}
