using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// Everything the product keeps: documents with their sentences, and events with their evidences.
/// Narrow on purpose, so another backend (PostgreSQL) can implement it without touching callers.
/// Every write is one transaction: it happens whole or not at all.
/// </summary>
public interface IEventStore : IEventLookup, IDisposable
{
    /// <summary>Where the store lives, for people: a file path, or a server address without credentials.</summary>
    string Location { get; }

    /// <summary>
    /// Stores a document, its sentences and the events found in it (new ones, or known ones with added
    /// evidence) in one transaction; a document already stored (same content id) is left as it is.
    /// </summary>
    IngestOutcome AddDocument(Document document, IReadOnlyList<Sentence> sentences, IReadOnlyList<Event>? events = null);

    /// <summary>
    /// Stores a document and its sentences with the events <paramref name="resolveEvents"/> returns, where
    /// <paramref name="resolveEvents"/> runs inside the same write transaction, after the store has taken its
    /// write lock and found the document absent: every lookup it makes sees all committed writes and no other
    /// writer (in this process or another) can commit between its reads and this insert. That is what keeps
    /// concurrent ingests of one real event from storing it twice. A backend that retries a transaction may
    /// call <paramref name="resolveEvents"/> more than once, so it must only read through the lookup it is given.
    /// </summary>
    /// <returns>Added with the events written, or AlreadyPresent (the callback is then never called) with none.</returns>
    (IngestOutcome Outcome, IReadOnlyList<Event> Events) AddDocument(Document document, IReadOnlyList<Sentence> sentences, Func<IEventLookup, IReadOnlyList<Event>> resolveEvents);

    /// <summary>True when a document with this content id is stored.</summary>
    bool HasDocument(string id);

    /// <summary>Makes the store's curated events equal to <paramref name="events"/> (added, updated, removed), unless it already holds this <paramref name="version"/>.</summary>
    SyncOutcome SyncCuratedEvents(IReadOnlyList<Event> events, string version);

    /// <summary>Inserts or replaces events (by id) and adds their evidences, in one transaction.</summary>
    void UpsertEvents(IReadOnlyList<Event> events);

    /// <summary>
    /// Runs <paramref name="import"/> in one write transaction and commits what it wrote when it returns true;
    /// when it returns false (or throws) nothing it wrote is kept. The batch reads through the same
    /// transaction, so merging an imported event with a stored one sees every committed write and the
    /// batch's own. Used by file imports: a file commits whole or not at all.
    /// </summary>
    /// <returns>Whether the batch was committed.</returns>
    bool ImportEvents(Func<IImportBatch, bool> import);

    Event? GetEvent(string id);

    Document? GetDocument(string id);

    IReadOnlyList<Sentence> GetSentences(string documentId);

    /// <summary>Full-text search over stored sentences (SQLite FTS5 query syntax).</summary>
    IReadOnlyList<SentenceHit> SearchSentences(string query, int limit);

    /// <summary>Per-actor event counts, over every actor code that occurs in an event.</summary>
    IReadOnlyList<ActorActivity> GetActorActivity();

    StoreStatistics GetStatistics();

    /// <summary>
    /// The events <paramref name="query"/> selects, counted by dyad, date (at its own precision), CAMEO code,
    /// kind and roles: what the analyses (balance, pivot, tone, reciprocity) read instead of the events, so
    /// their cost follows the number of distinct groups, not of events. Kept in the transaction of every
    /// write, so the counts always equal a count over the stored events. Rows come in no particular order.
    /// </summary>
    IReadOnlyList<DyadDayCount> GetDyadDayCounts(DyadCountQuery query);

    /// <summary>
    /// The same events as <see cref="GetDyadDayCounts"/>, counted by dyad, year (a span and an undated event
    /// keep their own date), the code's meaning to the analyses, kind and roles, with their Goldstein values
    /// summed: exact for every request whose date boundaries fall on years (docs/storage.md, "Dyad-year
    /// counts"). Kept in the transaction of every write. Rows come in no particular order.
    /// </summary>
    IReadOnlyList<DyadYearCount> GetDyadYearCounts(DyadCountQuery query);

    /// <summary>
    /// The imported PLOVER records with no one CAMEO code that <paramref name="query"/> selects (its actor, partner,
    /// direction and date filters; a CAMEO code filter or an origin other than imported selects none), in the
    /// events' order. They are not events: no analysis counts them.
    /// </summary>
    IReadOnlyList<PloverEvent> QueryPloverEvents(EventQuery query);

    /// <summary>How many PLOVER records <paramref name="query"/> selects, ignoring its limit and offset.</summary>
    int CountPloverEvents(EventQuery query);

    /// <summary>How many events <paramref name="query"/> selects, ignoring its limit and offset: the total a paged listing reports.</summary>
    int CountEvents(EventQuery query);

    /// <summary>The knowledge-base version the curated events were last synchronised to, or null before the first load.</summary>
    string? GetKnowledgeBaseVersion();
}
