using System.CommandLine;
using System.Text.Json;
using Orkhon.Cli.Output;
using Orkhon.Contracts;
using Orkhon.Extraction;
using Orkhon.Ingestion;
using Orkhon.Reading;
using Orkhon.Storage;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary>
/// <c>orkhon ingest PATH…</c>: read files and directories of .txt/.md/.html, store each document with
/// its sentences. Each document is its own transaction, so a bad file or a crash never leaves half a
/// document behind, and re-ingesting the same text changes nothing.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or directories (searched recursively for .txt, .md, .html)", Arity = ArgumentArity.OneOrMore };
        var maxSize = new Option<long>("--max-size")
        {
            Description = "Refuse files larger than this many bytes",
            DefaultValueFactory = _ => ReadOptions.DefaultMaxFileBytes,
        };
        var title = new Option<string?>("--title") { Description = "Document title (overrides the file's own)" };
        var url = new Option<string?>("--url") { Description = "Document URL (overrides the file's own)" };
        var docDate = CommonOptions.Date("--doc-date", "Publication date (overrides the file's own)");
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("ingest", "Store documents with their sentences and the events found in them, merged with what is stored") { paths, maxSize, title, url, docDate, format };
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var options = new ReadOptions
            {
                MaxFileBytes = parse.GetValue(maxSize),
                Title = parse.GetValue(title),
                Url = parse.GetValue(url),
                PublishedDate = parse.GetValue(docDate),
            };
            var (files, problems, skipped) = InputFiles.Collect(parse.GetValue(paths)!);
            using var context = CommandContext.Open(parse);
            var pipeline = new IngestPipeline(EventExtractor.Default, new IngestOptions { Read = options });
            var machine = parse.GetValue(format) == OutputFormat.Json;
            IngestResult result;
            if (machine || Console.IsErrorRedirected || files.Count < 2)
            {
                result = pipeline.IngestFilesAsync(files, context.Store).GetAwaiter().GetResult();
            }
            else
            {
                result = AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("Ingesting", maxValue: files.Count);
                        return pipeline.IngestFilesAsync(files, context.Store, onDocument: _ => task.Increment(1)).GetAwaiter().GetResult();
                    });
            }

            var report = new IngestReport(result, problems, skipped);
            foreach (var problem in report.Failed)
            {
                CommandContext.Error(problem.ToString());
            }

            if (machine)
            {
                WriteJson(report);
            }
            else
            {
                AnsiConsole.MarkupLine($"[green]{report.Added.Count} added[/], {report.AlreadyPresent.Count} already stored, {report.Sentences} sentences, {report.Events} events, " +
                    (report.Failed.Count > 0 ? $"[red]{report.Failed.Count} failed[/]" : "0 failed") +
                    (report.Skipped > 0 ? $", {report.Skipped} other files skipped" : "") +
                    (report.ContradictedClaims.Count > 0 ? $", [red]{report.ContradictedClaims.Count} contradicted claim{(report.ContradictedClaims.Count == 1 ? "" : "s")}[/] (orkhon check FILE shows them)" : ", 0 contradicted claims"));
            }

            if (report.StoreFailure is { } failure)
            {
                CommandContext.Error($"{failure.Message}; stopped after {report.Added.Count + report.AlreadyPresent.Count} of {files.Count} documents (those are stored)");
                return failure.Kind == StoreErrorKind.Busy ? ExitCodes.Busy : ExitCodes.Database;
            }

            return report.Failed.Count > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteJson(IngestReport report)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, EventJson.WriterOptions(indented: true)))
        {
            w.WriteStartObject();
            void Docs(string name, IReadOnlyList<(string Path, string Id)> docs)
            {
                w.WriteStartArray(name);
                foreach (var (path, id) in docs)
                {
                    w.WriteStartObject();
                    w.WriteString("path", path);
                    w.WriteString("document", id);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            Docs("added", report.Added);
            Docs("already_present", report.AlreadyPresent);
            w.WriteNumber("sentences", report.Sentences);
            w.WriteNumber("events", report.Events);
            w.WriteNumber("skipped", report.Skipped);
            w.WriteString("stopped", report.StoreFailure?.Message);
            w.WriteStartArray("failed");
            foreach (var p in report.Failed)
            {
                w.WriteStartObject();
                w.WriteString("path", p.Path);
                w.WriteString("message", p.Message);
                w.WriteNumberOrNull("line", p.Line);
                w.WriteNumberOrNull("offset", p.ByteOffset);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            // Added in issue 12, after the fields above (which keep their names and order): the claims of the added
            // documents that the record contradicts, each as orkhon check prints it.
            w.WritePropertyName("contradicted_claims");
            JsonSerializer.Serialize(w, report.ContradictedClaims, ContractJson.TypeInfo<IReadOnlyList<ClaimRow>>(ContractJson.Indented));
            w.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }

    /// <summary>The pipeline's result with what the walk of the paths found before any file was read.</summary>
    private sealed class IngestReport(IngestResult result, List<ReadProblem> walkProblems, int skipped)
    {
        public IReadOnlyList<(string Path, string Id)> Added => result.Added;

        public IReadOnlyList<(string Path, string Id)> AlreadyPresent => result.AlreadyPresent;

        public List<ReadProblem> Failed { get; } = [.. walkProblems, .. result.Failed];

        public int Sentences => result.Sentences;

        public int Events => result.Events;

        public int Skipped => skipped;

        public IReadOnlyList<ClaimRow> ContradictedClaims => result.ContradictedClaims;

        /// <summary>Why the ingest stopped early; the documents before it are stored.</summary>
        public StoreException? StoreFailure => result.StoreFailure;
    }
}
