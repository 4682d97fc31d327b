using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Orkhon.Storage;

/// <summary>How every connection to an Orkhon file is opened: access mode, pooling and the busy policy.</summary>
internal static class SqliteConnections
{
    public static SqliteConnection Open(string fullPath, StoreAccessMode mode, bool pooled, bool immutable, TimeSpan timeout)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = immutable ? ImmutableUri(fullPath) : fullPath,
            Mode = mode == StoreAccessMode.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
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
            cmd.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)timeout.TotalMilliseconds}; PRAGMA cache_size = -32768;");
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
