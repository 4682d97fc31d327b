using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Orkhon.Storage;

/// <summary>How every connection to an Orkhon file (or in-memory database) is opened: access mode, pooling and the busy policy.</summary>
internal static class SqliteConnections
{
    public static SqliteConnection Open(string fullPath, StoreAccessMode mode, bool pooled, bool immutable, TimeSpan timeout)
    {
        // An in-memory database is opened read-write whatever the mode (SQLite's memory URI clears the open
        // mode) and a reader is made one with query_only below: SQLite refuses its writes as read-only.
        var memory = SqliteMemoryDatabases.IsMemoryLocation(fullPath);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = memory ? SqliteMemoryDatabases.DataSource(fullPath) : immutable ? ImmutableUri(fullPath) : fullPath,
            Mode = mode == StoreAccessMode.ReadOnly && !memory ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = pooled,
            ForeignKeys = true,
            // Microsoft.Data.Sqlite retries a busy statement until this many seconds have passed.
            DefaultTimeout = (int)Math.Ceiling(timeout.TotalSeconds),
        }.ToString());
        try
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            // SQLite's own busy handler waits inside each statement, so a writer queues behind another
            // writer (the server, a second CLI) instead of failing at once. A 32 MiB page cache (the
            // default is 2 MiB) keeps the indexes' upper pages in memory as the store grows.
            cmd.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)timeout.TotalMilliseconds}; PRAGMA cache_size = -32768;")
                + (memory && mode == StoreAccessMode.ReadOnly ? " PRAGMA query_only = 1;" : "");
            cmd.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static string ImmutableUri(string fullPath) => new UriBuilder { Scheme = "file", Host = "", Path = fullPath, Query = "immutable=1" }.Uri.AbsoluteUri;
}
