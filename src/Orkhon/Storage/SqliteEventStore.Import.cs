namespace Orkhon.Storage;

public sealed partial class SqliteEventStore
{
    public bool ImportEvents(Func<IImportBatch, bool> import) => Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(import);

        // A file's rows touch pages of every index of events, evidences and counts: with SQLite's default
        // 2 MB page cache a large file spills dirty pages to the log and reads them back many times over.
        // A bounded, larger cache for the import only (memory stays flat: the cache does not grow past it).
        var cacheSize = Scalar<long>("PRAGMA cache_size");
        Execute(FormattableString.Invariant($"PRAGMA cache_size = {ImportCacheKiB};"));
        try
        {
            return ImportInTransaction(import);
        }
        finally
        {
            Execute(FormattableString.Invariant($"PRAGMA cache_size = {cacheSize};"));
        }
    });

    /// <summary>The page cache of an import, in KiB (as a negative <c>cache_size</c>): 64 MiB.</summary>
    private const int ImportCacheKiB = -65536;

    private bool ImportInTransaction(Func<IImportBatch, bool> import)
    {
        // BEGIN IMMEDIATE, as for a document: what the merge reads stays true until the commit.
        using var tx = _connection.BeginTransaction(deferred: false);
        bool commit;
        _transaction = tx;
        try
        {
            using var writer = new StagedImportWriter(this, tx);
            commit = import(new ImportBatch(this, writer));
            if (commit)
            {
                writer.Finish();
            }
        }
        finally
        {
            _transaction = null;
        }

        // Not committing is rolling back: disposing the transaction undoes every write of the batch.
        if (commit)
        {
            tx.Commit();
        }

        return commit;
    }

    private sealed class ImportBatch(SqliteEventStore store, StagedImportWriter writer) : IImportBatch
    {
        public IReadOnlyList<Domain.Event> QueryEvents(EventQuery query)
        {
            ArgumentNullException.ThrowIfNull(query);

            // The store answers as if every pending write were in: flushed first when a pending event could be
            // in the answer, or when a stored event in it has a pending new version.
            if (writer.MayAnswer(query))
            {
                writer.Flush();
            }

            var found = store.QueryEvents(query);
            if (found.Any(e => writer.IsPending(e.Id)))
            {
                writer.Flush();
                found = store.QueryEvents(query);
            }

            return found;
        }

        public Domain.Event? GetEvent(string id)
        {
            if (writer.IsPending(id))
            {
                writer.Flush();
            }

            return store.GetEvent(id);
        }

        public IEnumerable<(string Source, string Target, Domain.CameoCode Root)> MergeTargets()
        {
            writer.Flush();
            // The condition spelt as events_merge_targets' own, so the planner reads that index alone.
            using var cmd = store.Command("SELECT DISTINCT source, target, root FROM events INDEXED BY events_merge_targets WHERE origin <> 'imported' AND date IS NOT NULL");
            using var r = cmd.ExecuteReader();
            return StoredRows.MergeTargets(r);
        }

        public void Write(Domain.Event e)
        {
            ArgumentNullException.ThrowIfNull(e);
            writer.Write(e);
        }

        public void WritePlover(Domain.PloverEvent e)
        {
            ArgumentNullException.ThrowIfNull(e);
            store.WritePloverEvent(e);
        }
    }
}
