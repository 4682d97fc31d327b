using Microsoft.Data.Sqlite;

namespace Orkhon.Tests.Storage;

/// <summary>Another connection (as another process would be) holding SQLite's write lock on a database until disposed.</summary>
internal static class WriteLock
{
    public static SqliteConnection Hold(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "BEGIN IMMEDIATE; INSERT INTO meta (key, value) VALUES ('lock-holder', 'test');";
        cmd.ExecuteNonQuery();
        return connection;
    }
}
