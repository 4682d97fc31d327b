using Orkhon.Analysis;

namespace Orkhon.Contracts;

/// <summary>
/// <c>dependence</c>: one year of diplomatic balance beside economic dependence. Per pillar, the share of
/// the country's events (with their count) next to the share of the economic measure; a share is null where
/// there is nothing to divide (no events) or no figure (missing economic data). Below the minimum sample
/// (<see cref="MinEvents"/>) the event shares are kept and <see cref="TooFewEvents"/> says they are not to be read
/// as findings; the economic shares are published figures, not samples, and carry no such flag.
/// </summary>
public sealed record DependenceYear(
    PeriodSpan Period,
    string Measure,
    int Events,
    bool HasEconomicData,
    double? EconomicCoverage,
    IReadOnlyList<DependencePillar> Pillars,
    double? EventNeighbourDependence,
    double? EconomicNeighbourDependence,
    double? EventNeighbourTilt,
    double? EconomicNeighbourTilt,
    int MinEvents = MinimumSample.DefaultEvents,
    bool TooFewEvents = false)
{
    public static DependenceYear From(PeriodBalance events, EconomicPeriodBalance economic, int minEvents)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(economic);
        var pillars = events.Pillars.Select(p => new DependencePillar(p.Id, p.Count, events.Total > 0 ? p.Share : null,
            economic.Pillars.FirstOrDefault(e => e.Id == p.Id)?.Share)).ToList();
        return new DependenceYear(PeriodSpan.From(events.Period), Measures.Name(economic.Measure), events.Total, economic.HasData, economic.Coverage, pillars,
            events.Total > 0 ? events.NeighbourDependence : null, economic.NeighbourDependence, events.NeighbourTilt, economic.NeighbourTilt,
            minEvents, events.Total < minEvents);
    }
}

/// <summary>A pillar's diplomatic share (of <c>events</c> events) beside its economic share.</summary>
public sealed record DependencePillar(string Id, int Events, double? EventShare, double? EconomicShare);
