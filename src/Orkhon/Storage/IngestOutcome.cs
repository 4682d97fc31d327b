namespace Orkhon.Storage;

/// <summary>What storing a document did.</summary>
public enum IngestOutcome
{
    Added,

    /// <summary>The same text was stored before; nothing changed.</summary>
    AlreadyPresent,
}
