using Orkhon.Storage;

namespace Orkhon.Exchange;

/// <summary>
/// Imports dataset files into a store: each file streams through its reader into one store transaction,
/// merged event by event (<see cref="ImportMerge"/>), and commits whole, or — with
/// <see cref="ImportOptions.AllowPartial"/> — with its good rows. Importing a file again changes nothing.
/// </summary>
public static class EventImporter
{
    public static IDatasetReader ReaderFor(ExchangeFormat format) => format switch
    {
        ExchangeFormat.Gdelt => GdeltEventReader.Default,
        ExchangeFormat.GdeltMentions => GdeltMentionReader.Default,
        ExchangeFormat.Icews => IcewsReader.Default,
        ExchangeFormat.Plover => PloverReader.Default,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Orkhon does not import this format."),
    };

    /// <param name="onProgress">Called now and then with the bytes read of the file and its length.</param>
    public static FileImportResult ImportFile(IEventStore store, string path, IDatasetReader reader, ImportOptions options, Action<long, long>? onProgress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        var (lines, file, owner, openError) = ImportSource.Open(path);
        if (openError is not null)
        {
            return new FileImportResult(path, false, 0, 0, 0, [], [new ImportProblem(path, 0, openError)], false);
        }

        using var openFile = owner;
        using var fileLines = lines;
        long written = 0, merged = 0, skipped = 0, records = 0, kept = 0;
        var skips = new List<ImportProblem>();
        var errors = new List<ImportProblem>();
        var gaveUp = false;
        var committed = store.ImportEvents(batch =>
        {
            // Once a bad row means the file will not be kept, the rest is only checked, so every bad row
            // (up to the limit) is named in one run.
            var checkOnly = false;
            var merge = ImportMerge.Prepare(batch);
            foreach (var record in reader.Read(lines!))
            {
                if (++records % ImportOptions.ProgressEvery == 0)
                {
                    onProgress?.Invoke(file!.Position, file.Length);
                }

                switch (record.Kind)
                {
                    case ImportRecordKind.Event when !checkOnly:
                        var (e, isMerge) = merge.Resolve(batch, record.Event!);
                        batch.Write(e);
                        written += isMerge ? 0 : 1;
                        merged += isMerge ? 1 : 0;
                        break;
                    case ImportRecordKind.Plover when !checkOnly:
                        // No CAMEO code to merge by: written as it is, under its dataset id, in the file's transaction.
                        batch.WritePlover(record.Plover!);
                        kept++;
                        break;
                    case ImportRecordKind.Evidence when !checkOnly:
                        // A mention is a source of the event its dataset row became; that event must be stored.
                        if (batch.GetEvent(record.EventId!) is { } known)
                        {
                            batch.Write(known with { Evidences = [record.Evidence!] });
                            merged++;
                        }
                        else
                        {
                            skipped++;
                            if (skips.Count < ImportOptions.MaxReportedSkips)
                            {
                                skips.Add(new ImportProblem(path, record.Line, $"event {record.EventId} is not stored (import its GDELT Events file first; a row merged into a curated event keeps no id of its own)", Skipped: true));
                            }
                        }

                        break;
                    case ImportRecordKind.Skipped:
                        skipped++;
                        if (skips.Count < ImportOptions.MaxReportedSkips)
                        {
                            skips.Add(new ImportProblem(path, record.Line, record.Reason!, Skipped: true));
                        }

                        break;
                    case ImportRecordKind.Bad:
                        errors.Add(new ImportProblem(path, record.Line, record.Reason!));
                        if (errors.Count > options.MaxErrors)
                        {
                            gaveUp = true;
                            return false;
                        }

                        checkOnly |= !options.AllowPartial;
                        break;
                    case ImportRecordKind.FileFailed:
                        errors.Add(new ImportProblem(path, record.Line, record.Reason!));
                        return options.AllowPartial;
                }
            }

            return errors.Count == 0 || options.AllowPartial;
        });
        onProgress?.Invoke(file!.Length, file.Length);
        return committed
            ? new FileImportResult(path, true, written, merged, skipped, skips, errors, gaveUp, kept)
            : new FileImportResult(path, false, 0, 0, skipped, skips, errors, gaveUp);
    }
}
