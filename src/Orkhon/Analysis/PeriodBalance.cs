namespace Orkhon.Analysis;

/// <summary>Engagement of a country in one period, by pillar and by partner, with its balance indices.</summary>
/// <param name="PillarEntropy">Normalised Shannon entropy over the framework's pillars (null when undefined).</param>
/// <param name="NeighbourDependence">Share of the neighbours pillar, or of the framework's named neighbours (Russia + China for Mongolia and Kazakhstan).</param>
/// <param name="NeighbourTilt">(first − second) / (first + second) over the neighbours pillar's two named members: +1 all Russia, −1 all China.</param>
/// <param name="TiltFirst">Events with the neighbours pillar's first named member (the tilt's sample, with <paramref name="TiltSecond"/>).</param>
/// <param name="TiltSecond">Events with its second named member.</param>
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
    double? NeighbourTilt,
    int TiltFirst = 0,
    int TiltSecond = 0);
