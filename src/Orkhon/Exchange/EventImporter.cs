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
        var tally = new FileTally(path, options);
        long records = 0;
        var committed = store.ImportEvents(batch =>
        {
            tally.StartPass();
            var merge = ImportMerge.Prepare(batch);
            foreach (var record in reader.Read(lines!))
            {
                if (++records % ImportOptions.ProgressEvery == 0)
                {
                    onProgress?.Invoke(file!.Position, file.Length);
                }

                if (tally.Take(record, batch, merge) is { } keep)
                {
                    return keep;
                }
            }

            return tally.Errors.Count == 0 || options.AllowPartial;
        });
        onProgress?.Invoke(file!.Length, file.Length);
        return tally.Result(committed);
    }

    /// <summary>One file's import as it goes: what was written, merged, kept and skipped, and the bad rows.</summary>
    private sealed class FileTally(string path, ImportOptions options)
    {
        private readonly List<ImportProblem> _skips = [];
        private long _written, _merged, _skipped, _kept;
        private bool _gaveUp;

        // Once a bad row means the file will not be kept, the rest is only checked, so every bad row
        // (up to the limit) is named in one run.
        private bool _checkOnly;

        public List<ImportProblem> Errors { get; } = [];

        /// <summary>Called as the store's transaction starts reading the file.</summary>
        public void StartPass() => _checkOnly = false;

        /// <summary>Takes one record; null to read on, or whether to keep the file when the reading stops here.</summary>
        public bool? Take(ImportRecord record, IImportBatch batch, ImportMerge merge)
        {
            switch (record.Kind)
            {
                case ImportRecordKind.Event when !_checkOnly:
                    var (e, isMerge) = merge.Resolve(batch, record.Event!);
                    batch.Write(e);
                    _written += isMerge ? 0 : 1;
                    _merged += isMerge ? 1 : 0;
                    break;
                case ImportRecordKind.Plover when !_checkOnly:
                    // No CAMEO code to merge by: written as it is, under its dataset id, in the file's transaction.
                    batch.WritePlover(record.Plover!);
                    _kept++;
                    break;
                case ImportRecordKind.Evidence when !_checkOnly:
                    TakeEvidence(record, batch);
                    break;
                case ImportRecordKind.Skipped:
                    Skip(record.Line, record.Reason!);
                    break;
                case ImportRecordKind.Bad:
                    Errors.Add(new ImportProblem(path, record.Line, record.Reason!));
                    if (Errors.Count > options.MaxErrors)
                    {
                        _gaveUp = true;
                        return false;
                    }

                    _checkOnly |= !options.AllowPartial;
                    break;
                case ImportRecordKind.FileFailed:
                    Errors.Add(new ImportProblem(path, record.Line, record.Reason!));
                    return options.AllowPartial;
            }

            return null;
        }

        public FileImportResult Result(bool committed) => committed
            ? new FileImportResult(path, true, _written, _merged, _skipped, _skips, Errors, _gaveUp, _kept)
            : new FileImportResult(path, false, 0, 0, _skipped, _skips, Errors, _gaveUp);

        // A mention is a source of the event its dataset row became; that event must be stored.
        private void TakeEvidence(ImportRecord record, IImportBatch batch)
        {
            if (batch.GetEvent(record.EventId!) is { } known)
            {
                batch.Write(known with { Evidences = [record.Evidence!] });
                _merged++;
            }
            else
            {
                Skip(record.Line, $"event {record.EventId} is not stored (import its GDELT Events file first; a row merged into a curated event keeps no id of its own)");
            }
        }

        private void Skip(long line, string reason)
        {
            _skipped++;
            if (_skips.Count < ImportOptions.MaxReportedSkips)
            {
                _skips.Add(new ImportProblem(path, line, reason, Skipped: true));
            }
        }
    }
}
