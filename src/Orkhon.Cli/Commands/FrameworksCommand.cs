using System.CommandLine;
using Orkhon.Analysis.Frameworks;
using Orkhon.Cli.Output;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon frameworks</c>: the policy frameworks shipped, their pillars and members.</summary>
internal static class FrameworksCommand
{
    public static Command Create()
    {
        var country = CommonOptions.ActorCode("--country", "Only this country's frameworks");
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("frameworks", "List foreign-policy frameworks with their pillars (priority order) and members") { country, format };
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var frameworks = FrameworkCatalog.Default.All.Where(f => parse.GetValue(country) is not { } c || f.Country == c).ToList();
            if (parse.GetValue(format) is OutputFormat.Json or OutputFormat.Jsonl)
            {
                EventPrinter.WriteJson(frameworks, (w, f) =>
                {
                    w.WriteStartObject();
                    w.WriteString("id", f.Id);
                    w.WriteString("country", f.Country);
                    w.WriteString("title", f.Title);
                    w.WriteString("document", f.Document);
                    w.WriteString("adopted", f.Adopted?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    w.WriteString("source_url", f.SourceUrl);
                    w.WriteBoolean("default", FrameworkCatalog.Default.DefaultFor(f.Country) == f);
                    w.WriteStartArray("pillars");
                    foreach (var p in f.Pillars)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", p.Id);
                        w.WriteString("name", p.Name);
                        w.WriteString("note", p.Note);
                        w.WriteString("source_url", p.SourceUrl);
                        w.WriteStartArray("members");
                        p.Members.Order(StringComparer.Ordinal).ToList().ForEach(w.WriteStringValue);
                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }, lines: parse.GetValue(format) == OutputFormat.Jsonl);
                return ExitCodes.Success;
            }

            if (parse.GetValue(format) == OutputFormat.Csv)
            {
                // One row per pillar, its framework's fields repeated: the table a spreadsheet filters.
                var pillars = frameworks.SelectMany(f => f.Pillars.Select((p, i) => (Framework: f, Pillar: p, Priority: i + 1)));
                CsvOutput.Write(
                    ["framework", "country", "title", "document", "adopted", "default", "framework_source_url", "priority", "pillar", "name", "note", "members", "pillar_source_url"],
                    pillars,
                    r => [r.Framework.Id, r.Framework.Country, r.Framework.Title, r.Framework.Document, r.Framework.Adopted?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        FrameworkCatalog.Default.DefaultFor(r.Framework.Country) == r.Framework, r.Framework.SourceUrl, r.Priority, r.Pillar.Id, r.Pillar.Name, r.Pillar.Note,
                        CsvOutput.List(r.Pillar.Members.Order(StringComparer.Ordinal)), r.Pillar.SourceUrl]);
                return ExitCodes.Success;
            }

            foreach (var f in frameworks)
            {
                var isDefault = FrameworkCatalog.Default.DefaultFor(f.Country) == f ? " [green](default)[/]" : "";
                var tree = new Tree($"[bold]{CommandContext.Escape(f.Id)}[/]{isDefault} — {CommandContext.Escape(f.Title)} [grey]{CommandContext.Escape(f.SourceUrl)}[/]");
                foreach (var p in f.Pillars)
                {
                    var members = p.Members.Order(StringComparer.Ordinal).ToList();
                    tree.AddNode($"[bold]{CommandContext.Escape(p.Id)}[/] {CommandContext.Escape(p.Name)} [grey]({members.Count}: {CommandContext.Escape(string.Join(" ", members.Take(14)))}{(members.Count > 14 ? " …" : "")})[/]");
                }

                AnsiConsole.Write(tree);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
