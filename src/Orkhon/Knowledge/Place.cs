namespace Orkhon.Knowledge;

/// <summary>
/// A sub-national place (state, province, region: ISO 3166-2) or a large city that is not a capital, with the state
/// it lies in. A place locates an event or receives it; it never acts.
/// </summary>
public sealed record Place(string Name, string Country, string Kind, string? IsoCode, string SourceUrl);
