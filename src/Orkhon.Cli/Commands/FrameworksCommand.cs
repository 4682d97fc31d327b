using System.CommandLine;
using System.CommandLine.Parsing;
using Orkhon.Cli.Output;
using Orkhon.Contracts;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon frameworks</c>: the policy frameworks shipped, their pillars and members.</summary>
internal static class FrameworksCommand
{
    public static Command Create()
    {
        var country = new Option<string?>("--country") { Description = "Only this country's frameworks" };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("frameworks", "List foreign-policy frameworks with their pillars (priority order) and members") { country, format };
        RequestValues Values(SymbolResult r) => new RequestValues().Add("country", r.GetValue(country));
        RequestBinding.Validate<FrameworksRequest>(command, Values, FrameworksRequest.TryParse);
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var frameworks = AnalysisService.Frameworks(RequestBinding.Parse<FrameworksRequest>(parse, Values, FrameworksRequest.TryParse));
            if (parse.GetValue(format) is OutputFormat.Json or OutputFormat.Jsonl)
            {
                ContractOutput.WriteList(frameworks, lines: parse.GetValue(format) == OutputFormat.Jsonl);
                return ExitCodes.Success;
            }

            if (parse.GetValue(format) == OutputFormat.Csv)
            {
                // One row per pillar, its framework's fields repeated: the table a spreadsheet filters.
                var pillars = frameworks.SelectMany(f => f.Pillars.Select((p, i) => (Framework: f, Pillar: p, Priority: i + 1)));
                CsvOutput.Write(
                    ["framework", "country", "title", "document", "adopted", "default", "framework_source_url", "priority", "pillar", "name", "note", "members", "pillar_source_url"],
                    pillars,
                    r => [r.Framework.Id, r.Framework.Country, r.Framework.Title, r.Framework.Document, r.Framework.Adopted,
                        r.Framework.Default, r.Framework.SourceUrl, r.Priority, r.Pillar.Id, r.Pillar.Name, r.Pillar.Note, CsvOutput.List(r.Pillar.Members), r.Pillar.SourceUrl]);
                return ExitCodes.Success;
            }

            foreach (var f in frameworks)
            {
                var isDefault = f.Default ? " [green](default)[/]" : "";
                var tree = new Tree($"[bold]{CommandContext.Escape(f.Id)}[/]{isDefault} — {CommandContext.Escape(f.Title)} [grey]{CommandContext.Escape(f.SourceUrl)}[/]"
                    + $"\n[italic]{CommandContext.Escape(f.Provenance)}[/][grey]: {CommandContext.Escape(f.ProvenanceNote)}[/]");
                foreach (var p in f.Pillars)
                {
                    var members = p.Members;
                    tree.AddNode($"[bold]{CommandContext.Escape(p.Id)}[/] {CommandContext.Escape(p.Name)} [grey]({members.Count}: {CommandContext.Escape(string.Join(" ", members.Take(14)))}{(members.Count > 14 ? " …" : "")})[/]");
                }

                AnsiConsole.Write(tree);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
