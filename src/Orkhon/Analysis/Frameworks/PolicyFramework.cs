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
