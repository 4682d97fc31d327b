using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// Everything the product keeps: documents with their sentences, and events with their evidences.
/// Narrow on purpose, so another backend (PostgreSQL) can implement it without touching callers.
/// Every write is one transaction: it happens whole or not at all.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>
    /// Stores a document, its sentences and the events found in it (new ones, or known ones with added
    /// evidence) in one transaction; a document already stored (same content id) is left as it is.
    /// </summary>
    IngestOutcome AddDocument(Document document, IReadOnlyList<Sentence> sentences, IReadOnlyList<Event>? events = null);

    /// <summary>True when a document with this content id is stored.</summary>
    bool HasDocument(string id);

    /// <summary>Makes the store's curated events equal to <paramref name="events"/> (added, updated, removed), unless it already holds this <paramref name="version"/>.</summary>
    SyncOutcome SyncCuratedEvents(IReadOnlyList<Event> events, string version);

    /// <summary>Inserts or replaces events (by id) and adds their evidences, in one transaction.</summary>
    void UpsertEvents(IReadOnlyList<Event> events);

    IReadOnlyList<Event> QueryEvents(EventQuery query);

    Event? GetEvent(string id);

    Document? GetDocument(string id);

    IReadOnlyList<Sentence> GetSentences(string documentId);

    /// <summary>Full-text search over stored sentences (SQLite FTS5 query syntax).</summary>
    IReadOnlyList<SentenceHit> SearchSentences(string query, int limit);

    /// <summary>Per-actor event counts, over every actor code that occurs in an event.</summary>
    IReadOnlyList<ActorActivity> GetActorActivity();

    StoreStatistics GetStatistics();

    /// <summary>The knowledge-base version the curated events were last synchronised to, or null before the first load.</summary>
    string? GetKnowledgeBaseVersion();
}
