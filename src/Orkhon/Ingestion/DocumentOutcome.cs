namespace Orkhon.Ingestion;

/// <summary>What an ingest did with one document.</summary>
public enum DocumentOutcome
{
    /// <summary>Stored now, with its sentences and events.</summary>
    Added,

    /// <summary>The same text was stored before; nothing changed.</summary>
    AlreadyPresent,

    /// <summary>Unreadable, or its processing failed; nothing of it was stored.</summary>
    Failed,
}
