using Microsoft.Data.Sqlite;

namespace Orkhon.Storage;

/// <summary>SQLite's primary result codes that a user can cause, and the message each one deserves.</summary>
internal static class SqliteCodes
{
    public const int Error = 1;
    public const int Busy = 5;
    public const int Locked = 6;
    public const int ReadOnly = 8;
    public const int IoError = 10;
    public const int Corrupt = 11;
    public const int Full = 13;
    public const int CantOpen = 14;
    public const int NotADatabase = 26;

    /// <summary>The store's own exception for an expected failure, or null for a bug (a constraint, a bad statement).</summary>
    public static StoreException? Translate(SqliteException e, string path, TimeSpan busyTimeout) => e.SqliteErrorCode switch
    {
        Busy or Locked => new StoreException(StoreErrorKind.Busy, path,
            $"{path}: the database is busy: another program held its write lock for more than {busyTimeout.TotalSeconds:0.#} s; nothing of this operation was written (try again, or set {BusyPolicy.EnvironmentVariable} to wait longer)", e),
        ReadOnly => new StoreException(StoreErrorKind.ReadOnly, path,
            $"{path}: the database is read-only (file or folder permissions, or a read-only file system); nothing was written", e),
        NotADatabase => new StoreException(StoreErrorKind.NotADatabase, path, $"{path}: not an SQLite database (is the path right?)", e),
        Corrupt => new StoreException(StoreErrorKind.Unusable, path, $"{path}: the database file is damaged ({e.Message})", e),
        Full => new StoreException(StoreErrorKind.Unusable, path, $"{path}: the disk is full; nothing of this operation was written", e),
        IoError or CantOpen => new StoreException(StoreErrorKind.Unusable, path, $"{path}: cannot use the database: {e.Message}", e),
        _ => null,
    };
}
