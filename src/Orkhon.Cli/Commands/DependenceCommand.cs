using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CsvHelper;
using Orkhon.Analysis;
using Orkhon.Cli.Output;
using Orkhon.Contracts;
using Orkhon.Storage;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary>
/// <c>orkhon dependence</c>: per year and pillar, the share of the country's diplomatic events beside the
/// share of an economic measure (trade by default) — "balance in diplomacy, dependence in the economy".
/// </summary>
internal static class DependenceCommand
{
    public static Command Create()
    {
        var inputs = new AnalysisInputs();
        var measure = new Option<string?>("--measure") { Description = "trade|exports|imports|fdi|aid: the economic side (default: trade)" };
        var minEvents = CommonOptions.MinEvents();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("dependence", "Diplomatic (event) shares beside economic shares per pillar and year") { measure, minEvents, format, CommonOptions.Wide };
        inputs.AddTo(command);
        RequestValues Values(SymbolResult r) => inputs.Values(r).Add("measure", r.GetValue(measure)).Add("min_events", r.GetValue(minEvents));
        RequestBinding.Validate<DependenceRequest>(command, Values, DependenceRequest.TryParse);
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var request = RequestBinding.Parse<DependenceRequest>(parse, Values, DependenceRequest.TryParse);
            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            if (!new AnalysisService(context.Store).TryDependence(request, out var rows, out var error))
            {
                CommandContext.Error(RequestBinding.Describe(error!));
                return ExitCodes.Usage;
            }

            switch (parse.GetValue(format))
            {
                case OutputFormat.Json or OutputFormat.Jsonl:
                    ContractOutput.WriteList(rows, lines: parse.GetValue(format) == OutputFormat.Jsonl);
                    break;
                case OutputFormat.Csv:
                    WriteCsv(rows, request.Scope.Framework.PillarIds);
                    break;
                default:
                    WriteTable(rows, request, context.Reference.NameOf(request.Scope.Country));
                    break;
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteTable(IReadOnlyList<DependenceYear> rows, DependenceRequest request, string countryName)
    {
        var framework = request.Scope.Framework;
        var name = Measures.Name(request.Measure);
        var title = $"{CommandContext.Escape(countryName)}: events / {name} share by pillar ({CommandContext.Escape(framework.Id)})";
        var table = new FittedTable(t => t.Border(TableBorder.Rounded).Title(title));
        table.AddColumn("Year");
        table.AddColumn(new TableColumn("Events").RightAligned());
        table.AddColumn(new TableColumn("Known").RightAligned(), priority: 2);
        foreach (var id in framework.PillarIds)
        {
            table.AddColumn(new TableColumn(CommandContext.Escape(id).Replace("-", "-\n", StringComparison.Ordinal)).RightAligned(), priority: 1);
        }

        foreach (var r in rows)
        {
            var cells = new List<string> { r.Period.Label, r.Events.ToString(CultureInfo.InvariantCulture), r.HasEconomicData ? BalanceCommand.Percent(r.EconomicCoverage) : EconomicBalanceOutput.Missing };
            // One word per pair ("25%/43%"): the table then leaves a pillar out rather than split a pair over two lines.
            // Too few events: the count in brackets instead of a share, as balance prints it.
            cells.AddRange(r.Pillars.Select(p => $"{EventCell(r, p)}/{(p.EconomicShare is { } s ? Short(s) : EconomicBalanceOutput.Missing)}"));
            table.AddRow(cells.ToArray());
        }

        table.Write();
        AnsiConsole.MarkupLine($"[grey]Each pillar: share of the year's events/share of {CommandContext.Escape(Measures.Describe(request.Measure))}. · = no events; (n) = n events of a year with fewer than {request.MinEvents} (--min-events), too few for a share; n/a = no figure (missing, not zero); Known = part of the economic total with a partner figure. See docs/economy.md.[/]");
    }

    private static string EventCell(DependenceYear year, DependencePillar pillar) =>
        pillar.EventShare is not { } share ? "·" : year.TooFewEvents ? $"({pillar.Events.ToString(CultureInfo.InvariantCulture)})" : Short(share);

    private static string Short(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static void WriteCsv(IReadOnlyList<DependenceYear> rows, IReadOnlyList<string> pillars)
    {
        using var csv = new CsvWriter(Console.Out, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var h in new[] { "year", "measure", "events", "has_economic_data", "economic_coverage" }
            .Concat(pillars.SelectMany(p => new[] { p + "_events", p + "_event_share", p + "_economic_share" }))
            .Concat(["event_neighbour_dependence", "economic_neighbour_dependence", "event_neighbour_tilt", "economic_neighbour_tilt", "min_events", "too_few_events"]))
        {
            csv.WriteField(h);
        }

        csv.NextRecord();
        foreach (var r in rows)
        {
            csv.WriteField(r.Period.Label);
            csv.WriteField(r.Measure);
            csv.WriteField(r.Events);
            csv.WriteField(r.HasEconomicData ? "true" : "false");
            csv.WriteField(EconomicBalanceOutput.Field(r.EconomicCoverage));
            foreach (var p in r.Pillars)
            {
                csv.WriteField(p.Events);
                csv.WriteField(EconomicBalanceOutput.Field(p.EventShare));
                csv.WriteField(EconomicBalanceOutput.Field(p.EconomicShare));
            }

            foreach (var v in new[] { r.EventNeighbourDependence, r.EconomicNeighbourDependence, r.EventNeighbourTilt, r.EconomicNeighbourTilt })
            {
                csv.WriteField(EconomicBalanceOutput.Field(v));
            }

            csv.WriteField(r.MinEvents);
            csv.WriteField(r.TooFewEvents ? "true" : "false");
            csv.NextRecord();
        }
    }
}
