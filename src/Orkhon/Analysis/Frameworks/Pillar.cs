using System.Collections.Frozen;
using Orkhon.Domain;

namespace Orkhon.Analysis.Frameworks;

/// <summary>
/// One priority direction of a foreign-policy framework ("third neighbours", "Central Asia"), with the
/// partners it covers resolved to actor codes and, optionally, the dates it applies.
/// </summary>
/// <param name="Listed">The codes the file names explicitly, in its order (used for the Russia–China tilt of a two-member pillar).</param>
public sealed record Pillar(string Id, string Name, string? Note, string? SourceUrl, FrozenSet<string> Members, IReadOnlyList<string> Listed, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    /// <summary>True when the pillar covers <paramref name="partner"/> at <paramref name="date"/> (an undated event counts at any date).</summary>
    public bool Covers(string partner, FuzzyDate? date) =>
        Members.Contains(partner)
        && (date is null || ((ValidFrom is null || date.Value.Latest >= ValidFrom) && (ValidTo is null || date.Value.Earliest <= ValidTo)));
}
