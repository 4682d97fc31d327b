using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Orkhon.Storage;

/// <summary>
/// The <see cref="IEventStore"/> on one SQLite file. Opening a file checks that it is Orkhon's and
/// not from a newer version, then applies any pending forward migrations, each in its own transaction.
/// </summary>
public sealed partial class SqliteEventStore : IEventStore
{
    private static readonly byte[] s_sqliteHeader = "SQLite format 3\0"u8.ToArray();
    private readonly SqliteConnection _connection;

    static SqliteEventStore() => SQLitePCL.Batteries_V2.Init();

    private SqliteEventStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating when absent) the database at <paramref name="path"/> and brings its schema up to date.</summary>
    /// <param name="pooled">Reuse connections between opens (a server opening one store per request); a command-line run opens once.</param>
    /// <exception cref="StoreException">The file is not an Orkhon database, is from a newer version, or cannot be opened.</exception>
    public static SqliteEventStore Open(string path, bool pooled = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        CheckFileHeader(full);
        var directory = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = pooled,
            ForeignKeys = true,
        }.ToString());
        try
        {
            connection.Open();
            var store = new SqliteEventStore(connection, full);
            store.Prepare();
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw e.SqliteErrorCode == 26 // SQLITE_NOTADB
                ? new StoreException(StoreErrorKind.NotADatabase, full, $"{full}: not an SQLite database (is the path right?)", e)
                : new StoreException(StoreErrorKind.Unusable, full, $"{full}: cannot use the database: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose() => _connection.Dispose();

    public StoreStatistics GetStatistics()
    {
        using var cmd = Command("""
            SELECT (SELECT count(*) FROM documents),
                   (SELECT count(*) FROM sentences),
                   (SELECT count(*) FROM events),
                   (SELECT count(*) FROM events WHERE origin = 'curated'),
                   (SELECT count(*) FROM events WHERE origin = 'extracted'),
                   (SELECT count(*) FROM events WHERE origin = 'imported'),
                   (SELECT value FROM meta WHERE key = 'kb_version')
            """);
        using var r = cmd.ExecuteReader();
        r.Read();
        return new StoreStatistics(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), SchemaVersion(), r.IsDBNull(6) ? null : r.GetString(6));
    }

    // A file that exists but does not start with SQLite's magic is refused before SQLite sees it:
    // SQLite would otherwise report "file is not a database" only on first query, or, for an empty
    // file, silently adopt it (which is fine: an empty file becomes a new database).
    private static void CheckFileHeader(string path)
    {
        if (Directory.Exists(path))
        {
            throw new StoreException(StoreErrorKind.Unusable, path, $"{path}: is a directory, not a database file");
        }

        if (!File.Exists(path))
        {
            return;
        }

        Span<byte> header = stackalloc byte[16];
        int read;
        try
        {
            using var stream = File.OpenRead(path);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(StoreErrorKind.Unusable, path, $"{path}: cannot read the database: {e.Message}", e);
        }

        if (read > 0 && (read < header.Length || !header.SequenceEqual(s_sqliteHeader)))
        {
            throw new StoreException(StoreErrorKind.NotADatabase, path, $"{path}: not an SQLite database (is the path right?)");
        }
    }

    private void Prepare()
    {
        Execute("PRAGMA busy_timeout = 5000;");
        var applicationId = Scalar<long>("PRAGMA application_id");
        var version = SchemaVersion();
        if (applicationId != SqliteSchema.ApplicationId)
        {
            var tables = Scalar<long>("SELECT count(*) FROM sqlite_schema");
            if (applicationId != 0 || tables != 0)
            {
                throw new StoreException(StoreErrorKind.NotOrkhon, Path, $"{Path}: an SQLite database, but not Orkhon's; refusing to touch it (choose another file with --db or ORKHON_DB)");
            }
        }

        if (version > SqliteSchema.LatestVersion)
        {
            throw new StoreException(StoreErrorKind.NewerSchema, Path,
                $"{Path}: created by a newer Orkhon (schema version {version}; this build knows up to {SqliteSchema.LatestVersion}); upgrade Orkhon or use another file");
        }

        // Only now that the file is known to be ours: WAL keeps readers working during an ingest, and a
        // killed writer leaves the last committed state. The setting is stored in the file.
        Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        for (var v = version; v < SqliteSchema.LatestVersion; v++)
        {
            using var tx = _connection.BeginTransaction();
            Execute(SqliteSchema.Migrations[v], tx);
            Execute($"PRAGMA application_id = {SqliteSchema.ApplicationId}; PRAGMA user_version = {v + 1};", tx);
            tx.Commit();
        }
    }

    private int SchemaVersion() => (int)Scalar<long>("PRAGMA user_version");

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
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
