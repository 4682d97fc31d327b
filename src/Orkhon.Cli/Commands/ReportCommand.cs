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
        var inputs = new AnalysisInputs();
        var output = new Option<FileInfo>("--out") { Description = "HTML file to write", Required = true };
        var pillar = new Option<string>("--pivot-pillar") { Description = "Pillar for the pivot test", DefaultValueFactory = _ => "central-asia" };
        var before = new Option<string>("--before") { Description = "Pivot window before", DefaultValueFactory = _ => "2015..2022" };
        var after = new Option<string>("--after") { Description = "Pivot window after", DefaultValueFactory = _ => "2023.." };
        var compare = new Option<string[]>("--compare") { Description = "Add a section comparing the country with these (e.g. --compare KAZ), each by its own latest framework, as 'orkhon compare' does", AllowMultipleArgumentsPerToken = true };
        var minEvents = CommonOptions.MinEvents();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("report", "Write a self-contained HTML report (inline SVG charts, tables, evidence) that opens without a network") { output, pillar, before, after, compare, minEvents, format };
        inputs.AddTo(command);
        RequestBinding.Validate<AnalysisScope>(command, inputs.Values, AnalysisScope.TryParse);
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var scope = RequestBinding.Parse<AnalysisScope>(parse, inputs.Values, AnalysisScope.TryParse);
            var thisYear = DateTime.UtcNow.Year;
            if (!MinimumSample.TryParse(new RequestValues().Add("min_events", parse.GetValue(minEvents)), out var minimum, out var minimumError))
            {
                CommandContext.Error(RequestBinding.Describe(minimumError!));
                return ExitCodes.Usage;
            }

            if (!Parameters.TryWindow("before", parse.GetValue(before), thisYear, out var beforeWindow, out var error)
                || !Parameters.TryWindow("after", parse.GetValue(after), thisYear, out var afterWindow, out error))
            {
                CommandContext.Error(RequestBinding.Describe(error!));
                return ExitCodes.Usage;
            }

            var others = parse.GetValue(compare) ?? [];
            CompareRequest? comparison = null;
            if (others.Length > 0)
            {
                // The report's country by its framework, the others by their latest: one framework per country, as compare reads them.
                var values = new RequestValues().Add("country", [scope.Country, .. others]).Add("framework", scope.Framework.Id)
                    .Add("from", parse.GetValue(inputs.From)).Add("to", parse.GetValue(inputs.To)).Add("weights", parse.GetValue(inputs.Weights));
                foreach (var other in others)
                {
                    if (!Parameters.TryActor(new RequestValues().Add("compare", other), "compare", null, out var code, out error))
                    {
                        CommandContext.Error(RequestBinding.Describe(error!));
                        return ExitCodes.Usage;
                    }

                    if (code == scope.Country)
                    {
                        CommandContext.Error($"--compare: {code} is the report's own country");
                        return ExitCodes.Usage;
                    }

                    if (FrameworkCatalog.Default.DefaultFor(code!) is not { } otherFramework)
                    {
                        CommandContext.Error($"--compare: {code} has no framework; frameworks exist for {string.Join(", ", FrameworkCatalog.Default.All.Select(f => f.Country).Distinct())}");
                        return ExitCodes.Usage;
                    }

                    values.Add("framework", otherFramework.Id);
                }

                if (!CompareRequest.TryParse(values, thisYear, out var parsed, out error))
                {
                    CommandContext.Error(RequestBinding.Describe(error!));
                    return ExitCodes.Usage;
                }

                comparison = parsed;
            }

            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            var country = scope.Country;
            var framework = scope.Framework;
            ComparisonReport? compared = null;
            if (comparison is not null && !new AnalysisService(context.Store).TryCompare(comparison, out compared, out error))
            {
                CommandContext.Error(RequestBinding.Describe(error!));
                return ExitCodes.Usage;
            }

            var events = context.Store.QueryEvents(new EventQuery { Actor = country, From = scope.From, To = scope.To });
            var options = new HtmlReport.Options(country, framework, parse.GetValue(pillar)!, beforeWindow, afterWindow, DateTimeOffset.UtcNow, minimum)
            {
                Comparison = compared,
            };
            var html = HtmlReport.Render(events, options, context.Reference, context.Cameo, LandNetwork.Default);
            var file = parse.GetValue(output)!;
            try
            {
                // Written beside the target and moved into place, so a failure never leaves half a report.
                var temporary = file.FullName + ".tmp";
                File.WriteAllText(temporary, html);
                File.Move(temporary, file.FullName, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                CommandContext.Error($"{file.FullName}: cannot write the report: {e.Message}");
                return ExitCodes.BadInput;
            }

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                using var stdout = Console.OpenStandardOutput();
                using (var w = new Utf8JsonWriter(stdout, EventJson.WriterOptions(indented: true)))
                {
                    w.WriteStartObject();
                    w.WriteString("out", file.FullName);
                    w.WriteString("country", country);
                    w.WriteString("framework", framework.Id);
                    w.WriteNumber("events", events.Count);
                    w.WriteNumber("bytes", new FileInfo(file.FullName).Length);
                    w.WritePropertyName("framework_provenance");
                    JsonSerializer.Serialize(w, FrameworkSource.From(framework), ContractJson.Compact);
                    w.WriteEndObject();
                }

                stdout.WriteByte((byte)'\n');
            }
            else
            {
                AnsiConsole.MarkupLine($"Report written to [bold]{CommandContext.Escape(file.FullName)}[/] ({events.Count} events, framework {CommandContext.Escape(framework.Id)})");
                FrameworkFooter.Write(FrameworkSource.From(framework));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
