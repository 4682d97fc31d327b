using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Orkhon.Storage;

/// <summary>
/// The <see cref="IEventStore"/> on one SQLite file. Opening a file checks that it is Orkhon's and
/// not from a newer version, then (when writing is allowed) applies any pending forward migrations,
/// each in its own transaction. Expected SQLite failures (busy, read-only, damaged, full) surface as
/// <see cref="StoreException"/>s naming the file.
/// </summary>
/// <remarks>
/// The file is only ever touched through SQLite: on Linux, closing any descriptor of a file drops every
/// POSIX lock the process holds on it, SQLite's own included, so a plain <c>File.OpenRead</c> beside an
/// open connection lets another process believe it is alone and delete the live write-ahead log.
/// </remarks>
public sealed partial class SqliteEventStore : IEventStore
{
    private readonly SqliteConnection _connection;

    static SqliteEventStore() => SQLitePCL.Batteries_V2.Init();

    private readonly TimeSpan _busyTimeout;

    // The write transaction a merge runs inside (see AddDocument): reads made meanwhile must join it, since
    // a connection with a pending transaction refuses commands outside it.
    private SqliteTransaction? _transaction;

    private SqliteEventStore(SqliteConnection connection, string path, StoreAccessMode mode, TimeSpan busyTimeout)
    {
        _connection = connection;
        _busyTimeout = busyTimeout;
        Path = path;
        Mode = mode;
    }

    /// <summary>The database file (full path), or the in-memory location as given (<see cref="SqliteMemoryDatabases"/>).</summary>
    public string Path { get; }

    public string Location => Path;

    /// <summary>What this connection may do.</summary>
    public StoreAccessMode Mode { get; }

    /// <summary>
    /// Opens the database at <paramref name="path"/>. For writing, a missing file is created and the schema
    /// brought up to date; for reading, nothing is ever written and an older schema is refused with
    /// <see cref="StoreErrorKind.NeedsMigration"/>.
    /// </summary>
    /// <param name="pooled">Reuse connections between opens; a command-line run opens once.</param>
    /// <param name="busyTimeout">How long to wait for another writer's lock; <see cref="BusyPolicy.Timeout"/> when null.</param>
    /// <exception cref="StoreException">The file is not an Orkhon database, is from a newer version, is busy, or cannot be opened.</exception>
    public static SqliteEventStore Open(string path, StoreAccessMode mode = StoreAccessMode.ReadWrite, bool pooled = false, TimeSpan? busyTimeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (SqliteMemoryDatabases.IsMemoryLocation(path))
        {
            return OpenMemory(path, mode, pooled, busyTimeout ?? BusyPolicy.Timeout);
        }

        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new StoreException(StoreErrorKind.Unusable, full, $"{full}: is a directory, not a database file");
        }

        if (mode == StoreAccessMode.ReadOnly && !File.Exists(full))
        {
            throw new StoreException(StoreErrorKind.Unusable, full, $"{full}: no such database");
        }

        if (mode == StoreAccessMode.ReadWrite && System.IO.Path.GetDirectoryName(full) is { Length: > 0 } directory)
        {
            try
            {
                Directory.CreateDirectory(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new StoreException(StoreErrorKind.Unusable, full, $"{full}: cannot create its folder: {e.Message}", e);
            }
        }

        var timeout = busyTimeout ?? BusyPolicy.Timeout;
        try
        {
            return OpenValidated(full, mode, pooled, immutable: false, timeout);
        }
        catch (SqliteException e) when (mode == StoreAccessMode.ReadOnly && e.SqliteErrorCode is SqliteCodes.CantOpen or SqliteCodes.ReadOnly)
        {
            // A WAL database in a folder this user cannot write, with no shared-memory file beside it (no
            // other connection is open), fails with CANTOPEN or READONLY: SQLite can read it only when
            // told the file will not change, which holds while nobody can open it for writing.
            try
            {
                return OpenValidated(full, mode, pooled, immutable: true, timeout);
            }
            catch (SqliteException again)
            {
                throw SqliteCodes.Translate(again, full, timeout) ?? new StoreException(StoreErrorKind.Unusable, full, $"{full}: cannot use the database: {again.Message}", again);
            }
        }
        catch (SqliteException e)
        {
            throw SqliteCodes.Translate(e, full, timeout) ?? new StoreException(StoreErrorKind.Unusable, full, $"{full}: cannot use the database: {e.Message}", e);
        }
    }

    // An in-memory database (SqliteMemoryDatabases): no file to check; for writing, created and kept on first use.
    private static SqliteEventStore OpenMemory(string location, StoreAccessMode mode, bool pooled, TimeSpan timeout)
    {
        try
        {
            if (mode == StoreAccessMode.ReadOnly && !SqliteMemoryDatabases.Exists(location))
            {
                throw new StoreException(StoreErrorKind.Unusable, location, $"{location}: no such in-memory database in this process");
            }

            SqliteMemoryDatabases.KeepAlive(location);
            return OpenValidated(location, mode, pooled, immutable: false, timeout);
        }
        catch (SqliteException e)
        {
            throw SqliteCodes.Translate(e, location, timeout) ?? new StoreException(StoreErrorKind.Unusable, location, $"{location}: cannot use the database: {e.Message}", e);
        }
    }

