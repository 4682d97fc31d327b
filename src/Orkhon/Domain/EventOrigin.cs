namespace Orkhon.Domain;

/// <summary>Where an event came from. Serialised in lower case.</summary>
public enum EventOrigin
{
    /// <summary>From the curated knowledge base shipped with the product.</summary>
    Curated,

    /// <summary>Found by the extractor in a document's text.</summary>
    Extracted,

    /// <summary>Read from another coder's output (GDELT, PLOVER/POLECAT…).</summary>
    Imported,
}
