namespace Orkhon.Storage;

/// <summary>
/// The one place that turns a location (<c>--db</c>, <c>ORKHON_DB</c>) into a store, so the command line
/// and the server choose the backend the same way: a <c>postgres://</c> or <c>postgresql://</c> URL is a
/// PostgreSQL database, <c>:memory:</c> or <c>:memory:NAME</c> an SQLite database in this process's memory
/// (<see cref="SqliteMemoryDatabases"/>), anything else an SQLite file.
/// </summary>
public static class EventStores
{
    /// <summary>Opens the store; for writing, a missing SQLite file or an empty PostgreSQL schema is created and migrated.</summary>
    /// <exception cref="StoreException">The store cannot be used (see <see cref="StoreErrorKind"/>).</exception>
    public static IEventStore Open(StoreLocation location, StoreAccessMode mode = StoreAccessMode.ReadWrite, TimeSpan? busyTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Backend == StoreBackend.Postgres
            ? PostgresEventStore.Open(location, mode, pooled: false, busyTimeout)
            : SqliteEventStore.Open(location.Target, mode, pooled: false, busyTimeout);
    }

    /// <summary>Opens the store once for a long-running process; <paramref name="prepare"/> runs on the first connection.</summary>
    public static IStoreDatabase OpenDatabase(StoreLocation location, Action<IEventStore>? prepare = null, TimeSpan? busyTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Backend == StoreBackend.Postgres
            ? PostgresDatabase.Open(location, prepare, busyTimeout)
            : SqliteDatabase.Open(location.Target, prepare, busyTimeout);
    }

    /// <summary>
    /// Whether something is already there to read: an existing file, or (for a server, which cannot be
    /// checked without connecting) always — opening then says what is missing.
    /// </summary>
    public static bool MayExist(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Backend == StoreBackend.Postgres
            || (SqliteMemoryDatabases.IsMemoryLocation(location.Target) ? SqliteMemoryDatabases.Exists(location.Target) : File.Exists(location.Target));
    }
}
