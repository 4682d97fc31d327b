using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace Orkhon.Storage;

/// <summary>
/// The <see cref="IEventStore"/> on a PostgreSQL database, with the SQLite store's semantics: every write
/// is one transaction; writers serialise on one transaction-level advisory lock (as SQLite's BEGIN
/// IMMEDIATE serialises them), so what a merge reads stays true until its commit; opening checks that the
/// schema is Orkhon's and not newer, then applies pending migrations, each in its own transaction. Events
/// are written by binary COPY into staging tables and merged with one INSERT … ON CONFLICT per batch.
/// Expected failures surface as <see cref="StoreException"/>s naming <see cref="Location"/> (never a password).
/// </summary>
public sealed partial class PostgresEventStore : IEventStore
{
    private readonly NpgsqlConnection _connection;
    private readonly TimeSpan _busyTimeout;

    private PostgresEventStore(NpgsqlConnection connection, string location, StoreAccessMode mode, TimeSpan busyTimeout)
    {
        _connection = connection;
        _busyTimeout = busyTimeout;
        Location = location;
        Mode = mode;
    }

    /// <summary>The server and database, without credentials.</summary>
    public string Location { get; }

    /// <summary>What this connection may do.</summary>
    public StoreAccessMode Mode { get; }

    /// <summary>
    /// Connects to the database <paramref name="location"/> names. For writing, the schema is created or
    /// brought up to date; for reading, nothing is written and an older schema is refused with
    /// <see cref="StoreErrorKind.NeedsMigration"/>.
    /// </summary>
    /// <exception cref="StoreException">The server cannot be reached, the schema is not Orkhon's or is newer, or the database is busy.</exception>
    public static PostgresEventStore Open(StoreLocation location, StoreAccessMode mode = StoreAccessMode.ReadWrite, bool pooled = false, TimeSpan? busyTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        var timeout = busyTimeout ?? BusyPolicy.Timeout;
        var connection = Connect(location, mode, pooled, timeout);
        try
        {
            var store = new PostgresEventStore(connection, location.Display, mode, timeout);
            store.Guarded(() =>
            {
                store.Prepare();
                return 0;
            });
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A store over an already validated database (see <see cref="PostgresDatabase"/>): no checks, no migrations.</summary>
    internal static PostgresEventStore Attach(StoreLocation location, StoreAccessMode mode, TimeSpan timeout) =>
        new(Connect(location, mode, pooled: true, timeout), location.Display, mode, timeout);

    private static NpgsqlConnection Connect(StoreLocation location, StoreAccessMode mode, bool pooled, TimeSpan timeout)
    {
        var settings = new NpgsqlConnectionStringBuilder(location.Postgres?.ConnectionString ?? throw new ArgumentException("not a PostgreSQL location", nameof(location)))
        {
            Pooling = pooled,
            // Waits for locks are bounded by lock_timeout (the busy policy), so no statement needs a timeout of its own.
            CommandTimeout = 0,
        };
        // lock_timeout bounds the wait for another writer's advisory lock as SQLite's busy timeout does (0 would mean forever).
        var options = string.Create(CultureInfo.InvariantCulture, $"-c lock_timeout={Math.Max(1, (long)timeout.TotalMilliseconds)}");
        if (mode == StoreAccessMode.ReadOnly)
        {
            // The server itself then refuses any write this connection might attempt.
            options += " -c default_transaction_read_only=on";
        }

        settings.Options = options;
        var connection = new NpgsqlConnection(settings.ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (NpgsqlException e)
        {
            connection.Dispose();
            throw PostgresCodes.Translate(e, location.Display, timeout)
                ?? new StoreException(StoreErrorKind.Unusable, location.Display, $"{location.Display}: cannot use the database: {e.Message}", e);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // A setting the driver refuses (an unusable host name, an SSL mode it cannot honour).
            connection.Dispose();
            throw new StoreException(StoreErrorKind.Unusable, location.Display, $"{location.Display}: cannot connect: {e.Message}", e);
        }
    }

    public void Dispose() => _connection.Dispose();

    public StoreStatistics GetStatistics() => Guarded(() =>
    {
        using var cmd = Command("""
            SELECT (SELECT count(*)::int FROM documents),
                   (SELECT count(*)::int FROM sentences),
                   (SELECT count(*)::int FROM events),
                   (SELECT count(*)::int FROM events WHERE origin = 'curated'),
                   (SELECT count(*)::int FROM events WHERE origin = 'extracted'),
                   (SELECT count(*)::int FROM events WHERE origin = 'imported'),
                   (SELECT value FROM meta WHERE key = 'kb_version'),
                   (SELECT version FROM orkhon_schema),
                   (SELECT count(*)::int FROM plover_events)
            """);
        using var r = cmd.ExecuteReader();
        r.Read();
        return new StoreStatistics(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(7), r.IsDBNull(6) ? null : r.GetString(6), r.GetInt32(8));
    });

    public string? GetKnowledgeBaseVersion() => Guarded(() =>
    {
        using var cmd = Command("SELECT value FROM meta WHERE key = 'kb_version'");
        return cmd.ExecuteScalar() as string;
    });

    private void Prepare()
    {
        var version = SchemaVersion();
        SchemaCompatibility.ThrowIfUnusable(version, PostgresSchema.LatestVersion, Location, "database", Mode);
        if (Mode == StoreAccessMode.ReadOnly)
        {
            return;
        }

        while (SchemaVersion() < PostgresSchema.LatestVersion)
        {
            // Re-read under the write lock: another process may have migrated since we looked. DDL is
            // transactional in PostgreSQL, so a failed migration leaves the previous version whole.
            using var tx = BeginWrite();
            var v = SchemaVersion();
            if (v < PostgresSchema.LatestVersion)
            {
                Execute(PostgresSchema.Migrations[v]);
                using var set = Command("UPDATE orkhon_schema SET version = @v");
                set.Parameters.AddWithValue("v", v + 1);
                set.ExecuteNonQuery();
            }

            tx.Commit();
        }
    }

    /// <summary>The number of migrations applied; 0 for an empty schema; refuses a schema holding someone else's tables.</summary>
    private int SchemaVersion()
    {
        using (var cmd = Command("SELECT current_schema(), to_regclass('orkhon_schema') IS NOT NULL"))
        using (var r = cmd.ExecuteReader())
        {
            r.Read();
            if (r.IsDBNull(0))
            {
                throw new StoreException(StoreErrorKind.Unusable, Location, $"{Location}: the search path names no existing schema; create it first (CREATE SCHEMA)");
            }

            if (!r.GetBoolean(1))
            {
                r.Close();
                using var tables = Command("""
                    SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                    """);
                return Convert.ToInt64(tables.ExecuteScalar(), CultureInfo.InvariantCulture) == 0
                    ? 0
                    : throw new StoreException(StoreErrorKind.NotOrkhon, Location,
                        $"{Location}: this schema holds tables that are not Orkhon's; refusing to touch them (choose another database, or another schema with ?search_path=)");
            }
        }

        using var version = Command("SELECT version FROM orkhon_schema");
        return Convert.ToInt32(version.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Starts a write transaction holding the store's write lock until it ends: writers queue here (up to the
    /// busy timeout), and every read made afterwards sees all committed writes and no other writer's.
    /// </summary>
    private NpgsqlTransaction BeginWrite()
    {
        var tx = _connection.BeginTransaction();
        try
        {
            using var cmd = Command("SELECT pg_advisory_xact_lock(@key)");
            cmd.Parameters.AddWithValue("key", PostgresSchema.WriteLockKey);
            cmd.ExecuteNonQuery();
            return tx;
        }
        catch
        {
            tx.Dispose();
            throw;
        }
    }

    /// <summary>Runs one of the reads both stores share (<see cref="StoredRows"/>, <see cref="EventQuerySql"/>, <see cref="DyadCountSql"/>) with a command of this store's connection.</summary>
    private T ReadShared<T>(Func<DbCommand, T> read) => Guarded(() =>
    {
        using var cmd = Command("");
        return read(cmd);
    });

    /// <summary>Runs a store operation, turning the PostgreSQL failures a user can cause into <see cref="StoreException"/>s.</summary>
    private T Guarded<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (NpgsqlException e) when (PostgresCodes.Translate(e, Location, _busyTimeout) is { } translated)
        {
            throw translated;
        }
    }

    // Commands need no transaction of their own: Npgsql runs every command on a connection inside the
    // transaction open on it, which is how a merge's reads join its write.
    private NpgsqlCommand Command(string sql) => new(sql, _connection);

    private void Execute(string sql)
    {
        using var cmd = Command(sql);
        cmd.ExecuteNonQuery();
    }
}
