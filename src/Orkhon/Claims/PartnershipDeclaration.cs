using Orkhon.Domain;

namespace Orkhon.Claims;

/// <summary>One row of <c>data/claims/partnerships.tsv</c>: two countries declared a partnership of a level on a date.</summary>
public sealed record PartnershipDeclaration(string Country, string Partner, string Level, FuzzyDate Date, string Event, string SourceUrl, int Line)
{
    public bool Concerns(string a, string b) => (Country == a && Partner == b) || (Country == b && Partner == a);
}
