using System.CommandLine;
using Orkhon.Claims;
using Orkhon.Cli.Output;
using Orkhon.Contracts;
using Orkhon.Reading;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary>
/// <c>orkhon check PATH…</c>: the status claims of documents (memberships, observer status, partnership levels,
/// treaties, first visits) compared with the record. Reads files as <c>extract</c> does and stores nothing.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or directories of .txt, .md, .html", Arity = ArgumentArity.OneOrMore };
        var docDate = CommonOptions.Date("--doc-date", "Publication date: claims in the present tense are checked on this day (overrides the file's own; default: today)");
        var maxSize = new Option<long>("--max-size") { Description = "Refuse files larger than this many bytes", DefaultValueFactory = _ => ReadOptions.DefaultMaxFileBytes };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("check", "Compare the status claims of documents (memberships, observer status, partnerships, treaties, first visits) with the record")
        {
            paths, docDate, maxSize, format, CommonOptions.Wide,
        };
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var options = new ReadOptions { MaxFileBytes = parse.GetValue(maxSize), PublishedDate = parse.GetValue(docDate) };
            var (files, problems, _) = InputFiles.Collect(parse.GetValue(paths)!);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var rows = new List<ClaimRow>();
            var documents = 0;
            foreach (var path in files)
            {
                var read = DocumentReader.ReadFile(path, options);
                if (read.Document is not { } document)
                {
                    problems.Add(read.Problem!);
                    continue;
                }

                try
                {
                    rows.AddRange(ClaimChecker.Default.Check(document, today).Select(f => ClaimRow.From(path, document.Text, f, ClaimRecord.Default)));
                    documents++;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A bug met by one document must not cost the others' claims: reported like an unreadable file.
                    problems.Add(new ReadProblem(path, $"could not be processed ({e.GetType().Name}: {e.Message})"));
                }
            }

            foreach (var p in problems)
            {
                CommandContext.Error(p.ToString());
            }

            Print(CheckReport.From(documents, rows), parse.GetValue(format));
            return problems.Count > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        }));
        return command;
    }

    private static void Print(CheckReport report, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                ContractOutput.WriteJson(report);
                break;
            case OutputFormat.Jsonl:
                ContractOutput.WriteJsonLines(report.Claims);
                break;
            case OutputFormat.Csv:
                CsvOutput.Write(
                    ["doc", "kind", "rule", "verdict", "claim", "start", "end", "subject", "object", "claimed", "negated", "date", "record", "record_date", "source_url", "sentence"],
                    report.Claims,
                    c => [c.Doc, c.Kind, c.Rule, c.Verdict, c.Claim, c.Start, c.End, c.Subject, c.Object, c.Claimed, c.Negated, c.Date, c.Record, c.RecordDate, c.SourceUrl, c.Sentence]);
                break;
            default:
                var table = new FittedTable(t => t.Border(TableBorder.Rounded));
                table.AddColumn("Verdict").AddColumn("Claim").AddColumn("Record").AddColumn("Kind", priority: 2).AddColumn("Source", priority: 1);
                foreach (var c in report.Claims)
                {
                    var colour = c.Verdict switch { "contradicted" => "red", "consistent" => "green", _ => "grey" };
                    table.AddRow($"[{colour}]{c.Verdict}[/]", CommandContext.Escape(c.Claim), CommandContext.Escape(c.Record), CommandContext.Escape(c.Kind), CommandContext.Escape(c.SourceUrl ?? ""));
                }

                table.Write();
                AnsiConsole.MarkupLine($"[grey]{report.Claims.Count} claim{(report.Claims.Count == 1 ? "" : "s")} in {report.Documents} document{(report.Documents == 1 ? "" : "s")}: " +
                    $"{report.Consistent} consistent, {report.Contradicted} contradicted, {report.Unknown} unknown[/]");
                break;
        }
    }
}
