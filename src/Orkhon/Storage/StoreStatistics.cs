namespace Orkhon.Storage;

/// <summary>Counts describing a store's content.</summary>
public sealed record StoreStatistics(int Documents, int Sentences, int Events, int CuratedEvents, int ExtractedEvents, int ImportedEvents, int SchemaVersion, string? KnowledgeBaseVersion);
