namespace Orkhon.Storage;

/// <summary>Why a database file could not be used.</summary>
public enum StoreErrorKind
{
    /// <summary>The file is not an SQLite database at all.</summary>
    NotADatabase,

    /// <summary>An SQLite database created by another program.</summary>
    NotOrkhon,

    /// <summary>Created by a newer Orkhon whose schema this build does not know.</summary>
    NewerSchema,

    /// <summary>The file could not be opened or written (permissions, a directory, a damaged file).</summary>
    Unusable,

    /// <summary>Another connection held the write lock for longer than the busy timeout; nothing was written.</summary>
    Busy,

    /// <summary>A write was needed but the file (or its folder) is read-only; nothing was written.</summary>
    ReadOnly,

    /// <summary>Opened for reading only, but the schema is older than this build's and must first be migrated by a writer.</summary>
    NeedsMigration,

    /// <summary>A query the caller wrote (a full-text search) is not valid; the message says why.</summary>
    InvalidQuery,
}
