namespace Orkhon.Storage;

/// <summary>What a connection to the store may do.</summary>
public enum StoreAccessMode
{
    /// <summary>Read and write; opening creates a missing file and migrates an older schema.</summary>
    ReadWrite,

    /// <summary>
    /// Read only: opening never writes, never takes a write lock and never migrates, so a read-only file or
    /// folder can be queried and a reader never waits for (or blocks) a writer.
    /// </summary>
    ReadOnly,
}
