namespace Orkhon.Analysis;

/// <summary>
/// A pillar's (or partner's) part of a country's engagement in one period: raw count, significance-weighted
/// sum, and both as shares of the country's total in the period — the normalisation that keeps news volume
/// from passing for engagement.
/// </summary>
/// <param name="EventIds">The events counted when computed from events; empty when computed from the store's counts.</param>
public sealed record PillarShare(string Id, int Count, double Weighted, double Share, double WeightedShare, IReadOnlyList<string> EventIds);
