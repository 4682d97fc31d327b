namespace Orkhon.Claims;

/// <summary>One row of <c>data/claims/levels.tsv</c>: a partnership level and the levels a claim may name while it holds.</summary>
public sealed record PartnershipLevel(string Id, string Name, IReadOnlyList<string> Implies)
{
    /// <summary>True when a claim naming <paramref name="claimed"/> agrees with this level.</summary>
    public bool Satisfies(string claimed) => Id == claimed || Implies.Contains(claimed, StringComparer.Ordinal);
}
