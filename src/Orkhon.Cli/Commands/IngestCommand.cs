using System.CommandLine;
using System.Text.Json;
using Orkhon.Cli.Output;
using Orkhon.Interop;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Reading;
using Orkhon.Storage;
using Orkhon.Text;
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
            var report = new IngestReport { Skipped = skipped };
            report.Failed.AddRange(problems);
            var machine = parse.GetValue(format) == OutputFormat.Json;
            if (machine || Console.IsErrorRedirected || files.Count < 2)
            {
                Ingest(context.Store, files, options, report, onDone: null);
            }
            else
            {
                AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("Ingesting", maxValue: files.Count);
                        Ingest(context.Store, files, options, report, onDone: () => task.Increment(1));
                    });
            }

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
                    (report.Skipped > 0 ? $", {report.Skipped} other files skipped" : ""));
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

    /// <summary>
    /// How many documents are read and extracted ahead of the writer: enough to keep every core busy, few
    /// enough that memory stays flat however many files an ingest names.
    /// </summary>
    private const int BatchSize = 32;

    private static void Ingest(IEventStore store, IReadOnlyList<string> files, ReadOptions options, IngestReport report, Action? onDone)
    {
        // Reading, decoding, sentence splitting and extraction run on all cores; merging and writing stay on
        // this thread, in order, each document in one transaction with its events.
        foreach (var batch in files.Chunk(BatchSize))
        {
            var prepared = batch.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
                .Select(path => Prepare(path, options)).ToArray();
            foreach (var (path, problem, document, sentences, mentions) in prepared)
            {
                if (document is null)
                {
                    report.Failed.Add(problem!);
                }
                else if (!Store(store, path, document, sentences!, mentions!, report))
                {
                    return;
                }

                onDone?.Invoke();
            }
        }
    }

    private static (string Path, ReadProblem? Problem, Document? Document, List<Sentence>? Sentences, List<EventMention>? Mentions) Prepare(string path, ReadOptions options)
    {
        try
        {
            var result = DocumentReader.ReadFile(path, options);
            return result.Document is { } d
                ? (path, null, d, SentenceSplitter.Split(d.Text), EventExtractor.Default.Extract(d))
                : (path, result.Problem, null, null, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug met by one document must not cost the others: it is reported like an unreadable file.
            return (path, new ReadProblem(path, $"could not be processed ({e.GetType().Name}: {e.Message}); nothing of it was stored"), null, null, null);
        }
    }

    /// <summary>Stores one document; false when the store itself failed (busy, read-only, full) and the ingest must stop.</summary>
    private static bool Store(IEventStore store, string path, Document document, List<Sentence> sentences, List<EventMention> mentions, IngestReport report)
    {
        try
        {
            var events = store.HasDocument(document.Id) ? [] : EventMerger.Merge(document, mentions, store);
            var outcome = store.AddDocument(document, sentences, events);
            if (outcome == IngestOutcome.Added)
            {
                report.Events += events.Count;
                report.Sentences += sentences.Count;
                report.Added.Add((path, document.Id));
            }
            else
            {
                report.AlreadyPresent.Add((path, document.Id));
            }

            return true;
        }
        catch (StoreException e)
        {
            report.StoreFailure = e;
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            report.Failed.Add(new ReadProblem(path, $"could not be stored ({e.GetType().Name}: {e.Message}); nothing of it was stored"));
            return true;
        }
    }

    private static void WriteJson(IngestReport report)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, EventJson.WriterOptions(indented: true)))
        {
            w.WriteStartObject();
            void Docs(string name, List<(string Path, string Id)> docs)
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
            w.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }

    private sealed class IngestReport
    {
        public List<(string Path, string Id)> Added { get; } = [];

        public List<(string Path, string Id)> AlreadyPresent { get; } = [];

        public List<ReadProblem> Failed { get; } = [];

        public int Sentences { get; set; }

        public int Events { get; set; }

        public int Skipped { get; init; }

        /// <summary>Why the ingest stopped early; the documents before it are stored.</summary>
        public StoreException? StoreFailure { get; set; }
    }
}
