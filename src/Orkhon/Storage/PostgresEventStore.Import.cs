namespace Orkhon.Storage;

public sealed partial class PostgresEventStore
{
    public bool ImportEvents(Func<IImportBatch, bool> import) => Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(import);

        // The write lock for the whole batch, as for a document: what the merge reads stays true until the commit.
        using var tx = BeginWrite();
        using var writer = new StagedEventWriter(this);
        var commit = import(new ImportBatch(this, writer, new PairYearCache(writer)));

        // Not committing is rolling back: disposing the transaction undoes every write of the batch.
        if (commit)
        {
            writer.Flush();
            tx.Commit();
        }

        return commit;
    });

    private sealed class ImportBatch(PostgresEventStore store, StagedEventWriter writer, PairYearCache lookups) : IImportBatch
    {
        public IReadOnlyList<Domain.Event> QueryEvents(EventQuery query)
        {
            ArgumentNullException.ThrowIfNull(query);
            return lookups.Query(query);
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
            // The batch's own pending writes first, so the answer includes them as the interface promises.
            writer.Flush();
            using var cmd = store.Command("SELECT DISTINCT source, target, root FROM events WHERE origin <> 'imported' AND date IS NOT NULL");
            using var r = cmd.ExecuteReader();
            return StoredRows.MergeTargets(r);
        }

        public void Write(Domain.Event e)
        {
            writer.Write(e);
            lookups.Written(e);
        }

        public void WritePlover(Domain.PloverEvent e)
        {
            ArgumentNullException.ThrowIfNull(e);
            store.WritePloverEvent(e);
        }
    }
}
