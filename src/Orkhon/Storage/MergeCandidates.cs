using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// A dataset row's merge lookup (<see cref="IImportBatch.MergeCandidatesFor"/>): <see cref="OwnEventFound"/> when
/// the row's own stored event answers the query (the row was imported before, and goes onto itself), else the
/// curated and extracted events it could merge into, in listing order.
/// </summary>
public sealed record MergeCandidates(bool OwnEventFound, IReadOnlyList<Event> Events)
{
    /// <summary>The lookup's answer taken from <paramref name="found"/>, the whole answer of the query (every origin).</summary>
    public static MergeCandidates Among(IReadOnlyList<Event> found, string id)
    {
        ArgumentNullException.ThrowIfNull(found);
        return found.Any(e => e.Id == id)
            ? new MergeCandidates(true, [])
            : new MergeCandidates(false, [.. found.Where(e => e.Origin != EventOrigin.Imported)]);
    }
}
