using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Orkhon.Storage;

public sealed partial class SqliteEventStore
{
    /// <summary>
    /// One prepared INSERT of <c>rows</c> rows into a staging table, bound by position through SQLite's own
    /// API. Microsoft.Data.Sqlite binds every parameter by name on every execution (a linear search of the
    /// statement's names), which for a statement of hundreds of parameters cost more than the insert itself.
    /// Runs on the store's connection, so inside its open transaction.
    /// </summary>
    private sealed class StagingInsert : IDisposable
    {
        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _stmt;

        public StagingInsert(SqliteEventStore store, string table, string columns, int width, int rows)
        {
            _db = store._connection.Handle!;
            var row = "(" + string.Join(", ", Enumerable.Repeat("?", width)) + ")";
            var sql = $"INSERT INTO temp.{table} ({columns}) VALUES " + string.Join(", ", Enumerable.Repeat(row, rows));
            Check(raw.sqlite3_prepare_v2(_db, sql, out _stmt));
        }

        /// <summary>Binds the <paramref name="index"/>-th value (from 0) of the statement.</summary>
        public void Bind(int index, string? value) =>
            Check(value is null ? raw.sqlite3_bind_null(_stmt, index + 1) : raw.sqlite3_bind_text(_stmt, index + 1, value));

        public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_stmt, index + 1, value));

        public void Bind(int index, double value) => Check(raw.sqlite3_bind_double(_stmt, index + 1, value));

        public void Run()
        {
            var rc = raw.sqlite3_step(_stmt);
            raw.sqlite3_reset(_stmt);
            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }
        }

        public void Dispose() => _stmt.Dispose();

        private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _db);
    }
}
