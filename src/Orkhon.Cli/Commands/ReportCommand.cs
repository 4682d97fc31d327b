using System.CommandLine;
using System.Text.Json;
using Orkhon.Analysis;
using Orkhon.Analysis.Corridors;
using Orkhon.Analysis.Frameworks;
using Orkhon.Cli.Output;
using Orkhon.Contracts;
using Orkhon.Reporting;
using Orkhon.Storage;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon report --country MNG --out report.html</c>: one self-contained HTML file with charts, tables and the evidence behind every number.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var o = new ReportOptions();
        var command = new Command("report", "Write a self-contained HTML report (inline SVG charts, tables, evidence) that opens without a network")
        {
            o.Output, o.Pillar, o.Before, o.After, o.Compare, o.MinEvents, o.Format,
        };
        o.Inputs.AddTo(command);
        RequestBinding.Validate<AnalysisScope>(command, o.Inputs.Values, AnalysisScope.TryParse);
        command.SetAction(parse => CommandContext.Run(() => Run(parse, o)));
        return command;
    }

    private static int Run(ParseResult parse, ReportOptions o)
    {
        var scope = RequestBinding.Parse<AnalysisScope>(parse, o.Inputs.Values, AnalysisScope.TryParse);
        var thisYear = DateTime.UtcNow.Year;
        if (!MinimumSample.TryParse(new RequestValues().Add("min_events", parse.GetValue(o.MinEvents)), out var minimum, out var minimumError))
        {
            CommandContext.Error(RequestBinding.Describe(minimumError!));
            return ExitCodes.Usage;
        }

        if (!Parameters.TryWindow("before", parse.GetValue(o.Before), thisYear, out var beforeWindow, out var error)
            || !Parameters.TryWindow("after", parse.GetValue(o.After), thisYear, out var afterWindow, out error))
        {
            CommandContext.Error(RequestBinding.Describe(error!));
            return ExitCodes.Usage;
        }

        if (!TryComparison(parse, o, scope, thisYear, out var comparison))
        {
            return ExitCodes.Usage;
        }

        using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
        ComparisonReport? compared = null;
        if (comparison is not null && !new AnalysisService(context.Store).TryCompare(comparison, out compared, out error))
        {
            CommandContext.Error(RequestBinding.Describe(error!));
            return ExitCodes.Usage;
        }

        var events = context.Store.QueryEvents(new EventQuery { Actor = scope.Country, From = scope.From, To = scope.To });
        var options = new HtmlReport.Options(scope.Country, scope.Framework, parse.GetValue(o.Pillar)!, beforeWindow, afterWindow, DateTimeOffset.UtcNow, minimum)
        {
            Comparison = compared,
        };
        var html = HtmlReport.Render(events, options, context.Reference, context.Cameo, LandNetwork.Default);
        var file = parse.GetValue(o.Output)!;
        if (!TryWrite(file, html))
        {
            return ExitCodes.BadInput;
        }

        if (parse.GetValue(o.Format) == OutputFormat.Json)
        {
            WriteJson(file, scope, events.Count);
        }
        else
        {
            AnsiConsole.MarkupLine($"Report written to [bold]{CommandContext.Escape(file.FullName)}[/] ({events.Count} events, framework {CommandContext.Escape(scope.Framework.Id)})");
            FrameworkFooter.Write(FrameworkSource.From(scope.Framework));
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// The comparison <c>--compare</c> asks for (null without it): the report's country by its framework, the others by
    /// their latest, one framework per country as <c>orkhon compare</c> reads them. False on a bad country, with the
    /// error printed.
    /// </summary>
    private static bool TryComparison(ParseResult parse, ReportOptions o, AnalysisScope scope, int thisYear, out CompareRequest? comparison)
    {
        comparison = null;
        var others = parse.GetValue(o.Compare) ?? [];
        if (others.Length == 0)
        {
            return true;
        }

        var values = new RequestValues().Add("country", [scope.Country, .. others]).Add("framework", scope.Framework.Id)
            .Add("from", parse.GetValue(o.Inputs.From)).Add("to", parse.GetValue(o.Inputs.To)).Add("weights", parse.GetValue(o.Inputs.Weights));
        foreach (var other in others)
        {
            if (OtherFramework(other, scope.Country) is not { } framework)
            {
                return false;
            }

            values.Add("framework", framework);
        }

        if (!CompareRequest.TryParse(values, thisYear, out var parsed, out var error))
        {
            CommandContext.Error(RequestBinding.Describe(error!));
            return false;
        }

        comparison = parsed;
        return true;
    }

    // The framework a compared country is read by: its latest. Null, with the error printed, when the code is bad,
    // the report's own country, or a country with no framework.
    private static string? OtherFramework(string other, string country)
    {
        if (!Parameters.TryActor(new RequestValues().Add("compare", other), "compare", null, out var code, out var error))
        {
            CommandContext.Error(RequestBinding.Describe(error!));
            return null;
        }

        if (code == country)
        {
            CommandContext.Error($"--compare: {code} is the report's own country");
            return null;
        }

        if (FrameworkCatalog.Default.DefaultFor(code!) is not { } otherFramework)
        {
            CommandContext.Error($"--compare: {code} has no framework; frameworks exist for {string.Join(", ", FrameworkCatalog.Default.All.Select(f => f.Country).Distinct())}");
            return null;
        }

        return otherFramework.Id;
    }

    // Written beside the target and moved into place, so a failure never leaves half a report.
    private static bool TryWrite(FileInfo file, string html)
    {
        try
        {
            var temporary = file.FullName + ".tmp";
            File.WriteAllText(temporary, html);
            File.Move(temporary, file.FullName, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CommandContext.Error($"{file.FullName}: cannot write the report: {e.Message}");
            return false;
        }
    }

    private static void WriteJson(FileInfo file, AnalysisScope scope, int events)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, EventJson.WriterOptions(indented: true)))
        {
            w.WriteStartObject();
            w.WriteString("out", file.FullName);
            w.WriteString("country", scope.Country);
            w.WriteString("framework", scope.Framework.Id);
            w.WriteNumber("events", events);
            w.WriteNumber("bytes", new FileInfo(file.FullName).Length);
            w.WritePropertyName("framework_provenance");
            JsonSerializer.Serialize(w, FrameworkSource.From(scope.Framework), ContractJson.TypeInfo<FrameworkSource>(ContractJson.Compact));
            w.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }

    /// <summary>The report command's options, beside the analysis inputs it shares with the other analyses.</summary>
    private sealed class ReportOptions
    {
        public AnalysisInputs Inputs { get; } = new();

        public Option<FileInfo> Output { get; } = new("--out") { Description = "HTML file to write", Required = true };

        public Option<string> Pillar { get; } = new("--pivot-pillar") { Description = "Pillar for the pivot test", DefaultValueFactory = _ => "central-asia" };

        public Option<string> Before { get; } = new("--before") { Description = "Pivot window before", DefaultValueFactory = _ => "2015..2022" };

        public Option<string> After { get; } = new("--after") { Description = "Pivot window after", DefaultValueFactory = _ => "2023.." };

        public Option<string[]> Compare { get; } = new("--compare")
        {
            Description = "Add a section comparing the country with these (e.g. --compare KAZ), each by its own latest framework, as 'orkhon compare' does",
            AllowMultipleArgumentsPerToken = true,
        };

        public Option<string?> MinEvents { get; } = CommonOptions.MinEvents();

        public Option<OutputFormat> Format { get; } = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
    }
}
