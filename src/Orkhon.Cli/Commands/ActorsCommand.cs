using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Orkhon.Cli.Output;
using Orkhon.Storage;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon actors</c>: the states and organisations known, with how often they occur in events.</summary>
internal static class ActorsCommand
{
    public static Command Create()
    {
        var all = new Option<bool>("--all") { Description = "Every known actor, not only those that occur in events" };
        var search = new Option<string?>("--search") { Description = "Only actors whose code or name contains this text" };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("actors", "List actors (states by ISO 3166-1 alpha-3, organisations by short code) with event counts") { all, search, format, CommonOptions.Wide };
        command.SetAction(parse => CommandContext.Run(() =>
        {
            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            var activity = context.Store.GetActorActivity().ToDictionary(a => a.Code);
            var text = parse.GetValue(search);
            var rows = context.Reference.AllActors()
                .Select(a => (Actor: a, Activity: activity.GetValueOrDefault(a.Code)))
                .Where(r => parse.GetValue(all) || r.Activity is not null)
                .Where(r => text is null || r.Actor.Code.Contains(text, StringComparison.OrdinalIgnoreCase) || r.Actor.Name.Contains(text, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(r => r.Activity?.Events ?? 0).ThenBy(r => r.Actor.Code, StringComparer.Ordinal)
                .ToList();

            switch (parse.GetValue(format))
            {
                case OutputFormat.Json or OutputFormat.Jsonl:
                    EventPrinter.WriteJson(rows, (w, r) =>
                    {
                        w.WriteStartObject();
                        w.WriteString("code", r.Actor.Code);
                        w.WriteString("kind", r.Actor.Kind.ToString().ToLowerInvariant());
                        w.WriteString("name", r.Actor.Name);
                        w.WriteString("region", context.Reference.FindCountry(r.Actor.Code)?.Subregion);
                        w.WriteNumber("events", r.Activity?.Events ?? 0);
                        w.WriteString("first", r.Activity?.FirstDate);
                        w.WriteString("last", r.Activity?.LastDate);
                        w.WriteEndObject();
                    }, lines: parse.GetValue(format) == OutputFormat.Jsonl);
                    break;
                case OutputFormat.Csv:
                    using (var csv = new CsvWriter(Console.Out, CultureInfo.InvariantCulture, leaveOpen: true))
                    {
                        csv.WriteField("code");
                        csv.WriteField("kind");
                        csv.WriteField("name");
                        csv.WriteField("region");
                        csv.WriteField("events");
                        csv.WriteField("first");
                        csv.WriteField("last");
                        csv.NextRecord();
                        foreach (var r in rows)
                        {
                            csv.WriteField(r.Actor.Code);
                            csv.WriteField(r.Actor.Kind.ToString().ToLowerInvariant());
                            csv.WriteField(r.Actor.Name);
                            csv.WriteField(context.Reference.FindCountry(r.Actor.Code)?.Subregion);
                            csv.WriteField(r.Activity?.Events ?? 0);
                            csv.WriteField(r.Activity?.FirstDate);
                            csv.WriteField(r.Activity?.LastDate);
                            csv.NextRecord();
                        }
                    }

                    break;
                default:
                    var table = new FittedTable(t => t.Border(TableBorder.Rounded));
                    table.AddColumn("Code").AddColumn("Kind", priority: 3).AddColumn("Name").AddColumn("Region", priority: 2)
                        .AddColumn("Events").AddColumn("First", priority: 1).AddColumn("Last", priority: 1);
                    foreach (var r in rows)
                    {
                        table.AddRow(
                            $"[bold]{r.Actor.Code}[/]",
                            r.Actor.Kind.ToString().ToLowerInvariant(),
                            CommandContext.Escape(r.Actor.Name),
                            CommandContext.Escape(context.Reference.FindCountry(r.Actor.Code)?.Subregion ?? ""),
                            (r.Activity?.Events ?? 0).ToString(CultureInfo.InvariantCulture),
                            CommandContext.Escape(r.Activity?.FirstDate ?? ""),
                            CommandContext.Escape(r.Activity?.LastDate ?? ""));
                    }

                    table.Write();
                    AnsiConsole.MarkupLine($"[grey]{rows.Count} actors[/]");
                    break;
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
