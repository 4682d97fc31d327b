using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Storage;

namespace Orkhon.Exchange;

/// <summary>
/// Where an imported event goes: onto itself when the row was imported before (same dataset id), into a
/// curated or extracted event it tells again (by <see cref="EventMerger"/>'s rule, the one ingest uses),
/// which gains the row's source and keeps its own id, coding and origin — an import never overwrites a
/// curated fact — or in as a new imported event. Rows of datasets are not merged with each other: each keeps
/// its dataset id, so a re-import finds it and an export gives it back.
/// </summary>
/// <remarks>
/// Only curated and extracted events take rows in, and an import writes neither kind, so the pairs of
/// actors and CAMEO roots that hold any are known before the first row (<see cref="Prepare"/>) and stay
/// true until the file commits. A row of any other pair and root goes in as it is with no lookup: in a
/// dataset file nearly every row, which keeps the import's cost per row flat however large the store.
/// </remarks>
public sealed class ImportMerge
{
    private readonly HashSet<(string, string, string)> _candidatePairs;

    private ImportMerge(HashSet<(string, string, string)> candidatePairs) => _candidatePairs = candidatePairs;

    /// <summary>Reads which pairs and roots have events a row could merge into, through <paramref name="batch"/> (the import's own transaction).</summary>
    public static ImportMerge Prepare(IImportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var pairs = new HashSet<(string, string, string)>();
        foreach (var (source, target, root) in batch.MergeTargets())
        {
            pairs.Add(Key(source, target, root.Value));
        }

        return new ImportMerge(pairs);
    }

    public (Event Event, bool Merged) Resolve(IImportBatch store, Event imported)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(imported);
        if (imported.Date is not { } date || !_candidatePairs.Contains(Key(imported.Source.Code, imported.Target.Code, imported.Cameo.Root.Value)))
        {
            return (imported, false);
        }

        // The row's own stored event among the pair's events of the day means it was imported before: it goes
        // onto itself. Otherwise the first curated or extracted event that tells the same event takes it in.
        var found = store.MergeCandidatesFor(new EventQuery
        {
            Actor = imported.Source.Code,
            Partner = imported.Target.Code,
            From = date,
            To = date,
            CodePrefix = imported.Cameo.Root.Value,
            WithEvidences = false,
        }, imported.Id);
        if (found.OwnEventFound)
        {
            return (imported, false);
        }

        var known = found.Events.FirstOrDefault(k => k.Origin != EventOrigin.Imported && EventMerger.IsSameEvent(k, imported));
        return known is null ? (imported, false) : (known with { Evidences = imported.Evidences }, true);
    }

    // Either direction: the lookup matches the pair both ways, as ingest's merge does.
    private static (string, string, string) Key(string a, string b, string root) =>
        string.CompareOrdinal(a, b) <= 0 ? (a, b, root) : (b, a, root);
}
