namespace Orkhon.Knowledge;

/// <summary>A state or territory from <c>data/reference/countries.tsv</c>.</summary>
/// <param name="Code">ISO 3166-1 alpha-3.</param>
/// <param name="M49">UN M49 numeric code, when the UN assigns one.</param>
/// <param name="Status"><c>member</c>, <c>observer</c>, <c>territory</c>, <c>historical</c> or <c>other</c>.</param>
public sealed record Country(
    string Code,
    string Iso2,
    string? M49,
    string Name,
    string OfficialName,
    IReadOnlyList<string> AltNames,
    IReadOnlyList<string> Adjectives,
    IReadOnlyList<string> Demonyms,
    string? Capital,
    IReadOnlyList<string> CapitalAlts,
    string Region,
    string Subregion,
    string Status);
