using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using Orkhon.Cli.Output;
using Orkhon.Contracts;
using Orkhon.Storage;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon pivot</c>: did engagement with a pillar change between two windows? Exact Poisson rate ratios with 95 % intervals, and the most likely change year.</summary>
internal static class PivotCommand
{
    public static Command Create()
    {
        var inputs = new AnalysisInputs();
        var pillar = new Option<string>("--pillar") { Description = "Pillar id, e.g. central-asia", Required = true };
        var before = new Option<string>("--before") { Description = "Window before, e.g. 2015..2022", Required = true };
        var after = new Option<string>("--after") { Description = "Window after, e.g. 2023..2025", Required = true };
        var minEvents = CommonOptions.MinEvents();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("pivot", "Test a pivot: rate of engagement with a pillar in two windows, exact 95 % confidence interval, change-point year") { pillar, before, after, minEvents, format, CommonOptions.Wide };
        inputs.AddTo(command);
        RequestValues Values(SymbolResult r) => inputs.Values(r).Add("pillar", r.GetValue(pillar)).Add("before", r.GetValue(before)).Add("after", r.GetValue(after)).Add("min_events", r.GetValue(minEvents));
        bool Parser(RequestValues v, out PivotRequest q, out RequestError? e) => PivotRequest.TryParse(v, DateTime.UtcNow.Year, out q, out e);
        RequestBinding.Validate<PivotRequest>(command, Values, Parser);
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var request = RequestBinding.Parse<PivotRequest>(parse, Values, Parser);
            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            var test = new AnalysisService(context.Store).Pivot(request);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    ContractOutput.WriteJson(test);
                    break;
                case OutputFormat.Jsonl:
                    WriteJsonLines(test);
                    break;
                case OutputFormat.Csv:
                    WriteCsv(test);
                    break;
                default:
                    WriteTable(test, request, context.Reference.NameOf(test.Country));
                    break;
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    // jsonl and csv: one record per measure, the two rows of the table.
    private static (string Name, RateTest Test)[] Measures(PivotReport test) => [("per_year", test.PerYear), ("per_coverage", test.PerCoverage)];

    private static void WriteJsonLines(PivotReport test) =>
        EventPrinter.WriteJson(Measures(test), (w, m) =>
        {
            w.WriteStartObject();
            w.WriteString("country", test.Country);
            w.WriteString("framework", test.Framework);
            w.WriteString("pillar", test.Pillar);
            w.WriteString("before", test.Before);
            w.WriteString("after", test.After);
            w.WriteString("measure", m.Name);
            w.WriteNumber("min_events", test.MinEvents);
            WriteRatio(w, "test", m.Test);
            w.WritePropertyName("framework_provenance");
            JsonSerializer.Serialize(w, test.FrameworkProvenance, ContractJson.TypeInfo<FrameworkSource?>(ContractJson.Compact));
            w.WriteEndObject();
        }, lines: true);

    // The windows are window_before/window_after here: before/after are the counts, as in the JSON's rate objects.
    private static void WriteCsv(PivotReport test) =>
        CsvOutput.Write(
            ["measure", "country", "framework", "pillar", "window_before", "window_after", "before", "exposure_before", "after", "exposure_after",
                "rate_ratio", "ci_lower", "ci_upper", "confidence", "p_value", "significant", "too_few_events", "min_events"],
            Measures(test),
            m => [m.Name, test.Country, test.Framework, test.Pillar, test.Before, test.After, m.Test.Before, m.Test.ExposureBefore, m.Test.After, m.Test.ExposureAfter,
                m.Test.RateRatio, m.Test.CiLower, m.Test.CiUpper, m.Test.Confidence, m.Test.PValue, m.Test.Significant, m.Test.TooFewEvents, test.MinEvents]);

    private static void WriteTable(PivotReport test, PivotRequest request, string country)
    {
        AnsiConsole.Write(new Rule($"{CommandContext.Escape(country)} → {CommandContext.Escape(test.Pillar)}: {CommandContext.Escape(test.Before)} vs {CommandContext.Escape(test.After)}").LeftJustified());
        var table = new FittedTable(t => t.Border(TableBorder.Rounded));
        table.AddColumn("Measure").AddColumn("Before").AddColumn("After").AddColumn("Rate ratio").AddColumn("95 % CI", priority: 1).AddColumn("p");
        table.AddRow("events per year",
            $"{test.PerYear.Before} in {test.PerYear.ExposureBefore:0.0} y = {test.PerYear.RateBefore:0.00}/y",
            $"{test.PerYear.After} in {test.PerYear.ExposureAfter:0.0} y = {test.PerYear.RateAfter:0.00}/y",
            RatioCell(test.PerYear), Interval(test.PerYear), PValue(test.PerYear.PValue));
        table.AddRow("share of coverage",
            $"{test.PerCoverage.Before} of {test.TotalBefore} = {BalanceCommand.Percent(test.PerCoverage.RateBefore)}",
            $"{test.PerCoverage.After} of {test.TotalAfter} = {BalanceCommand.Percent(test.PerCoverage.RateAfter)}",
            RatioCell(test.PerCoverage), Interval(test.PerCoverage), PValue(test.PerCoverage.PValue));
        table.Write();
        WriteVerdict(test);
        // The events themselves are a listing: named by the command that lists them, not printed by the thousand.
        AnsiConsole.MarkupLine($"[grey]Events after: orkhon events --actor {CommandContext.Escape(test.Country)} --pillar {CommandContext.Escape(test.Pillar)} --framework {CommandContext.Escape(test.Framework)} --from {CommandContext.Escape(request.After.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))} --to {CommandContext.Escape(request.After.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}[/]");
        FrameworkFooter.Write(test.FrameworkProvenance!);
    }

    // The per-year verdict under the table, what an unbounded ratio means, and the most likely change year.
    private static void WriteVerdict(PivotReport test)
    {
        var events = test.PerYear.Before + test.PerYear.After;
        if (test.PerYear.TooFewEvents)
        {
            // The figures stay on screen, but a verdict from a handful of events would read as a finding.
            AnsiConsole.MarkupLine($"Per year: [yellow]too few events[/] — {events} in both windows, fewer than the minimum of {test.MinEvents} (--min-events); no verdict is drawn. " +
                "The interval says how little the sample pins down.");
        }
        else
        {
            var verdict = test.PerYear.Significant
                ? (test.PerYear.CiLower is null or > 1 ? "[green]a significant increase[/]" : "[red]a significant decrease[/]")
                : "[yellow]no significant change[/]";
            AnsiConsole.MarkupLine($"Per year: {verdict} at 95 % ({events} events in both windows).");
        }

        if (test.PerYear.Before == 0 && test.PerYear.After > 0)
        {
            // An unbounded ratio says only that the pillar was absent before; its lower bound is the finding.
            AnsiConsole.MarkupLine($"[grey]No events before: the ratio is unbounded, and only its lower bound ({Ratio(test.PerYear.CiLower, 1)}× the earlier rate) is informative.[/]");
        }

        if (test.ChangePoint is { } cp)
        {
            AnsiConsole.MarkupLine($"Most likely change year in the {test.Series.First().Year}–{test.Series.Last().Year} series: [bold]{cp.Year}[/] " +
                $"({cp.RateBefore:0.00}/y before, {cp.RateAfter:0.00}/y from then; permutation p = {cp.PValue:0.000}).");
        }
    }

    /// <summary>A ratio for reading: null is unbounded (∞) when there were no events before, undefined (–) when there were none at all.</summary>
    private static string Ratio(double? r, int before) => r is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : (before == 0 ? "∞" : "–");

    /// <summary>The ratio, and for an unbounded one its lower bound, so "∞" never stands alone.</summary>
    private static string RatioCell(RateTest r)
    {
        var text = Ratio(r.RateRatio, r.Before);
        if (r.RateRatio is null && r.Before == 0 && r.After > 0 && r.CiLower is { } lower)
        {
            text += $" (≥ {lower.ToString("0.00", CultureInfo.InvariantCulture)})";
        }

        return r.TooFewEvents ? $"{text}, too few events" : text;
    }

    private static string Interval(RateTest r) => $"{Ratio(r.CiLower, r.Before)}–{Ratio(r.CiUpper, r.Before)}";

    /// <summary>Four decimals, and below that a bound: an exact test never gives a p of exactly 0.</summary>
    internal static string PValue(double p) => p < 0.0001 ? "< 0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);

    private static void WriteRatio(Utf8JsonWriter w, string name, RateTest r)
    {
        w.WriteStartObject(name);
        w.WriteNumber("before", r.Before);
        w.WriteNumber("exposure_before", r.ExposureBefore);
        w.WriteNumber("after", r.After);
        w.WriteNumber("exposure_after", r.ExposureAfter);
        w.WriteNumberOrNull("rate_before", r.RateBefore);
        w.WriteNumberOrNull("rate_after", r.RateAfter);
        w.WriteNumberOrNull("rate_ratio", r.RateRatio);
        w.WriteNumberOrNull("ci_lower", r.CiLower);
        w.WriteNumberOrNull("ci_upper", r.CiUpper);
        w.WriteNumber("confidence", r.Confidence);
        w.WriteNumber("p_value", r.PValue);
        w.WriteBoolean("significant", r.Significant);
        w.WriteBoolean("too_few_events", r.TooFewEvents);
        w.WriteEndObject();
    }
}
