namespace Orkhon.Storage;

/// <summary>
/// One database file for a long-running process such as the server: checked and migrated once, when
/// opened, then handing out pooled connections that skip every check. Validating on each request would
/// cost a round of pragmas per request and, worse, re-run checks while other connections are live.
/// </summary>
public sealed class SqliteDatabase : IStoreDatabase
{
    private readonly TimeSpan _busyTimeout;

    private SqliteDatabase(string path, TimeSpan busyTimeout)
    {
        Path = path;
        _busyTimeout = busyTimeout;
    }

    /// <summary>The database file (full path).</summary>
    public string Path { get; }

    public string Location => Path;

    /// <summary>Opens, validates and migrates the file once; <paramref name="prepare"/> runs on that first connection (e.g. to load the knowledge base).</summary>
    /// <param name="busyTimeout">How long connections wait for another writer's lock; <see cref="BusyPolicy.Timeout"/> when null.</param>
    /// <exception cref="StoreException">As <see cref="SqliteEventStore.Open"/>.</exception>
    public static SqliteDatabase Open(string path, Action<IEventStore>? prepare = null, TimeSpan? busyTimeout = null)
    {
        var timeout = busyTimeout ?? BusyPolicy.Timeout;
        using var store = SqliteEventStore.Open(path, StoreAccessMode.ReadWrite, pooled: true, timeout);
        prepare?.Invoke(store);
        return new SqliteDatabase(store.Path, timeout);
    }

    /// <summary>A store on a pooled connection; dispose it at the end of the unit of work (a request).</summary>
    public SqliteEventStore Connect(StoreAccessMode mode) => SqliteEventStore.Attach(Path, mode, _busyTimeout);

    IEventStore IStoreDatabase.Connect(StoreAccessMode mode) => Connect(mode);
}
