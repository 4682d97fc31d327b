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
public static class ImportMerge
{
    public static (Event Event, bool Merged) Resolve(IEventLookup store, Event imported)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(imported);
        if (imported.Date is not { } date)
        {
            return (imported, false);
        }

        var candidates = store.QueryEvents(new EventQuery
        {
            Actor = imported.Source.Code,
            Partner = imported.Target.Code,
            From = date,
            To = date,
            CodePrefix = imported.Cameo.Root.Value,
            WithEvidences = false,
        });
        Event? known = null;
        foreach (var k in candidates)
        {
            if (k.Id == imported.Id)
            {
                return (imported, false);
            }

            if (known is null && k.Origin != EventOrigin.Imported && EventMerger.IsSameEvent(k, imported))
            {
                known = k;
            }
        }

        return known is null ? (imported, false) : (known with { Evidences = imported.Evidences }, true);
    }
}
