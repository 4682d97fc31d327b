namespace Orkhon.Storage;

/// <summary>The database file cannot be used; the message names the file and what to do.</summary>
public sealed class StoreException(StoreErrorKind kind, string path, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public StoreErrorKind Kind { get; } = kind;

    public string Path { get; } = path;
}
