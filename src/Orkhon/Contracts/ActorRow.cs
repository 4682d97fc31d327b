namespace Orkhon.Contracts;

/// <summary>
/// One actor of <c>actors</c>: code, kind and name; for states the ISO alpha-2 and UN M49 codes, region and
/// subregion (UN M49 names); how many stored events it takes part in, and their first and last dates.
/// </summary>
public sealed record ActorRow(string Code, string Kind, string Name, string? Iso2, string? M49, string? Region, string? Subregion, int Events, string? First, string? Last);
