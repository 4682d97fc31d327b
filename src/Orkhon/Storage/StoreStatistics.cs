namespace Orkhon.Storage;

/// <summary>Counts describing a store's content.</summary>
/// <param name="PloverEvents">Imported PLOVER records with no one CAMEO code: kept beside the events, not among them (not in <paramref name="Events"/>).</param>
public sealed record StoreStatistics(int Documents, int Sentences, int Events, int CuratedEvents, int ExtractedEvents, int ImportedEvents, int SchemaVersion, string? KnowledgeBaseVersion, int PloverEvents);
