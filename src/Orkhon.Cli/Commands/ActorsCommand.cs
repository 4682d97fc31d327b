using System.CommandLine;
using System.Globalization;
using System.CommandLine.Parsing;
using Orkhon.Cli.Output;
using Orkhon.Contracts;
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
        RequestValues Values(SymbolResult r) => new RequestValues().Add("all", r.GetValue(all) ? "true" : null).Add("search", r.GetValue(search));
        RequestBinding.Validate<ActorsRequest>(command, Values, ActorsRequest.TryParse);
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var request = RequestBinding.Parse<ActorsRequest>(parse, Values, ActorsRequest.TryParse);
            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            var rows = new AnalysisService(context.Store).Actors(request);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json or OutputFormat.Jsonl:
                    ContractOutput.WriteList(rows, lines: parse.GetValue(format) == OutputFormat.Jsonl);
                    break;
                case OutputFormat.Csv:
                    CsvOutput.Write(["code", "kind", "name", "iso2", "m49", "region", "subregion", "events", "first", "last"], rows,
                        r => [r.Code, r.Kind, r.Name, r.Iso2, r.M49, r.Region, r.Subregion, r.Events, r.First, r.Last]);
                    break;
                default:
                    var table = new FittedTable(t => t.Border(TableBorder.Rounded));
                    table.AddColumn("Code").AddColumn("Kind", priority: 3).AddColumn("Name").AddColumn("Subregion", priority: 2)
                        .AddColumn("Events").AddColumn("First", priority: 1).AddColumn("Last", priority: 1);
                    foreach (var r in rows)
                    {
                        // The table keeps the subregion ("Eastern Asia"): at a glance it says more than the region ("Asia").
                        table.AddRow(
                            $"[bold]{r.Code}[/]",
                            r.Kind,
                            CommandContext.Escape(r.Name),
                            CommandContext.Escape(r.Subregion ?? ""),
                            r.Events.ToString(CultureInfo.InvariantCulture),
                            CommandContext.Escape(r.First ?? ""),
                            CommandContext.Escape(r.Last ?? ""));
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
