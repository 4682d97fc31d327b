namespace Orkhon.Knowledge;

/// <summary>An international organisation or group from <c>data/reference/organisations.tsv</c>.</summary>
/// <param name="Members">Member states (alpha-3) where membership is stable and recorded; empty when not recorded.</param>
public sealed record Organisation(
    string Code,
    string Name,
    IReadOnlyList<string> AltNames,
    string Kind,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> Observers,
    string? Founded,
    string? SourceUrl);
