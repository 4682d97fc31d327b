namespace Orkhon.Claims;

/// <summary>What one knowledge-base slice can say about visits (<c>data/claims/coverage.tsv</c>).</summary>
/// <param name="Country">The slice's country.</param>
/// <param name="From">The first year the slice records visits for.</param>
/// <param name="Full">Whether the slice holds every visit (so the absence of an earlier one makes a visit the first), or only a selection.</param>
public sealed record VisitCoverage(string Country, int From, bool Full);
