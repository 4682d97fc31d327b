using System.Globalization;
using Orkhon.Analysis;
using Orkhon.Analysis.Statistics;

namespace Orkhon.Contracts;

/// <summary>
/// One period of <c>balance</c>: the country's events in it, their shares by pillar and by partner, and the
/// balance indices (docs/metrics.md). Indices are null where they are undefined (no events). Below the
/// minimum sample (<see cref="MinimumSample"/>) the values are kept and <see cref="TooFewEvents"/> (for the
/// shares and indices) or <see cref="NeighbourTiltTooFew"/> (for the tilt) says they are not to be read as findings.
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
    double? NeighbourTilt,
    int MinEvents = MinimumSample.DefaultEvents,
    bool TooFewEvents = false,
    int NeighbourTiltEvents = 0,
    double? NeighbourTiltCiLower = null,
    double? NeighbourTiltCiUpper = null,
    bool NeighbourTiltTooFew = false)
{
    /// <summary>The framework the pillars are of (added after the fields above, which keep their order and meaning).</summary>
    public string? Framework { get; init; }

    /// <summary>Where that framework's pillars come from: a policy document or an analyst's construct.</summary>
    public FrameworkSource? FrameworkProvenance { get; init; }

    public static BalancePeriod From(PeriodBalance balance, int minEvents)
    {
        ArgumentNullException.ThrowIfNull(balance);
        var tiltEvents = balance.TiltFirst + balance.TiltSecond;
        double? tiltLower = null, tiltUpper = null;
        if (tiltEvents > 0)
        {
            // tilt = 2p − 1 with p the first member's part of the two: the exact interval of p maps onto it.
            var p = ProportionInterval.ClopperPearson(balance.TiltFirst, tiltEvents);
            tiltLower = (2 * p.Lower) - 1;
            tiltUpper = (2 * p.Upper) - 1;
        }

        return new BalancePeriod(PeriodSpan.From(balance.Period), balance.Total, balance.WeightedTotal,
            [.. balance.Pillars.Select(s => EngagementShare.From(s, balance.Total, minEvents))], [.. balance.Partners.Select(s => EngagementShare.From(s, balance.Total, minEvents))],
            balance.PillarEntropy, balance.PillarHhi, balance.PartnerEntropy, balance.PartnerHhi, balance.NeighbourDependence, balance.NeighbourTilt,
            minEvents, balance.Total < minEvents, tiltEvents, tiltLower, tiltUpper, tiltEvents < minEvents);
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
/// A pillar's or partner's part of one period: count, weighted sum, and both as shares; the count share's exact
/// 95 % interval (Clopper–Pearson, null when the period has no events) and whether the period's events are too
/// few for the share to be read (the share itself is kept). The events behind them are a listing
/// (<c>events --actor --pillar --from --to</c>), not part of the analysis: a list of ids would grow with the archive.
/// </summary>
public sealed record EngagementShare(string Id, int Events, double Weighted, double Share, double WeightedShare,
    double? CiLower = null, double? CiUpper = null, bool TooFewEvents = false)
{
    public static EngagementShare From(PillarShare share, int periodEvents, int minEvents)
    {
        ArgumentNullException.ThrowIfNull(share);
        var interval = periodEvents > 0 ? ProportionInterval.ClopperPearson(share.Count, periodEvents) : (ProportionInterval?)null;
        return new EngagementShare(share.Id, share.Count, share.Weighted, share.Share, share.WeightedShare,
            interval?.Lower, interval?.Upper, periodEvents < minEvents);
    }
}
