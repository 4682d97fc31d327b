using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Orkhon.Analysis.Corridors;
using Orkhon.Interop;
using Spectre.Console;
using Orkhon.Cli.Output;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon corridors --from MNG --to UZB</c>: overland transit dependence of a landlocked state.</summary>
internal static partial class CorridorsCommand
{
    public static Command Create()
    {
        var from = CommonOptions.ActorCode("--from", "Origin state");
        from.DefaultValueFactory = _ => "MNG";
        var to = CommonOptions.ActorCode("--to", "Destination state (omit for the origin's routes and neighbour dependence only)");
        var without = new Option<string[]>("--without") { Description = "Countries to close when measuring reachability (default: each land neighbour)", AllowMultipleArgumentsPerToken = true };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("corridors", "Overland routes: transit countries to a partner, alternatives, known corridors, and reachability without each neighbour") { from, to, without, format, CommonOptions.Wide };
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var network = LandNetwork.Default;
            var reference = Knowledge.ReferenceData.Default;
            var origin = parse.GetValue(from)!;
            var closed = parse.GetValue(without) is { Length: > 0 } w ? w.Select(c => c.ToUpperInvariant()).ToArray() : null;
            var transit = parse.GetValue(to) is { } destination ? TransitAnalysis.Run(network, origin, destination) : null;
            var dependence = TransitAnalysis.Dependence(network, origin, closed);
            var routes = transit?.Routes ?? network.Routes.Where(r => r.Path.Contains(origin)).ToList();

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                using var stdout = Console.OpenStandardOutput();
                using (var j = new Utf8JsonWriter(stdout, EventJson.WriterOptions(indented: true)))
                {
                    WriteJson(j, origin, transit, dependence, routes, network);
                }

                stdout.WriteByte((byte)'\n');
                return ExitCodes.Success;
            }

            if (parse.GetValue(format) == OutputFormat.Jsonl)
            {
                WriteJsonl(origin, transit, dependence, routes);
                return ExitCodes.Success;
            }

            if (parse.GetValue(format) == OutputFormat.Csv)
            {
                WriteCsv(origin, transit, dependence, routes);
                return ExitCodes.Success;
            }

            AnsiConsole.MarkupLine($"[bold]{CommandContext.Escape(reference.NameOf(origin))}[/] borders {CommandContext.Escape(string.Join(", ", network.NeighboursOf(origin).Select(reference.NameOf)))}" +
                (network.NeighboursOf(origin).Count == 0 ? "no state by land" : ""));
            if (transit is not null)
            {
                if (transit.SameState)
                {
                    AnsiConsole.MarkupLine($"{origin} to {transit.To}: the same state, no border to cross.");
                }
                else if (!transit.Reachable)
                {
                    AnsiConsole.MarkupLine($"[red]No overland route from {origin} to {transit.To}.[/]");
                }
                else
                {
                    AnsiConsole.MarkupLine($"Fewest crossings: [bold]{string.Join(" → ", transit.ShortestPath!)}[/] ({transit.ShortestPath!.Count - 1} borders)");
                    AnsiConsole.MarkupLine(transit.UnavoidableTransit.Count > 0
                        ? $"Every overland route crosses: [bold red]{string.Join(", ", transit.UnavoidableTransit.Select(reference.NameOf))}[/]"
                        : "[green]No single transit country is unavoidable.[/]");
                    foreach (var (avoided, path) in transit.Alternatives)
                    {
                        AnsiConsole.MarkupLine($"  avoiding {avoided}: {(path is null ? "[red]impossible[/]" : string.Join(" → ", path))}");
                    }
                }
            }

            var table = new FittedTable(t => t.Border(TableBorder.Rounded).Title("Reachability overland"));
            table.AddColumn("Closed").AddColumn("Reachable before").AddColumn("Still reachable").AddColumn("Share");
            foreach (var (c, before, after, share) in dependence)
            {
                table.AddRow($"{c} {CommandContext.Escape(reference.NameOf(c))}", before.ToString(CultureInfo.InvariantCulture), after.ToString(CultureInfo.InvariantCulture), BalanceCommand.Percent(share));
            }

            table.Write();
            var routeTable = new FittedTable(t => t.Border(TableBorder.Rounded).Title("Known routes"));
            routeTable.AddColumn("Route").AddColumn("Kind", priority: 2).AddColumn("Path").AddColumn("Status", priority: 1).AddColumn("Since", priority: 3);
            foreach (var r in routes)
            {
                // Spaced arrows let a long path wrap between countries instead of being cut inside a code.
                routeTable.AddRow(CommandContext.Escape(r.Name), CommandContext.Escape(r.Kind), string.Join(" > ", r.Path), CommandContext.Escape(r.Status), CommandContext.Escape(r.Since ?? ""));
            }

            routeTable.Write();
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteJson(Utf8JsonWriter w, string origin, TransitAnalysis? transit, IReadOnlyList<(string Closed, int Reachable, int StillReachable, double Share)> dependence, IReadOnlyList<TransportRoute> routes, LandNetwork network)
    {
        w.WriteStartObject();
        w.WriteString("from", origin);
        w.WriteStartArray("land_neighbours");
        network.NeighboursOf(origin).ToList().ForEach(w.WriteStringValue);
        w.WriteEndArray();
        if (transit is null)
        {
            w.WriteNull("to");
        }
        else
        {
            w.WriteString("to", transit.To);
            w.WriteBoolean("reachable", transit.Reachable);
            w.WriteStartArray("shortest_path");
            transit.ShortestPath?.ToList().ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteStartArray("unavoidable_transit");
            transit.UnavoidableTransit.ToList().ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteStartArray("alternatives");
            foreach (var (avoided, path) in transit.Alternatives)
            {
                w.WriteStartObject();
                w.WriteString("avoiding", avoided);
                if (path is null)
                {
                    w.WriteNull("path");
                }
                else
                {
                    w.WriteStartArray("path");
                    path.ToList().ForEach(w.WriteStringValue);
                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("reachability");
        foreach (var (c, before, after, share) in dependence)
        {
            w.WriteStartObject();
            w.WriteString("closed", c);
            w.WriteNumber("reachable", before);
            w.WriteNumber("still_reachable", after);
            w.WriteNumber("share", share);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("routes");
        foreach (var r in routes)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("name", r.Name);
            w.WriteString("kind", r.Kind);
            w.WriteStartArray("path");
            r.Path.ToList().ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteString("status", r.Status);
            w.WriteString("since", r.Since);
            w.WriteString("source_url", r.SourceUrl);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
