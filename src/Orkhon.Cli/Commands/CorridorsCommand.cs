using System.CommandLine;
using System.Globalization;
using System.CommandLine.Parsing;
using Orkhon.Analysis.Corridors;
using Orkhon.Contracts;
using Spectre.Console;
using Orkhon.Cli.Output;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon corridors --from MNG --to UZB</c>: overland transit dependence of a landlocked state.</summary>
internal static partial class CorridorsCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = $"Origin state (default: {AnalysisScope.DefaultCountry})" };
        var to = new Option<string?>("--to") { Description = "Destination state (omit for the origin's routes and neighbour dependence only)" };
        var without = new Option<string[]>("--without") { Description = "Countries to close when measuring reachability (default: each land neighbour)", AllowMultipleArgumentsPerToken = true };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("corridors", "Overland routes: transit countries to a partner, alternatives, known corridors, and reachability without each neighbour") { from, to, without, format, CommonOptions.Wide };
        RequestValues Values(SymbolResult r) => new RequestValues().Add("from", r.GetValue(from)).Add("to", r.GetValue(to)).Add("without", r.GetValue(without));
        RequestBinding.Validate<CorridorsRequest>(command, Values, CorridorsRequest.TryParse);
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var report = AnalysisService.Corridors(RequestBinding.Parse<CorridorsRequest>(parse, Values, CorridorsRequest.TryParse));
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    ContractOutput.WriteJson(report);
                    return ExitCodes.Success;
                case OutputFormat.Jsonl:
                    WriteJsonl(report);
                    return ExitCodes.Success;
                case OutputFormat.Csv:
                    WriteCsv(report);
                    return ExitCodes.Success;
            }

            var network = LandNetwork.Default;
            var reference = Knowledge.ReferenceData.Default;
            var origin = report.From;
            AnsiConsole.MarkupLine($"[bold]{CommandContext.Escape(reference.NameOf(origin))}[/] borders {CommandContext.Escape(string.Join(", ", network.NeighboursOf(origin).Select(reference.NameOf)))}" +
                (network.NeighboursOf(origin).Count == 0 ? "no state by land" : ""));
            if (report.To is { } destination)
            {
                if (destination == origin)
                {
                    AnsiConsole.MarkupLine($"{origin} to {destination}: the same state, no border to cross.");
                }
                else if (report.ShortestPath is not { } shortest)
                {
                    AnsiConsole.MarkupLine($"[red]No overland route from {origin} to {destination}.[/]");
                }
                else
                {
                    var unavoidable = report.UnavoidableTransit ?? [];
                    AnsiConsole.MarkupLine($"Fewest crossings: [bold]{string.Join(" → ", shortest)}[/] ({shortest.Count - 1} borders)");
                    AnsiConsole.MarkupLine(unavoidable.Count > 0
                        ? $"Every overland route crosses: [bold red]{string.Join(", ", unavoidable.Select(reference.NameOf))}[/]"
                        : "[green]No single transit country is unavoidable.[/]");
                    foreach (var (avoided, path) in report.Alternatives ?? [])
                    {
                        AnsiConsole.MarkupLine($"  avoiding {avoided}: {(path is null ? "[red]impossible[/]" : string.Join(" → ", path))}");
                    }
                }
            }

            var table = new FittedTable(t => t.Border(TableBorder.Rounded).Title("Reachability overland"));
            table.AddColumn("Closed").AddColumn("Reachable before").AddColumn("Still reachable").AddColumn("Share");
            foreach (var (c, before, after, share) in report.Reachability)
            {
                table.AddRow($"{c} {CommandContext.Escape(reference.NameOf(c))}", before.ToString(CultureInfo.InvariantCulture), after.ToString(CultureInfo.InvariantCulture), BalanceCommand.Percent(share));
            }

            table.Write();
            var routeTable = new FittedTable(t => t.Border(TableBorder.Rounded).Title("Known routes"));
            routeTable.AddColumn("Route").AddColumn("Kind", priority: 2).AddColumn("Path").AddColumn("Status", priority: 1).AddColumn("Since", priority: 3);
            foreach (var r in report.Routes)
            {
                // Spaced arrows let a long path wrap between countries instead of being cut inside a code.
                routeTable.AddRow(CommandContext.Escape(r.Name), CommandContext.Escape(r.Kind), string.Join(" > ", r.Path), CommandContext.Escape(r.Status), CommandContext.Escape(r.Since ?? ""));
            }

            routeTable.Write();
            return ExitCodes.Success;
        }));
        return command;
    }
}
