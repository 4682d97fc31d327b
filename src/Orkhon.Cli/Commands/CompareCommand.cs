using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Orkhon.Cli.Output;
using Orkhon.Contracts;
using Orkhon.Storage;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary>
/// <c>orkhon compare --country MNG --country KAZ</c>: countries' balance side by side over the same periods,
/// each by its own framework. Pillars differ between frameworks, so the columns are what can be compared:
/// events, entropy over the pillars, neighbour dependence and the Russia–China tilt.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var countries = new Option<string[]>("--country") { Description = $"Two to {CompareRequest.MaxCountries} countries, e.g. --country MNG --country KAZ (or --country MNG KAZ)", AllowMultipleArgumentsPerToken = true, Required = true };
        var frameworks = new Option<string[]>("--framework") { Description = "One framework per country in the same order (default: each country's latest; list with 'orkhon frameworks')", AllowMultipleArgumentsPerToken = true };
        var from = new Option<string?>("--from") { Description = "First year (default: when the latest-adopted of the frameworks came into force)" };
        var to = new Option<string?>("--to") { Description = "Last year (default: the data's last year, never past a superseded framework's end)" };
        var weights = new Option<string?>("--weights") { Description = "Override significance weights, as for 'balance'" };
        var by = new Option<string?>("--by") { Description = "year|quarter|window (default: year)" };
        var windows = new Option<string[]>("--window") { Description = "With --by window: ranges such as 2015..2022 2023..2025", AllowMultipleArgumentsPerToken = true };
        var weighted = new Option<bool>("--weighted") { Description = "Indices on significance-weighted amounts instead of counts" };
        var minEvents = CommonOptions.MinEvents();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("compare", "Compare countries' balance side by side: events, entropy, neighbour dependence and tilt per period, each by its own framework")
        {
            countries, frameworks, from, to, weights, by, windows, weighted, minEvents, format, CommonOptions.Wide,
        };
        RequestValues Values(SymbolResult r) => new RequestValues().Add("country", r.GetValue(countries)).Add("framework", r.GetValue(frameworks))
            .Add("from", r.GetValue(from)).Add("to", r.GetValue(to)).Add("weights", r.GetValue(weights)).Add("by", r.GetValue(by)).Add("window", r.GetValue(windows))
            .Add("weighted", r.GetValue(weighted) ? "true" : null).Add("min_events", r.GetValue(minEvents));
        bool Parser(RequestValues v, out CompareRequest q, out RequestError? e) => CompareRequest.TryParse(v, DateTime.UtcNow.Year, out q, out e);
        RequestBinding.Validate<CompareRequest>(command, Values, Parser);
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var request = RequestBinding.Parse<CompareRequest>(parse, Values, Parser);
            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            if (!new AnalysisService(context.Store).TryCompare(request, out var report, out var error))
            {
                CommandContext.Error(RequestBinding.Describe(error!));
                return ExitCodes.Usage;
            }

            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    ContractOutput.WriteJson(report!);
                    break;
                case OutputFormat.Jsonl:
                    // One country per line: its framework, provenance and periods.
                    ContractOutput.WriteJsonLines(report!.Countries);
                    break;
                case OutputFormat.Csv:
                    WriteCsv(report!);
                    break;
                default:
                    WriteTable(report!, parse.GetValue(weighted));
                    break;
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private const string TooFew = "too few";

    private static void WriteTable(ComparisonReport report, bool weighted)
    {
        var title = string.Join(" vs ", report.Countries.Select(c => $"{CommandContext.Escape(c.Name)} ({CommandContext.Escape(c.Framework)})"));
        var table = new FittedTable(t => t.Border(TableBorder.Rounded).Title($"{title}, {(weighted ? "weighted" : "counts")}"));
        table.AddColumn("Period");
        foreach (var c in report.Countries)
        {
            var code = CommandContext.Escape(c.Country);
            table.AddColumn(new TableColumn($"{code}\nevents").RightAligned())
                .AddColumn(new TableColumn($"{code}\nentropy").RightAligned(), priority: 2)
                .AddColumn(new TableColumn($"{code}\nneighbours").RightAligned(), priority: 1)
                .AddColumn(new TableColumn($"{code}\ntilt").RightAligned(), priority: 3);
        }

        foreach (var label in report.Periods)
        {
            var cells = new List<string> { CommandContext.Escape(label) };
            foreach (var c in report.Countries)
            {
                // A superseded framework's country has no row for the years after it: shown blank, not as zero events.
                if (c.Periods.FirstOrDefault(p => p.Period.Label == label) is not { } row)
                {
                    cells.AddRange(["", "", "", ""]);
                    continue;
                }

                // Under the minimum sample the indices are not findings: "too few", as balance prints them.
                var few = row.TooFewEvents && row.Events > 0;
                cells.AddRange([row.Events.ToString(CultureInfo.InvariantCulture), few ? TooFew : BalanceCommand.Number(row.PillarEntropy),
                    row.Events == 0 ? "–" : few ? TooFew : $"{BalanceCommand.Percent(row.NeighbourDependence)}",
                    row.NeighbourTiltTooFew && row.Events > 0 ? TooFew : BalanceCommand.Number(row.NeighbourTilt)]);
            }

            table.AddRow([.. cells]);
        }

        table.Write();
        var min = report.Countries.SelectMany(c => c.Periods).Select(p => p.MinEvents).FirstOrDefault(MinimumSample.DefaultEvents);
        AnsiConsole.MarkupLine($"[grey]Each country by its own framework: entropy over its own pillars (1 = even, 0 = one pillar); neighbours = share with Russia and China; tilt +1 = all Russia, −1 = all China. 'too few' = fewer than {min} events (--min-events; for the tilt, Russia and China events): the indices are in the JSON but are not findings. See docs/metrics.md.[/]");
        foreach (var c in report.Countries)
        {
            FrameworkFooter.Write(c.FrameworkProvenance);
        }
    }

    private static void WriteCsv(ComparisonReport report)
    {
        var header = new List<string> { "period" };
        foreach (var c in report.Countries)
        {
            var p = c.Country.ToLowerInvariant();
            header.AddRange([p + "_framework", p + "_events", p + "_pillar_entropy", p + "_pillar_hhi", p + "_neighbour_dependence", p + "_neighbour_tilt"]);
        }

        CsvOutput.Write(header, report.Periods, label =>
        {
            var fields = new List<object?> { label };
            foreach (var c in report.Countries)
            {
                var row = c.Periods.FirstOrDefault(p => p.Period.Label == label);
                fields.AddRange([c.Framework, row?.Events, row?.PillarEntropy, row?.PillarHhi, row?.NeighbourDependence, row?.NeighbourTilt]);
            }

            return fields;
        });
    }
}
