namespace Orkhon.Analysis;

/// <summary>Engagement of a country in one period, by pillar and by partner, with its balance indices.</summary>
/// <param name="PillarEntropy">Normalised Shannon entropy over the framework's pillars (null when undefined).</param>
/// <param name="NeighbourDependence">Share of the neighbours pillar, or of the framework's named neighbours (Russia + China for Mongolia and Kazakhstan).</param>
/// <param name="NeighbourTilt">(first − second) / (first + second) over the neighbours pillar's two named members: +1 all Russia, −1 all China.</param>
public sealed record PeriodBalance(
    Period Period,
    int Total,
    double WeightedTotal,
    IReadOnlyList<PillarShare> Pillars,
    IReadOnlyList<PillarShare> Partners,
    double? PillarEntropy,
    double? PillarHhi,
    double? PartnerEntropy,
    double? PartnerHhi,
    double? NeighbourDependence,
    double? NeighbourTilt);
