using Orkhon.Storage;

namespace Orkhon.Web;

/// <summary>
/// The store for one request, on a pooled connection to the database the server validated once at
/// start-up. Reads go through a read-only connection; only write endpoints ask for <see cref="Writer"/>.
/// Connections are not shared between threads; SQLite's WAL (and PostgreSQL's MVCC) let readers run while a document is written.
/// </summary>
public sealed class StoreAccess(IStoreDatabase database) : IDisposable
{
    private IEventStore? _reader;
    private IEventStore? _writer;

    /// <summary>A read-only store: never takes the write lock, never waits for a writer.</summary>
    public IEventStore Store => _writer ?? (_reader ??= database.Connect(StoreAccessMode.ReadOnly));

    /// <summary>A read-write store for the endpoints that store documents.</summary>
    public IEventStore Writer => _writer ??= database.Connect(StoreAccessMode.ReadWrite);

    public void Dispose()
    {
        _reader?.Dispose();
        _writer?.Dispose();
    }
}
