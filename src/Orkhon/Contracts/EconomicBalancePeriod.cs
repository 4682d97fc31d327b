using Orkhon.Analysis;

namespace Orkhon.Contracts;

/// <summary>
/// One year of <c>balance</c> over an economic measure (docs/economy.md): partners' shares of the reporter's
/// total grouped by pillar, with the indices of <see cref="BalancePeriod"/>. <c>has_data</c> is false for a
/// year without figures, whose shares are then all null (missing, not zero); <c>coverage</c> is the part of
/// the total the known partners account for.
/// </summary>
public sealed record EconomicBalancePeriod(
    PeriodSpan Period,
    string Measure,
    bool HasData,
    double? TotalMusd,
    double? Coverage,
    IReadOnlyList<EconomicShareRow> Pillars,
    IReadOnlyList<EconomicShareRow> Partners,
    double? PillarEntropy,
    double? PillarHhi,
    double? PartnerEntropy,
    double? PartnerHhi,
    double? NeighbourDependence,
    double? NeighbourTilt,
    IReadOnlyList<string> Sources)
{
    public static EconomicBalancePeriod From(EconomicPeriodBalance balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        return new EconomicBalancePeriod(PeriodSpan.From(balance.Period), Measures.Name(balance.Measure), balance.HasData, balance.TotalMusd, balance.Coverage,
            [.. balance.Pillars.Select(EconomicShareRow.From)], [.. balance.Partners.Select(EconomicShareRow.From)],
            balance.PillarEntropy, balance.PillarHhi, balance.PartnerEntropy, balance.PartnerHhi, balance.NeighbourDependence, balance.NeighbourTilt, balance.Sources);
    }
}

/// <summary>A pillar's or partner's share of the total (null: no figure), its value in US$ millions when the total is published, and the partners behind it.</summary>
public sealed record EconomicShareRow(string Id, double? Share, double? ValueMusd, IReadOnlyList<string> Partners)
{
    public static EconomicShareRow From(EconomicShare share)
    {
        ArgumentNullException.ThrowIfNull(share);
        return new EconomicShareRow(share.Id, share.Share, share.ValueMusd, share.Partners);
    }
}
