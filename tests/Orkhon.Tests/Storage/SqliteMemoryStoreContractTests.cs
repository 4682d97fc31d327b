using Microsoft.Data.Sqlite;
using Orkhon.Storage;

namespace Orkhon.Tests.Storage;

/// <summary>The store contract on an SQLite database held in memory (<c>:memory:NAME</c>), one per test.</summary>
public sealed class SqliteMemoryStoreContractTests : EventStoreContract
{
    private readonly string _location = SqliteMemoryDatabases.Prefix + "contract-" + Guid.NewGuid().ToString("N");

    protected override IEventStore Open(StoreAccessMode mode = StoreAccessMode.ReadWrite, TimeSpan? busyTimeout = null)
    {
        if (mode == StoreAccessMode.ReadOnly && !SqliteMemoryDatabases.Exists(_location))
        {
            SqliteEventStore.Open(_location).Dispose();
        }

        return EventStores.Open(StoreLocation.Parse(_location), mode, busyTimeout);
    }

    protected override IDisposable HoldWriteLock()
    {
        Open().Dispose();
        // Another connection to the same memory database with an open write transaction, as another writer
        // of the process would hold it.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = SqliteMemoryDatabases.DataSource(_location), Pooling = false }.ToString());
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "BEGIN IMMEDIATE; INSERT INTO meta (key, value) VALUES ('lock-holder', 'test');";
        cmd.ExecuteNonQuery();
        return connection;
    }

    public override void Dispose() => SqliteMemoryDatabases.Release(_location);
}
