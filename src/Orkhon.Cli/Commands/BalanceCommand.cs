using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Orkhon.Analysis;
using Orkhon.Cli.Output;
using Orkhon.Interop;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon balance</c>: pillar shares over time with balance indices, neighbour dependence and tilt.</summary>
internal static class BalanceCommand
{
    public static Command Create()
    {
        var inputs = new AnalysisInputs();
        var by = new Option<Granularity>("--by") { Description = "year|quarter|window", DefaultValueFactory = _ => Granularity.Year };
        var windows = new Option<string[]>("--window") { Description = "With --by window: one or more ranges such as 2015..2022 2023..2025", AllowMultipleArgumentsPerToken = true };
        var weighted = new Option<bool>("--weighted") { Description = "Compute shares' indices on significance-weighted amounts instead of counts" };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("balance", "Engagement by pillar over time: shares, entropy, HHI, neighbour dependence and Russia–China tilt") { by, windows, weighted, format, CommonOptions.Wide };
        inputs.AddTo(command);
        inputs.SetAction(command, (parse, context, framework) =>
        {
            var engagements = inputs.Engagements(parse, context, framework);
            var granularity = parse.GetValue(by);
            IReadOnlyList<Period> periods;
            if (granularity == Granularity.Window)
            {
                var list = new List<Period>();
                foreach (var w in parse.GetValue(windows) ?? [])
                {
                    if (!Period.TryParseWindow(w, DateTime.UtcNow.Year, out var p))
                    {
                        CommandContext.Error($"--window: '{w}' is not a range such as 2015..2022");
                        return ExitCodes.Usage;
                    }

                    list.Add(p);
                }

                if (list.Count > BalanceAnalysis.MaxPeriods)
                {
                    CommandContext.Error($"--window: at most {BalanceAnalysis.MaxPeriods} windows");
                    return ExitCodes.Usage;
                }

                if (list.Count == 0)
                {
                    CommandContext.Error("--by window needs at least one --window range");
                    return ExitCodes.Usage;
                }

                periods = list;
            }
            else if (!BalanceAnalysis.TryPeriods(engagements, granularity, parse.GetValue(inputs.From), parse.GetValue(inputs.To), out periods, out var error))
            {
                CommandContext.Error($"--from/--to: {error}");
                return ExitCodes.Usage;
            }

            var useWeights = parse.GetValue(weighted);
            var rows = BalanceAnalysis.Compute(engagements, framework, periods, useWeights);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json or OutputFormat.Jsonl:
                    // jsonl: the same period objects, one per line.
                    EventPrinter.WriteJson(rows, (w, r) => WriteJson(w, r), lines: parse.GetValue(format) == OutputFormat.Jsonl);
                    break;
                case OutputFormat.Csv:
                    WriteCsv(rows, framework.PillarIds);
                    break;
                default:
                    var title = $"{CommandContext.Escape(context.Reference.NameOf(parse.GetValue(inputs.Country)!))}: engagement by pillar ({CommandContext.Escape(framework.Id)}, {(useWeights ? "weighted" : "counts")})";
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
                        var cells = new List<string> { r.Period.Label, r.Total.ToString(CultureInfo.InvariantCulture) };
                        cells.AddRange(r.Pillars.Select(p => r.Total == 0 ? "·" : Percent(useWeights ? p.WeightedShare : p.Share)));
                        cells.AddRange([Number(r.PillarEntropy), Number(r.PillarHhi), Percent(r.NeighbourDependence), Number(r.NeighbourTilt)]);
                        table.AddRow(cells.ToArray());
                    }

                    table.Write();
                    AnsiConsole.MarkupLine("[grey]Shares of the country's events in each period; entropy and HHI over the framework's pillars; tilt +1 = all Russia, −1 = all China. See docs/metrics.md.[/]");
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static string Percent(double? value) => value is { } v ? v.ToString("P0", CultureInfo.InvariantCulture) : "–";

    internal static string Number(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static void WriteJson(Utf8JsonWriter w, PeriodBalance r)
    {
        w.WriteStartObject();
        w.WriteString("period", r.Period.Label);
        w.WriteString("start", r.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("end", r.Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteNumber("events", r.Total);
        w.WriteNumber("weighted", r.WeightedTotal);
        WriteShares(w, "pillars", r.Pillars);
        WriteShares(w, "partners", r.Partners);
        w.WriteNumberOrNull("pillar_entropy", r.PillarEntropy);
        w.WriteNumberOrNull("pillar_hhi", r.PillarHhi);
        w.WriteNumberOrNull("partner_entropy", r.PartnerEntropy);
        w.WriteNumberOrNull("partner_hhi", r.PartnerHhi);
        w.WriteNumberOrNull("neighbour_dependence", r.NeighbourDependence);
        w.WriteNumberOrNull("neighbour_tilt", r.NeighbourTilt);
        w.WriteEndObject();
    }

    internal static void WriteShares(Utf8JsonWriter w, string name, IReadOnlyList<PillarShare> shares)
    {
        w.WriteStartArray(name);
        foreach (var s in shares)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteNumber("events", s.Count);
            w.WriteNumber("weighted", s.Weighted);
            w.WriteNumber("share", s.Share);
            w.WriteNumber("weighted_share", s.WeightedShare);
            w.WriteStartArray("event_ids");
            foreach (var id in s.EventIds)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteCsv(IReadOnlyList<PeriodBalance> rows, IReadOnlyList<string> pillars)
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
            csv.WriteField(r.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            csv.WriteField(r.Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            csv.WriteField(r.Total);
            csv.WriteField(r.WeightedTotal);
            foreach (var p in r.Pillars)
            {
                csv.WriteField(p.Count);
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
