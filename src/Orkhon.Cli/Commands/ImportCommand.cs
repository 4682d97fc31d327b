using System.CommandLine;
using System.Text.Json;
using Orkhon.Cli.Output;
using Orkhon.Contracts;
using Orkhon.Exchange;
using Orkhon.Storage;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary>
/// <c>orkhon import FORMAT PATH…</c>: read GDELT 2.0 Events and Mentions, ICEWS or PLOVER files into the store. Each file
/// is one transaction: stored whole, or — with bad rows — not at all unless <c>--allow-partial</c>. Bad rows
/// are named <c>file:line: reason</c> on stderr; importing a file again changes nothing.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var format = FormatArgument();
        var paths = new Argument<string[]>("paths") { Description = "Dataset files (GDELT Events and Mentions: .CSV or .CSV.zip; ICEWS: .tab/.tsv; PLOVER: .jsonl)", Arity = ArgumentArity.OneOrMore };
        var maxErrors = new Option<int>("--max-errors")
        {
            Description = "Give up a file (keeping none of it) after this many bad rows",
            DefaultValueFactory = _ => ImportOptions.DefaultMaxErrors,
        };
        maxErrors.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--max-errors: must be 0 or more");
            }
        });
        var allowPartial = new Option<bool>("--allow-partial") { Description = "Keep a file's good rows even when some rows are bad or the file breaks off" };
        var output = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("import", "Store events from GDELT 2.0 Events (and their Mentions), ICEWS or PLOVER files, merged with the stored events") { format, paths, maxErrors, allowPartial, output };
        command.SetAction(parse => CommandContext.Run(() =>
        {
            ExchangeFormats.TryParse(parse.GetValue(format), out var exchange);
            var reader = EventImporter.ReaderFor(exchange);
            var options = new ImportOptions { MaxErrors = parse.GetValue(maxErrors), AllowPartial = parse.GetValue(allowPartial) };
            var machine = parse.GetValue(output) == OutputFormat.Json;
            using var context = CommandContext.Open(parse);
            var results = ImportAll(context.Store, parse.GetValue(paths)!, reader, options, progress: !machine && !Console.IsErrorRedirected);
            WriteProblems(results, skipped: !machine);
            if (machine)
            {
                WriteJson(results);
            }
            else
            {
                WriteSummary(results, options);
            }

            return results.All(r => r.Committed && r.Errors.Count == 0) ? ExitCodes.Success : ExitCodes.BadInput;
        }));
        return command;
    }

    // The dataset format, one of those the importer reads.
    private static Argument<string> FormatArgument()
    {
        var names = string.Join("|", ExchangeFormats.Importable.Select(f => f.ToName()));
        var format = new Argument<string>("format") { Description = names };
        format.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>();
            if (!ExchangeFormats.TryParse(value, out var f) || !ExchangeFormats.Importable.Contains(f))
            {
                r.AddError($"format: '{value}' is not one of {names.Replace("|", ", ", StringComparison.Ordinal)}");
            }
        });
        return format;
    }

    // One file after the other, each its own transaction; with a progress bar per file only on a terminal, where no one parses stderr.
    private static List<FileImportResult> ImportAll(IEventStore store, string[] files, IDatasetReader reader, ImportOptions options, bool progress)
    {
        var results = new List<FileImportResult>(files.Length);
        if (!progress)
        {
            results.AddRange(files.Select(f => EventImporter.ImportFile(store, f, reader, options)));
            return results;
        }

        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                foreach (var f in files)
                {
                    var task = ctx.AddTask(CommandContext.Escape(Path.GetFileName(f)), maxValue: 1);
                    results.Add(EventImporter.ImportFile(store, f, reader, options, (done, total) =>
                    {
                        task.MaxValue = Math.Max(total, 1);
                        task.Value = done;
                    }));
                    task.StopTask();
                }
            });
        return results;
    }

    // Bad rows as file:line: reason on stderr, and, for a reader, examples of the rows skipped on purpose.
    private static void WriteProblems(List<FileImportResult> results, bool skipped)
    {
        foreach (var r in results)
        {
            foreach (var problem in r.Errors)
            {
                CommandContext.Error(problem.ToString());
            }

            if (skipped)
            {
                foreach (var skip in r.SkippedExamples)
                {
                    Console.Error.WriteLine($"orkhon: skipped: {skip}");
                }
            }
        }
    }

    private static void WriteSummary(List<FileImportResult> results, ImportOptions options)
    {
        foreach (var r in results)
        {
            var verdict = r.Committed ? "[green]stored[/]" : "[red]not stored[/]";
            AnsiConsole.MarkupLine($"{CommandContext.Escape(r.Path)}: {verdict}, {r.Written} events, {r.Merged} merged into known events, " +
                (r.KeptAsPlover > 0 ? $"{r.KeptAsPlover} PLOVER records kept (no one CAMEO code), " : "") + $"{r.Skipped} skipped, " +
                (r.Errors.Count > 0 ? $"[red]{r.Errors.Count} bad[/]" : "0 bad") + (r.GaveUp ? $" (gave up after --max-errors {options.MaxErrors})" : ""));
        }
    }

    private static void WriteJson(List<FileImportResult> results)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, EventJson.WriterOptions(indented: true)))
        {
            w.WriteStartArray();
            foreach (var r in results)
            {
                w.WriteStartObject();
                w.WriteString("path", r.Path);
                w.WriteBoolean("stored", r.Committed);
                w.WriteNumber("events", r.Written);
                w.WriteNumber("merged", r.Merged);
                w.WriteNumber("kept_as_plover", r.KeptAsPlover);
                w.WriteNumber("skipped", r.Skipped);
                w.WriteBoolean("gave_up", r.GaveUp);
                Problems(w, "errors", r.Errors);
                Problems(w, "skipped_examples", r.SkippedExamples);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        stdout.WriteByte((byte)'\n');
    }

    private static void Problems(Utf8JsonWriter w, string name, IReadOnlyList<ImportProblem> problems)
    {
        w.WriteStartArray(name);
        foreach (var p in problems)
        {
            w.WriteStartObject();
            w.WriteString("path", p.File);
            w.WriteNumber("line", p.Line);
            w.WriteString("reason", p.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
