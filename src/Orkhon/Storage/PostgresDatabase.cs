namespace Orkhon.Storage;

/// <summary>
/// A PostgreSQL database for a long-running process such as the server: checked and migrated once, when
/// opened, then handing out stores on pooled connections that skip every check (as <see cref="SqliteDatabase"/>).
/// </summary>
public sealed class PostgresDatabase : IStoreDatabase
{
    private readonly StoreLocation _location;
    private readonly TimeSpan _busyTimeout;

    private PostgresDatabase(StoreLocation location, TimeSpan busyTimeout)
    {
        _location = location;
        _busyTimeout = busyTimeout;
    }

    public string Location => _location.Display;

    /// <exception cref="StoreException">As <see cref="PostgresEventStore.Open"/>.</exception>
    public static PostgresDatabase Open(StoreLocation location, Action<IEventStore>? prepare = null, TimeSpan? busyTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        var timeout = busyTimeout ?? BusyPolicy.Timeout;
        using (var store = PostgresEventStore.Open(location, StoreAccessMode.ReadWrite, pooled: true, timeout))
        {
            prepare?.Invoke(store);
        }

        return new PostgresDatabase(location, timeout);
    }

    public IEventStore Connect(StoreAccessMode mode) => PostgresEventStore.Attach(_location, mode, _busyTimeout);
}
