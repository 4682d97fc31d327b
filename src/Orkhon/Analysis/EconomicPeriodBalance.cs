namespace Orkhon.Analysis;

/// <summary>
/// One year of a balance over an economic measure: the same indices as <see cref="PeriodBalance"/>, over
/// partners' shares of the reporter's total instead of event counts. <see cref="Coverage"/> is the part of
/// the total that known partners account for; when it is below 1, pillar shares and neighbour dependence are
/// lower bounds, and the entropy and HHI describe the known partners only.
/// </summary>
/// <param name="HasData">False when no partner figure exists for the year: every share and index is then null.</param>
/// <param name="NeighbourTilt">(first − second) / (first + second) over the neighbours pillar's two named members; null unless both have a figure.</param>
public sealed record EconomicPeriodBalance(
    Period Period,
    Measure Measure,
    bool HasData,
    double? TotalMusd,
    double? Coverage,
    IReadOnlyList<EconomicShare> Pillars,
    IReadOnlyList<EconomicShare> Partners,
    double? PillarEntropy,
    double? PillarHhi,
    double? PartnerEntropy,
    double? PartnerHhi,
    double? NeighbourDependence,
    double? NeighbourTilt,
    IReadOnlyList<string> Sources);
