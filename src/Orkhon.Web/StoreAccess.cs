using Orkhon.Storage;

namespace Orkhon.Web;

/// <summary>
/// One store per request over a pooled connection: SQLite connections are not shared between threads,
/// and WAL mode lets readers run while a document is being written.
/// </summary>
public sealed class StoreAccess(string path) : IDisposable
{
    private SqliteEventStore? _store;

    public SqliteEventStore Store => _store ??= SqliteEventStore.Open(path, pooled: true);

    public void Dispose() => _store?.Dispose();
}
