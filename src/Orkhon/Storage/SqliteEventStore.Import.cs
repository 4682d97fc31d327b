namespace Orkhon.Storage;

public sealed partial class SqliteEventStore
{
    public bool ImportEvents(Func<IImportBatch, bool> import) => Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(import);

        // BEGIN IMMEDIATE, as for a document: what the merge reads stays true until the commit.
        using var tx = _connection.BeginTransaction(deferred: false);
        bool commit;
        _transaction = tx;
        try
        {
            using var writer = new EventRowWriter(this, tx);
            commit = import(new ImportBatch(this, writer));
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
    });

    private sealed class ImportBatch(SqliteEventStore store, EventRowWriter writer) : IImportBatch
    {
        public IReadOnlyList<Domain.Event> QueryEvents(EventQuery query) => store.QueryEvents(query);

        public Domain.Event? GetEvent(string id) => store.GetEvent(id);

        public void Write(Domain.Event e)
        {
            ArgumentNullException.ThrowIfNull(e);
            writer.Write(e);
        }
    }
}
