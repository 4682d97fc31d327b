using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// One import's view of the store inside its write transaction: it reads what is committed plus what it
/// has written so far, and writes events one at a time, so a file of any size streams through without
/// being held in memory. Nothing is visible to other connections until the batch commits.
/// </summary>
public interface IImportBatch : IEventLookup
{
    /// <summary>The stored event with this id, as the batch sees it (its own writes included), or null.</summary>
    Event? GetEvent(string id);

    /// <summary>
    /// The source, target and CAMEO root of every dated curated or extracted event, repeats allowed: the
    /// only pairs and roots an imported row can merge into (<see cref="Exchange.ImportMerge"/>). Read once
    /// per file, so a backend should answer it from an index of those events, not by reading every event.
    /// </summary>
    IEnumerable<(string Source, string Target, CameoCode Root)> MergeTargets();

    /// <summary>
    /// What a merge of the dataset row <paramref name="id"/> needs from <see cref="IEventLookup.QueryEvents"/>'s
    /// answer to <paramref name="query"/>: whether the row's own stored event is in it (a re-import), and
    /// otherwise its curated and extracted events in the listing's order (imported events never take a row in).
    /// A backend should answer without reading the imported events of the pair: in a large archive they are
    /// nearly all of its events, and a re-import would read them again for every row of the pair.
    /// </summary>
    MergeCandidates MergeCandidatesFor(EventQuery query, string id)
    {
        ArgumentNullException.ThrowIfNull(query);
        return MergeCandidates.Among(QueryEvents(query), id);
    }

    /// <summary>Inserts or replaces the event (by id) and adds its evidences, as <see cref="IEventStore.UpsertEvents"/> does.</summary>
    void Write(Event e);

    /// <summary>Inserts or replaces (by id) an imported PLOVER record that has no one CAMEO code.</summary>
    void WritePlover(PloverEvent e);
}
