using Orkhon.Domain;

namespace Orkhon.Claims;

/// <summary>One row of <c>data/claims/statuses.tsv</c>: a country's standing in an organisation from one date (until another).</summary>
/// <param name="Status"><c>member</c>, <c>observer</c> or <c>partner</c>.</param>
/// <param name="From">When it began; an interval when sources disagree.</param>
public sealed record OrganisationStatus(string Country, string Organisation, string Status, FuzzyDate From, FuzzyDate? Until, string? Event, string SourceUrl, int Line)
{
    /// <summary>Whether the status held on <paramref name="day"/>.</summary>
    public bool HoldsOn(DateOnly day) => From.Earliest <= day && (Until is not { } until || day < until.Earliest);
}
