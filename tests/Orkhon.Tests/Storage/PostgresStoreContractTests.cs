using Npgsql;
using Orkhon.Storage;

namespace Orkhon.Tests.Storage;

/// <summary>The store contract on PostgreSQL, each test in a schema of its own (see <see cref="TestPostgres"/>).</summary>
public sealed class PostgresStoreContractTests(TestPostgres server) : EventStoreContract
{
    private TestPostgres.Schema? _schema;

    private TestPostgres.Schema Schema => _schema ??= server.CreateSchema();

    protected override IEventStore Open(StoreAccessMode mode = StoreAccessMode.ReadWrite, TimeSpan? busyTimeout = null)
    {
        if (mode == StoreAccessMode.ReadOnly)
        {
            EventStores.Open(StoreLocation.Parse(Schema.Url)).Dispose();
        }

        return EventStores.Open(StoreLocation.Parse(Schema.Url), mode, busyTimeout);
    }

    protected override IDisposable HoldWriteLock()
    {
        Open().Dispose();
        var connection = TestPostgres.Connect(Schema.Url);
        var tx = connection.BeginTransaction();
        using var cmd = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection);
        cmd.Parameters.AddWithValue("key", PostgresSchema.WriteLockKey);
        cmd.ExecuteNonQuery();
        return new Held(connection, tx);
    }

    public override void Dispose() => _schema?.Dispose();

    private sealed class Held(NpgsqlConnection connection, NpgsqlTransaction tx) : IDisposable
    {
        public void Dispose()
        {
            tx.Dispose();
            connection.Dispose();
        }
    }
}