    private static SqliteEventStore OpenValidated(string full, StoreAccessMode mode, bool pooled, bool immutable, TimeSpan busyTimeout)
    {
        var connection = SqliteConnections.Open(full, mode, pooled, immutable, busyTimeout);
        try
        {
            var store = new SqliteEventStore(connection, full, mode, busyTimeout);
            store.Prepare();
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A store over an already validated file (see <see cref="SqliteDatabase"/>): no checks, no migrations.</summary>
    internal static SqliteEventStore Attach(string full, StoreAccessMode mode, TimeSpan timeout)
    {
        try
        {
            return new SqliteEventStore(SqliteConnections.Open(full, mode, pooled: true, immutable: false, timeout), full, mode, timeout);
        }
        catch (SqliteException e)
        {
            throw SqliteCodes.Translate(e, full, timeout) ?? new StoreException(StoreErrorKind.Unusable, full, $"{full}: cannot use the database: {e.Message}", e);
        }
    }

    public void Dispose() => _connection.Dispose();

    public StoreStatistics GetStatistics() => Guarded(() =>
    {
        using var cmd = Command("""
            SELECT (SELECT count(*) FROM documents),
                   (SELECT count(*) FROM sentences),
                   (SELECT count(*) FROM events),
                   (SELECT count(*) FROM events WHERE origin = 'curated'),
                   (SELECT count(*) FROM events WHERE origin = 'extracted'),
                   (SELECT count(*) FROM events WHERE origin = 'imported'),
                   (SELECT value FROM meta WHERE key = 'kb_version'),
                   (SELECT count(*) FROM plover_events)
            """);
        using var r = cmd.ExecuteReader();
        r.Read();
        return new StoreStatistics(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), SchemaVersion(), r.IsDBNull(6) ? null : r.GetString(6), r.GetInt32(7));
    });

    public string? GetKnowledgeBaseVersion() => Guarded(() =>
    {
        using var cmd = Command("SELECT value FROM meta WHERE key = 'kb_version'");
        return cmd.ExecuteScalar() as string;
    });

    private void Prepare()
    {
        // One statement, so one snapshot: read separately, another process's first migration could commit
        // between the reads and the file would look like someone else's (tables, but no application id yet).
        long applicationId, tables;
        int version;
        using (var first = Command("SELECT (SELECT application_id FROM pragma_application_id()), (SELECT user_version FROM pragma_user_version()), (SELECT count(*) FROM sqlite_schema)"))
        using (var r = first.ExecuteReader())
        {
            r.Read();
            (applicationId, version, tables) = (r.GetInt64(0), r.GetInt32(1), r.GetInt64(2));
        }

        if (applicationId != SqliteSchema.ApplicationId && (applicationId != 0 || tables != 0))
        {
            throw new StoreException(StoreErrorKind.NotOrkhon, Path, $"{Path}: an SQLite database, but not Orkhon's; refusing to touch it (choose another file with --db or ORKHON_DB)");
        }

        SchemaCompatibility.ThrowIfUnusable(version, SqliteSchema.LatestVersion, Path, "file", Mode);
        if (Mode == StoreAccessMode.ReadOnly)
        {
            return;
        }

        // Only now that the file is known to be ours: WAL keeps readers working during an ingest, and a
        // killed writer leaves the last committed state. The setting is stored in the file, so it is only
        // changed once (changing it needs an exclusive lock).
        // A database in memory has no log file: SQLite keeps its journal in memory.
        if (!SqliteMemoryDatabases.IsMemoryLocation(Path) && !string.Equals(Scalar<string>("PRAGMA journal_mode"), "wal", StringComparison.OrdinalIgnoreCase))
        {
            Execute("PRAGMA journal_mode = WAL;");
        }

        Execute("PRAGMA synchronous = NORMAL;");
        while (SchemaVersion() < SqliteSchema.LatestVersion)
        {
            // Re-read under the write lock: another process may have migrated since we looked.
            using var tx = _connection.BeginTransaction(deferred: false);
            var v = (int)Scalar<long>("PRAGMA user_version", tx);
            if (v < SqliteSchema.LatestVersion)
            {
                Execute(SqliteSchema.Migrations[v], tx);
                Execute($"PRAGMA application_id = {SqliteSchema.ApplicationId}; PRAGMA user_version = {v + 1};", tx);
            }

            tx.Commit();
        }
    }

    /// <summary>Runs one of the reads both stores share (<see cref="StoredRows"/>, <see cref="EventQuerySql"/>, <see cref="DyadCountSql"/>) with a command of this store's connection.</summary>
    private T ReadShared<T>(Func<DbCommand, T> read) => Guarded(() =>
    {
        using var cmd = Command("");
        return read(cmd);
    });

    /// <summary>Runs a store operation, turning the SQLite failures a user can cause into <see cref="StoreException"/>s.</summary>
    private T Guarded<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (SqliteException e) when (SqliteCodes.Translate(e, Path, _busyTimeout) is { } translated)
        {
            throw translated;
        }
    }

    private int SchemaVersion() => (int)Scalar<long>("PRAGMA user_version");

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx ?? _transaction;
        return cmd;
    }

    private void Execute(string sql, SqliteTransaction? tx = null)
    {
        using var cmd = Command(sql, tx);
        cmd.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql, SqliteTransaction? tx = null)
    {
        using var cmd = Command(sql, tx);
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }
}
