using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Orkhon.Cli.Output;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Parse;
using Orkhon.Contracts;
using Orkhon.Knowledge;
using Orkhon.Reading;
using Orkhon.Text;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary>
/// <c>orkhon extract PATH…</c>: print the events found in documents, one per event mention, without
/// storing anything. <c>--format jsonl</c> is a contract other tools read (docs/formats.md).
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or directories of .txt, .md, .html", Arity = ArgumentArity.OneOrMore };
        var docDate = CommonOptions.Date("--doc-date", "Publication date, for relative dates such as 'last year' (overrides the file's own)");
        var url = new Option<string?>("--url") { Description = "Document URL" };
        var title = new Option<string?>("--title") { Description = "Document title" };
        var explain = new Option<bool>("--explain") { Description = "Also print, per sentence, the time phrases, actors and event phrases found (to stderr)" };
        var maxSize = new Option<long>("--max-size") { Description = "Refuse files larger than this many bytes", DefaultValueFactory = _ => ReadOptions.DefaultMaxFileBytes };
        var parseHard = new Option<bool>("--parse") { Description = "Also parse hard sentences with link-grammar (liblink-grammar5) for the arguments the shallow reading misses" };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("extract", "Print the events found in documents (nothing is stored)") { paths, docDate, url, title, explain, maxSize, parseHard, format };
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var extractor = EventExtractor.Default;
            if (parse.GetValue(parseHard))
            {
                // The parse is optional: without the library the option says what to install rather than failing on each file.
                if (LinkParser.English.Error is { } missing)
                {
                    CommandContext.Error("--parse: " + missing);
                    return ExitCodes.Usage;
                }

                extractor = new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, ExtractionOptions.Default with { ParseHardSentences = true }));
            }

            var options = new ReadOptions { MaxFileBytes = parse.GetValue(maxSize), PublishedDate = parse.GetValue(docDate), Url = parse.GetValue(url), Title = parse.GetValue(title) };
            var (files, problems, _) = InputFiles.Collect(parse.GetValue(paths)!);
            var results = new List<(string Doc, EventMention Event)>();
            foreach (var path in files)
            {
                // A large plain-text file is held once, folded; any other file, and any problem, is read whole as before.
                var read = DocumentReader.ReadFileForExtraction(path, options, out var folded);
                Document? document = null;
                if (read is not null)
                {
                    if (read.Document is null)
                    {
                        problems.Add(read.Problem!);
                        continue;
                    }

                    document = read.Document;
                }

                var trace = parse.GetValue(explain) ? new List<string>() : null;
                // Plain text carries no date of its own: the document's is --doc-date's, as the whole read would have it.
                var published = document is null ? options.PublishedDate : document.Published;
                var date = published is { Precision: DatePrecision.Day } d ? d.Earliest : (DateOnly?)null;
                try
                {
                    var found = folded is not null ? extractor.Extract(SplitText.Of(folded), date, trace) : extractor.Extract(document!.Text, date, trace);
                    foreach (var e in found)
                    {
                        results.Add((path, e));
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A bug met by one document must not cost the others' events: reported like an unreadable file.
                    problems.Add(new ReadProblem(path, $"could not be processed ({e.GetType().Name}: {e.Message})"));
                }

                if (trace is not null)
                {
                    Console.Error.WriteLine($"== {TerminalText.Escape(path)}");
                    trace.ForEach(Console.Error.WriteLine);
                }
            }

            foreach (var p in problems)
            {
                CommandContext.Error(p.ToString());
            }

            Print(results, parse.GetValue(format));
            return problems.Count > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        }));
        return command;
    }

    private static void Print(List<(string Doc, EventMention Event)> results, OutputFormat format)
    {
        var cameo = CameoCatalog.Default;
        switch (format)
        {
            case OutputFormat.Json or OutputFormat.Jsonl:
                EventPrinter.WriteJson(results, (w, r) => EventMentionJson.Write(w, r.Doc, r.Event, cameo), lines: format == OutputFormat.Jsonl);
                break;
            case OutputFormat.Csv:
                using (var csv = new CsvWriter(Console.Out, CultureInfo.InvariantCulture, leaveOpen: true))
                {
                    foreach (var h in new[] { "doc", "source", "source_role", "target", "target_role", "cameo", "date", "sentence", "start", "end", "lexicon", "confidence" })
                    {
                        csv.WriteField(h);
                    }

                    csv.NextRecord();
                    foreach (var (doc, e) in results)
                    {
                        csv.WriteField(doc);
                        csv.WriteField(e.Source.Code);
                        csv.WriteField(e.Source.Role?.ToName());
                        csv.WriteField(e.Target.Code);
                        csv.WriteField(e.Target.Role?.ToName());
                        csv.WriteField(e.Cameo.Value);
                        csv.WriteField(e.Date?.ToString());
                        csv.WriteField(e.Sentence);
                        csv.WriteField(e.SentenceStart);
                        csv.WriteField(e.SentenceEnd);
                        csv.WriteField(e.LexiconEntry);
                        csv.WriteField(e.Confidence.ToString(CultureInfo.InvariantCulture));
                        csv.NextRecord();
                    }
                }

                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                table.AddColumns("Date", "Who → whom", "Event", "Sentence");
                foreach (var (_, e) in results)
                {
                    var type = cameo.Find(e.Cameo);
                    table.AddRow(CommandContext.Escape(e.Date?.ToString() ?? "?"), $"[bold]{e.Source}[/] → [bold]{e.Target}[/]",
                        $"[{EventPrinter.ToneColour(type)}]{e.Cameo}[/] {CommandContext.Escape(type?.Name)}", CommandContext.Escape(e.Sentence));
                }

                AnsiConsole.Write(table);
                AnsiConsole.MarkupLine($"[grey]{results.Count} event mention{(results.Count == 1 ? "" : "s")}[/]");
                break;
        }
    }
}
