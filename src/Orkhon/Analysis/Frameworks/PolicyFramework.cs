using Orkhon.Domain;

namespace Orkhon.Analysis.Frameworks;

/// <summary>
/// A country's declared foreign-policy directions as data (<c>data/frameworks/*.yaml</c>): named pillars
/// with their partners, a priority order for partners two pillars would claim, the period the framework
/// describes and the document it comes from.
/// </summary>
public sealed record PolicyFramework(
    string Id,
    string Country,
    string Title,
    string? Document,
    DateOnly? Adopted,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string SourceUrl,
    IReadOnlyList<Pillar> Pillars)
{
    /// <summary>Whether an adopted document or an analyst states these pillars (<c>provenance</c> in the file).</summary>
    public FrameworkProvenance Provenance { get; init; }

    /// <summary>One sentence on the provenance: what was read, what is the project's own (<c>provenance_note</c>).</summary>
    public string? ProvenanceNote { get; init; }

    /// <summary>
    /// The partners whose share is "neighbour dependence" and whose first two give the tilt (<c>neighbours</c>
    /// in the file), for frameworks that list the neighbours as separate pillars (Kazakhstan's Russia and
    /// China). Null: the pillar <c>neighbours</c> and its first two named members are used.
    /// </summary>
    public IReadOnlyList<string>? NeighbourCodes { get; init; }

    /// <summary>The id reported for partners no pillar covers.</summary>
    public const string Unassigned = "other";

    /// <summary>The pillar a partner belongs to for an event at <paramref name="date"/>: the first in priority order that covers it, else <see cref="Unassigned"/>.</summary>
    public string PillarOf(string partner, FuzzyDate? date = null)
    {
        foreach (var pillar in Pillars)
        {
            if (pillar.Covers(partner, date))
            {
                return pillar.Id;
            }
        }

        return Unassigned;
    }

    /// <summary>Pillar ids in priority order, then <see cref="Unassigned"/>.</summary>
    public IReadOnlyList<string> PillarIds => [.. Pillars.Select(p => p.Id), Unassigned];
}
