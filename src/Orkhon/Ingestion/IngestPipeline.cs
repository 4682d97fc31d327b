using System.Threading.Channels;
using Orkhon.Claims;
using Orkhon.Contracts;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Reading;
using Orkhon.Storage;
using Orkhon.Text;

namespace Orkhon.Ingestion;

/// <summary>
/// The one way documents enter the store, for the command line, the API and the tests: read → decode →
/// (already stored? stop here) → split once → extract → merge and write in one transaction.
/// </summary>
/// <remarks>
/// <para>Cheap checks come first: a file that cannot be read, or whose content id the store already holds,
/// costs no extraction.</para>
/// <para>Reading and extraction run in parallel; writing stays single. Between them is a bounded channel
/// of at most <see cref="IngestOptions.MaxDocumentsAhead"/> documents in the files' order, so memory does
/// not grow with the number of files, and results are reported in the order the files were given.</para>
/// <para>The merge with stored events runs inside the store's write transaction
/// (<see cref="IEventStore.AddDocument(Document, IReadOnlyList{Sentence}, Func{IEventLookup, IReadOnlyList{Event}})"/>),
/// so concurrent ingests — threads of one server, or several processes — never store one real event twice.</para>
/// <para>A document that cannot be read or whose processing throws is reported and skipped; a failure of
/// the store itself (busy past the timeout, read-only, full) ends the run, with everything before it stored.</para>
/// </remarks>
public sealed class IngestPipeline
{
    private readonly EventExtractor _extractor;
    private readonly IngestOptions _options;

