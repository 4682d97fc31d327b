using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Orkhon.Analysis;
using Orkhon.Analysis.Statistics;
using Orkhon.Interop;
using Orkhon.Cli.Output;
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
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("pivot", "Test a pivot: rate of engagement with a pillar in two windows, exact 95 % confidence interval, change-point year") { pillar, before, after, format, CommonOptions.Wide };
        inputs.AddTo(command);
        inputs.SetAction(command, (parse, context, framework) =>
        {
            var pillarId = parse.GetValue(pillar)!;
            if (!framework.PillarIds.Contains(pillarId))
            {
                CommandContext.Error($"--pillar: framework '{framework.Id}' has no pillar '{pillarId}' (it has {string.Join(", ", framework.PillarIds)})");
                return ExitCodes.Usage;
            }

            var thisYear = DateTime.UtcNow.Year;
            if (!Period.TryParseWindow(parse.GetValue(before)!, thisYear, out var beforeWindow) || !Period.TryParseWindow(parse.GetValue(after)!, thisYear, out var afterWindow))
            {
                CommandContext.Error("--before/--after: expected ranges such as 2015..2022");
                return ExitCodes.Usage;
            }

            var test = PivotTest.Run(inputs.Engagements(parse, context, framework), pillarId, beforeWindow, afterWindow);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                using var stdout = Console.OpenStandardOutput();
                using (var w = new Utf8JsonWriter(stdout, EventJson.WriterOptions(indented: true)))
                {
                    WriteJson(w, test, framework.Id, parse.GetValue(inputs.Country)!);
                }

                stdout.WriteByte((byte)'\n');
                return ExitCodes.Success;
            }

            // jsonl and csv: one record per measure, the two rows of the table.
            var measures = new[] { ("per_year", test.PerYear), ("per_coverage", test.PerCoverage) };
            var who = parse.GetValue(inputs.Country)!;
            if (parse.GetValue(format) == OutputFormat.Jsonl)
            {
                EventPrinter.WriteJson(measures, (w, m) =>
                {
                    w.WriteStartObject();
                    w.WriteString("country", who);
                    w.WriteString("framework", framework.Id);
                    w.WriteString("pillar", test.Pillar);
                    w.WriteString("before", test.Before.Label);
                    w.WriteString("after", test.After.Label);
                    w.WriteString("measure", m.Item1);
                    WriteRatio(w, "test", m.Item2);
                    w.WriteEndObject();
                }, lines: true);
                return ExitCodes.Success;
            }

            if (parse.GetValue(format) == OutputFormat.Csv)
            {
                // The windows are window_before/window_after here: before/after are the counts, as in the JSON's rate objects.
                CsvOutput.Write(
                    ["measure", "country", "framework", "pillar", "window_before", "window_after", "before", "exposure_before", "after", "exposure_after",
                        "rate_ratio", "ci_lower", "ci_upper", "confidence", "p_value", "significant"],
                    measures,
                    m => [m.Item1, who, framework.Id, test.Pillar, test.Before.Label, test.After.Label, m.Item2.Before, m.Item2.ExposureBefore, m.Item2.After, m.Item2.ExposureAfter,
                        m.Item2.Ratio, m.Item2.Lower, m.Item2.Upper, RateRatio.Confidence, m.Item2.PValue, m.Item2.IsSignificant]);
                return ExitCodes.Success;
            }

            var country = context.Reference.NameOf(parse.GetValue(inputs.Country)!);
            AnsiConsole.Write(new Rule($"{CommandContext.Escape(country)} → {CommandContext.Escape(pillarId)}: {test.Before.Label} vs {test.After.Label}").LeftJustified());
            var table = new FittedTable(t => t.Border(TableBorder.Rounded));
            table.AddColumn("Measure").AddColumn("Before").AddColumn("After").AddColumn("Rate ratio").AddColumn("95 % CI", priority: 1).AddColumn("p");
            table.AddRow("events per year",
                $"{test.PerYear.Before} in {test.Before.Years:0.0} y = {test.PerYear.RateBefore:0.00}/y",
                $"{test.PerYear.After} in {test.After.Years:0.0} y = {test.PerYear.RateAfter:0.00}/y",
                Ratio(test.PerYear.Ratio), Interval(test.PerYear), test.PerYear.PValue.ToString("0.0000", CultureInfo.InvariantCulture));
            table.AddRow("share of coverage",
                $"{test.PerCoverage.Before} of {test.TotalBefore} = {BalanceCommand.Percent(test.PerCoverage.RateBefore)}",
                $"{test.PerCoverage.After} of {test.TotalAfter} = {BalanceCommand.Percent(test.PerCoverage.RateAfter)}",
                Ratio(test.PerCoverage.Ratio), Interval(test.PerCoverage), test.PerCoverage.PValue.ToString("0.0000", CultureInfo.InvariantCulture));
            table.Write();
            var verdict = test.PerYear.IsSignificant
                ? (test.PerYear.Lower > 1 ? "[green]a significant increase[/]" : "[red]a significant decrease[/]")
                : "[yellow]no significant change[/]";
            AnsiConsole.MarkupLine($"Per year: {verdict} at 95 %.");
            if (test.ChangePoint is { } cp)
            {
                AnsiConsole.MarkupLine($"Most likely change year in the {test.Series.First().Year}–{test.Series.Last().Year} series: [bold]{cp.Year}[/] " +
                    $"({cp.RateBefore:0.00}/y before, {cp.RateAfter:0.00}/y from then; permutation p = {cp.PValue:0.000}).");
            }

            AnsiConsole.MarkupLine($"[grey]Events after: {CommandContext.Escape(string.Join(", ", test.EventIdsAfter))}[/]");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Ratio(double r) => double.IsFinite(r) ? r.ToString("0.00", CultureInfo.InvariantCulture) : (double.IsNaN(r) ? "–" : "∞");

    private static string Interval(RateRatio r) => $"{Ratio(r.Lower)}–{Ratio(r.Upper)}";

    private static void WriteJson(Utf8JsonWriter w, PivotTest t, string framework, string country)
    {
        w.WriteStartObject();
        w.WriteString("country", country);
        w.WriteString("framework", framework);
        w.WriteString("pillar", t.Pillar);
        w.WriteString("before", t.Before.Label);
        w.WriteString("after", t.After.Label);
        WriteRatio(w, "per_year", t.PerYear);
        WriteRatio(w, "per_coverage", t.PerCoverage);
        w.WriteNumber("total_before", t.TotalBefore);
        w.WriteNumber("total_after", t.TotalAfter);
        w.WriteStartArray("event_ids_before");
        t.EventIdsBefore.ToList().ForEach(w.WriteStringValue);
        w.WriteEndArray();
        w.WriteStartArray("event_ids_after");
        t.EventIdsAfter.ToList().ForEach(w.WriteStringValue);
        w.WriteEndArray();
        w.WriteStartArray("series");
        foreach (var (year, count) in t.Series)
        {
            w.WriteStartObject();
            w.WriteNumber("year", year);
            w.WriteNumber("events", count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (t.ChangePoint is { } cp)
        {
            w.WriteStartObject("change_point");
            w.WriteNumber("year", cp.Year);
            w.WriteNumber("rate_before", cp.RateBefore);
            w.WriteNumber("rate_after", cp.RateAfter);
            w.WriteNumber("log_likelihood_ratio", cp.LogLikelihoodRatio);
            w.WriteNumber("p_value", cp.PValue);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("change_point");
        }

        w.WriteEndObject();
    }

    private static void WriteRatio(Utf8JsonWriter w, string name, RateRatio r)
    {
        w.WriteStartObject(name);
        w.WriteNumber("before", r.Before);
        w.WriteNumber("exposure_before", r.ExposureBefore);
        w.WriteNumber("after", r.After);
        w.WriteNumber("exposure_after", r.ExposureAfter);
        w.WriteNumberOrNull("rate_ratio", r.Ratio);
        w.WriteNumberOrNull("ci_lower", r.Lower);
        w.WriteNumberOrNull("ci_upper", r.Upper);
        w.WriteNumber("confidence", RateRatio.Confidence);
        w.WriteNumber("p_value", r.PValue);
        w.WriteBoolean("significant", r.IsSignificant);
        w.WriteEndObject();
    }
}
