using System.CommandLine;
using System.Globalization;
using System.CommandLine.Parsing;
using CsvHelper;
using Orkhon.Analysis;
using Orkhon.Cli.Output;
using Orkhon.Contracts;
using Orkhon.Storage;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon balance</c>: pillar shares over time with balance indices, neighbour dependence and tilt.</summary>
internal static class BalanceCommand
{
    public static Command Create()
    {
        var inputs = new AnalysisInputs();
        var by = new Option<string?>("--by") { Description = "year|quarter|window (default: year)" };
        var windows = new Option<string[]>("--window") { Description = "With --by window: one or more ranges such as 2015..2022 2023..2025", AllowMultipleArgumentsPerToken = true };
        var weighted = new Option<bool>("--weighted") { Description = "Compute shares' indices on significance-weighted amounts instead of counts" };
        var measure = new Option<string?>("--measure") { Description = "events|trade|exports|imports|fdi|aid: what the shares are of (default: events; the economic series of data/economy are yearly)" };
        var minEvents = CommonOptions.MinEvents();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("balance", "Engagement by pillar over time: shares, entropy, HHI, neighbour dependence and Russia–China tilt") { by, windows, weighted, measure, minEvents, format, CommonOptions.Wide };
        inputs.AddTo(command);
        RequestValues Values(SymbolResult r) => inputs.Values(r).Add("by", r.GetValue(by)).Add("window", r.GetValue(windows)).Add("weighted", r.GetValue(weighted) ? "true" : null).Add("measure", r.GetValue(measure)).Add("min_events", r.GetValue(minEvents));
        bool Parser(RequestValues v, out BalanceRequest q, out RequestError? e) => BalanceRequest.TryParse(v, DateTime.UtcNow.Year, out q, out e);
        RequestBinding.Validate<BalanceRequest>(command, Values, Parser);
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var request = RequestBinding.Parse<BalanceRequest>(parse, Values, Parser);
            if (request.Measure != Measure.Events)
            {
                // Economic figures ship inside the library: no database is opened.
                if (!AnalysisService.TryEconomicBalance(request, out var economic, out var economicError))
                {
                    CommandContext.Error(RequestBinding.Describe(economicError!));
                    return ExitCodes.Usage;
                }

                EconomicBalanceOutput.Write(economic, request, parse.GetValue(format));
                return ExitCodes.Success;
            }

            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            if (!new AnalysisService(context.Store).TryBalance(request, out var rows, out var error))
            {
                CommandContext.Error(RequestBinding.Describe(error!));
                return ExitCodes.Usage;
            }

            var framework = request.Scope.Framework;
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json or OutputFormat.Jsonl:
                    // jsonl: the same period objects, one per line.
                    ContractOutput.WriteList(rows, lines: parse.GetValue(format) == OutputFormat.Jsonl);
                    break;
                case OutputFormat.Csv:
                    WriteCsv(rows, framework.PillarIds);
                    break;
                default:
                    WriteTable(rows, request, context.Reference.NameOf(request.Scope.Country));
                    break;
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    // The periods as a table: every share with its count, the summary measures, and the notes that read them.
    private static void WriteTable(IReadOnlyList<BalancePeriod> rows, BalanceRequest request, string country)
    {
        var framework = request.Scope.Framework;
        var useWeights = request.Weighted;
        var title = $"{CommandContext.Escape(country)}: engagement by pillar ({CommandContext.Escape(framework.Id)}, {(useWeights ? "weighted" : "counts")})";
        var table = new FittedTable(t => t.Border(TableBorder.Rounded).Title(title));
        table.AddColumn("Period");
        table.AddColumn(new TableColumn("Events").RightAligned());

        // Pillar ids break after their hyphens so a header is no wider than its words; on a narrow
        // terminal the summary measures go first, then the pillars from the last in priority.
        foreach (var id in framework.PillarIds)
        {
            table.AddColumn(new TableColumn(CommandContext.Escape(id).Replace("-", "-\n", StringComparison.Ordinal)).RightAligned(), priority: 1);
        }

        table.AddColumn(new TableColumn("Entropy").RightAligned(), priority: 4).AddColumn(new TableColumn("HHI").RightAligned(), priority: 4)
            .AddColumn(new TableColumn("Neighbours").RightAligned(), priority: 3).AddColumn(new TableColumn("RUS–CHN tilt").RightAligned(), priority: 2);
        foreach (var r in rows)
        {
            // Every share with its count; a period under the minimum sample shows counts only.
            var cells = new List<string> { r.Period.Label, r.Events.ToString(CultureInfo.InvariantCulture) + (r.TooFewEvents && r.Events > 0 ? " " + TooFew : "") };
            cells.AddRange(r.Pillars.Select(p => ShareCell(r, p, useWeights)));
            cells.AddRange(r.TooFewEvents
                ? [TooFew, TooFew, TooFew]
                : [Number(r.PillarEntropy), Number(r.PillarHhi), $"{Percent(r.NeighbourDependence)} ({r.Pillars.FirstOrDefault(p => p.Id == BalanceAnalysis.NeighbourPillar)?.Events ?? 0})"]);
            cells.Add(r.NeighbourTiltTooFew ? $"({r.NeighbourTiltEvents})" : $"{Number(r.NeighbourTilt)} ({r.NeighbourTiltEvents})");
            table.AddRow(cells.ToArray());
        }

        table.Write();
        var min = rows.Count > 0 ? rows[0].MinEvents : MinimumSample.DefaultEvents;
        AnsiConsole.MarkupLine($"[grey]Shares of the country's events in each period, events in brackets; entropy and HHI over the framework's pillars; tilt +1 = all Russia, −1 = all China (events with either in brackets). " +
            $"'too few' = fewer than {min} events (--min-events): counts only, in brackets, for the shares and the tilt. Exact 95 % intervals in the JSON. See docs/metrics.md.[/]");
        FrameworkFooter.Write(FrameworkSource.From(framework));
    }

    private const string TooFew = "too few";

    private static string ShareCell(BalancePeriod period, EngagementShare share, bool weighted)
    {
        var count = share.Events.ToString(CultureInfo.InvariantCulture);
        return period.Events == 0 ? "·" : period.TooFewEvents ? $"({count})" : $"{Percent(weighted ? share.WeightedShare : share.Share)} ({count})";
    }

    internal static string Percent(double? value) => value is { } v ? v.ToString("P0", CultureInfo.InvariantCulture) : "–";

    internal static string Number(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static void WriteCsv(IReadOnlyList<BalancePeriod> rows, IReadOnlyList<string> pillars)
    {
        using var csv = new CsvWriter(Console.Out, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var h in new[] { "period", "start", "end", "events", "weighted" }.Concat(pillars.SelectMany(p => new[] { p + "_events", p + "_share", p + "_weighted_share" }))
            .Concat(["pillar_entropy", "pillar_hhi", "partner_entropy", "partner_hhi", "neighbour_dependence", "neighbour_tilt"]))
        {
            csv.WriteField(h);
        }

        csv.NextRecord();
        foreach (var r in rows)
        {
            csv.WriteField(r.Period.Label);
            csv.WriteField(r.Period.Start);
            csv.WriteField(r.Period.End);
            csv.WriteField(r.Events);
            csv.WriteField(r.Weighted);
            foreach (var p in r.Pillars)
            {
                csv.WriteField(p.Events);
                csv.WriteField(p.Share);
                csv.WriteField(p.WeightedShare);
            }

            foreach (var v in new[] { r.PillarEntropy, r.PillarHhi, r.PartnerEntropy, r.PartnerHhi, r.NeighbourDependence, r.NeighbourTilt })
            {
                csv.WriteField(v?.ToString(CultureInfo.InvariantCulture));
            }

            csv.NextRecord();
        }
    }
}
