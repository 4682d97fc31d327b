using System.Globalization;
using Orkhon.Analysis;

namespace Orkhon.Contracts;

/// <summary>
/// One period of <c>balance</c>: the country's events in it, their shares by pillar and by partner, and the
/// balance indices (docs/metrics.md). Indices are null where they are undefined (no events).
/// </summary>
public sealed record BalancePeriod(
    PeriodSpan Period,
    int Events,
    double Weighted,
    IReadOnlyList<EngagementShare> Pillars,
    IReadOnlyList<EngagementShare> Partners,
    double? PillarEntropy,
    double? PillarHhi,
    double? PartnerEntropy,
    double? PartnerHhi,
    double? NeighbourDependence,
    double? NeighbourTilt)
{
    /// <summary>The framework the pillars are of (added after the fields above, which keep their order and meaning).</summary>
    public string? Framework { get; init; }

    /// <summary>Where that framework's pillars come from: a policy document or an analyst's construct.</summary>
    public FrameworkSource? FrameworkProvenance { get; init; }

    public static BalancePeriod From(PeriodBalance balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        return new BalancePeriod(PeriodSpan.From(balance.Period), balance.Total, balance.WeightedTotal,
            [.. balance.Pillars.Select(EngagementShare.From)], [.. balance.Partners.Select(EngagementShare.From)],
            balance.PillarEntropy, balance.PillarHhi, balance.PartnerEntropy, balance.PartnerHhi, balance.NeighbourDependence, balance.NeighbourTilt);
    }
}

/// <summary>A period by its label (<c>2023</c>, <c>2023-Q3</c>, <c>2015..2022</c>), first and last day, and length in years.</summary>
public sealed record PeriodSpan(string Label, string Start, string End, double Years)
{
    public static PeriodSpan From(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new PeriodSpan(period.Label, period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), period.Years);
    }
}

/// <summary>
/// A pillar's or partner's part of one period: count, weighted sum, and both as shares. The events behind
/// them are a listing (<c>events --actor --pillar --from --to</c>), not part of the analysis: a list of ids
/// would grow with the archive.
/// </summary>
public sealed record EngagementShare(string Id, int Events, double Weighted, double Share, double WeightedShare)
{
    public static EngagementShare From(PillarShare share)
    {
        ArgumentNullException.ThrowIfNull(share);
        return new EngagementShare(share.Id, share.Count, share.Weighted, share.Share, share.WeightedShare);
    }
}