    public IngestPipeline(EventExtractor extractor, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractor = extractor;
        _options = options ?? new IngestOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxDegreeOfParallelism, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxDocumentsAhead, 1, nameof(options));
    }

    public static IngestPipeline Default { get; } = new(EventExtractor.Default);

    /// <summary>Splits a document's text once and extracts its events from those sentences.</summary>
    public PreparedDocument Prepare(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var split = SplitText.Of(document.Text);
        var date = EventExtractor.AnchorDate(document);
        var mentions = _extractor.Extract(split, date);
        return new PreparedDocument(document, split.Sentences(), mentions)
        {
            Claims = _options.CheckClaims ? ClaimChecker.Default.Check(split, mentions, date, DateOnly.FromDateTime(DateTime.UtcNow)) : [],
        };
    }

    /// <summary>
    /// Ingests one document already read (the API's path). An exception in extraction propagates, as does a
    /// <see cref="StoreException"/>; nothing is stored then.
    /// </summary>
    public DocumentIngest Ingest(Document document, IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(store);
        return store.HasDocument(document.Id)
            ? AlreadyStored(0, document.Path, document.Id)
            : Write(0, document.Path, Prepare(document), store);
    }

    /// <summary>
    /// Ingests files in order. <paramref name="onDocument"/> is called once per file as its outcome is
    /// known (for a progress bar), on one thread at a time.
    /// </summary>
    public async Task<IngestResult> IngestFilesAsync(IReadOnlyList<string> files, IEventStore store, Action<DocumentIngest>? onDocument = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(store);
        var result = new IngestResult();
        var channel = Channel.CreateBounded<Task<Prepared>>(new BoundedChannelOptions(_options.MaxDocumentsAhead)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = new IngestRun(store, new Lock(), stop);
        var producer = Task.Run(() => StartReadsAsync(files, channel.Writer, run), CancellationToken.None);
        try
        {
            await foreach (var work in channel.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                if (await StoreAsync(work, run, result).ConfigureAwait(false) is { } done)
                {
                    result.Record(done);
                    onDocument?.Invoke(done);
                }
            }
        }
        finally
        {
            // However the loop ends (a throwing progress callback included), the producer must not wait for room forever.
            await stop.CancelAsync().ConfigureAwait(false);
        }

        await producer.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return result;
    }

    /// <summary>
    /// The store, its lock, and the source that stops the whole run. The store is one connection: the workers'
    /// "already stored?" look-ups and the writer take turns.
    /// </summary>
    private sealed record IngestRun(IEventStore Store, Lock StoreLock, CancellationTokenSource Stop);

    /// <summary>
    /// The producer: starts each file's reading on the workers, in order, as the channel has room, so nothing is read
    /// that the channel cannot hold. Completes the channel however it ends.
    /// </summary>
    private async Task StartReadsAsync(IReadOnlyList<string> files, ChannelWriter<Task<Prepared>> writer, IngestRun run)
    {
        var workers = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, _options.MaxDegreeOfParallelism).ConcurrentScheduler;
        var stop = run.Stop;
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                // Wait for room first, then start the work: nothing is read that the channel cannot hold.
                if (!await writer.WaitToWriteAsync(stop.Token).ConfigureAwait(false))
                {
                    return;
                }

                var (position, path) = (i, files[i]);
                writer.TryWrite(Task.Factory.StartNew(() => Read(position, path, run.Store, run.StoreLock, stop.Token), stop.Token, TaskCreationOptions.None, workers));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The writer stopped the run; it drains what was already started.
        }
        finally
        {
            writer.Complete();
        }
    }

    /// <summary>
    /// The single writer's part for one file: its outcome once stored, or null when the run has stopped (drained,
    /// not stored). A store failure stops the run and is kept in <paramref name="result"/>.
    /// </summary>
    private async Task<DocumentIngest?> StoreAsync(Task<Prepared> work, IngestRun run, IngestResult result)
    {
        Prepared prepared;
        try
        {
            prepared = await work.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (run.Stop.IsCancellationRequested)
        {
            return null;
        }
        catch (StoreException e)
        {
            result.StoreFailure ??= e;
            await run.Stop.CancelAsync().ConfigureAwait(false);
            return null;
        }

        if (run.Stop.IsCancellationRequested)
        {
            return null;
        }

        try
        {
            return prepared.Ingest ?? Write(prepared, run.Store, run.StoreLock);
        }
        catch (StoreException e)
        {
            result.StoreFailure = e;
            await run.Stop.CancelAsync().ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>A worker's part: read, check the store, split and extract. Never throws for one document's fault.</summary>
    private Prepared Read(int position, string path, IEventStore store, Lock storeLock, CancellationToken cancellationToken)
    {
        var extracting = false;
        try
        {
            var read = DocumentReader.ReadFile(path, _options.Read);
            if (read.Document is not { } document)
            {
                return new Prepared(Failed(position, path, read.Problem!, extracted: false), null);
            }

            bool known;
            lock (storeLock)
            {
                known = store.HasDocument(document.Id);
            }

            if (known)
            {
                return new Prepared(AlreadyStored(position, path, document.Id), null);
            }

            cancellationToken.ThrowIfCancellationRequested();
            extracting = true;
            return new Prepared(null, (position, path, Prepare(document)));
        }
        catch (Exception e) when (e is not (StoreException or OperationCanceledException or OutOfMemoryException))
        {
            // A bug met by one document must not cost the others: it is reported like an unreadable file.
            return new Prepared(Failed(position, path, new ReadProblem(path, $"could not be processed ({e.GetType().Name}: {e.Message}); nothing of it was stored"), extracting), null);
        }
    }

    private DocumentIngest Write(Prepared prepared, IEventStore store, Lock storeLock)
    {
        var (position, path, document) = prepared.Document!.Value;
        try
        {
            lock (storeLock)
            {
                return Write(position, path, document, store);
            }
        }
        catch (Exception e) when (e is not (StoreException or OutOfMemoryException))
        {
            return Failed(position, path, new ReadProblem(path, $"could not be stored ({e.GetType().Name}: {e.Message}); nothing of it was stored"), extracted: true);
        }
    }

    private static DocumentIngest Write(int position, string? path, PreparedDocument prepared, IEventStore store)
    {
        var (document, sentences, mentions) = (prepared.Document, prepared.Sentences, prepared.Mentions);
        var (outcome, events) = store.AddDocument(document, sentences, lookup => EventMerger.Merge(document, mentions, lookup));
        return outcome == IngestOutcome.Added
            ? new DocumentIngest(position, path, DocumentOutcome.Added, document.Id, sentences.Count, mentions, events, null, Extracted: true)
            {
                ContradictedClaims = [.. prepared.Claims.Where(c => c.Verdict == ClaimVerdict.Contradicted).Select(c => ClaimRow.From(path, document.Text, c, ClaimRecord.Default))],
            }
            : AlreadyStored(position, path, document.Id) with { Mentions = mentions, Extracted = true };
    }

    private static DocumentIngest AlreadyStored(int position, string? path, string id) =>
        new(position, path, DocumentOutcome.AlreadyPresent, id, 0, [], [], null, Extracted: false);

    private static DocumentIngest Failed(int position, string path, ReadProblem problem, bool extracted) =>
        new(position, path, DocumentOutcome.Failed, null, 0, [], [], problem, extracted);

    /// <summary>A worker's result: settled already (<see cref="Ingest"/>), or a document ready to write.</summary>
    private sealed record Prepared(DocumentIngest? Ingest, (int Position, string Path, PreparedDocument Document)? Document);
}
