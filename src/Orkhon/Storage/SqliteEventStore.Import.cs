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

    private Domain.Event? EventWithoutEvidences(string id)
    {
        using var cmd = Command($"SELECT {StoredRows.EventColumns} FROM events WHERE id = @id");
        cmd.Parameters.AddWithValue("@id", id);
        return ReadEvents(cmd, withEvidences: false).FirstOrDefault();
    }

    /// <summary>
    /// <see cref="QueryEvents"/>'s answer to a dated query restricted to curated and extracted events, without
    /// their evidences, read from events_merge_targets: the condition spelt as the partial index's own
    /// (<c>origin &lt;&gt; 'imported'</c>, and the date range's <c>date IS NOT NULL</c>) so SQLite may use it.
    /// </summary>
    private List<Domain.Event> MergeTargetEvents(EventQuery query)
    {
        using var cmd = Command("");
        var sql = new System.Text.StringBuilder($"SELECT {StoredRows.EventColumns} FROM events INDEXED BY events_merge_targets WHERE origin <> 'imported'");
        EventQuerySql.Append(sql, cmd, query, SqlDialect.Sqlite);
        var direction = query.Descending ? "DESC" : "ASC";
        sql.Append($" ORDER BY date_start {direction}, date_end {direction}, id {direction}");
        cmd.CommandText = sql.ToString();
        return ReadEvents(cmd, withEvidences: false);
    }

    private sealed class ImportBatch(SqliteEventStore store, StagedImportWriter writer) : IImportBatch
    {
        public IReadOnlyList<Domain.Event> QueryEvents(EventQuery query)
        {
            ArgumentNullException.ThrowIfNull(query);
            writer.RestoreDyadIndex();

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

        public MergeCandidates MergeCandidatesFor(EventQuery query, string id)
        {
            ArgumentNullException.ThrowIfNull(query);
            ArgumentNullException.ThrowIfNull(id);
            if (query.Actor is null || query.Partner is null || (query.From ?? query.To) is null || query.Limit is not null || query.Offset != 0)
            {
                return MergeCandidates.Among(QueryEvents(query), id);
            }

            // A re-import: the row's own event, by its id (one lookup), instead of reading the pair's events of
            // the day through events_dyad, a range on date_end that holds every later event of the pair, so that
            // a re-import of a file in time order read the pair's events once per row.
            if (writer.IsPending(id))
            {
                writer.Flush();
            }

            if (store.EventWithoutEvidences(id) is { } own && PairQueryMatch.Matches(own, query))
            {
                return new MergeCandidates(true, []);
            }

            // Curated and extracted events only, read through events_merge_targets (their own partial index, a
            // few thousand entries); merged rows the batch holds are curated or extracted events too.
            if (writer.MayAnswer(query, importedToo: false))
            {
                writer.Flush();
            }

            var found = store.MergeTargetEvents(query);
            if (found.Any(e => writer.IsPending(e.Id)))
            {
                writer.Flush();
                found = store.MergeTargetEvents(query);
            }

            return new MergeCandidates(false, found);
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
