namespace Orkhon.Analysis.Corridors;

/// <summary>A railway, road, corridor, freight route or border crossing from <c>data/corridors/routes.tsv</c>; <see cref="Path"/> is the ordered list of countries it crosses.</summary>
public sealed record TransportRoute(string Id, string Name, string Kind, IReadOnlyList<string> Path, string Status, string? Since, string SourceUrl, string? Note);
