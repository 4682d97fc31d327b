using Orkhon.Analysis.Frameworks;

namespace Orkhon.Analysis;

/// <summary>
/// Engagement by pillar and partner over periods, with balance (entropy, HHI), neighbour dependence and
/// tilt. Indices use significance-weighted amounts when <c>weighted</c> is set, raw counts otherwise.
/// Formulas and a worked example: <c>docs/metrics.md</c>.
/// </summary>
public static class BalanceAnalysis
{
    /// <summary>The pillar whose share is "neighbour dependence".</summary>
    public const string NeighbourPillar = "neighbours";

    public static IReadOnlyList<PeriodBalance> Compute(IReadOnlyList<Engagement> engagements, PolicyFramework framework, IReadOnlyList<Period> periods, bool weighted)
    {
        ArgumentNullException.ThrowIfNull(engagements);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(periods);
        return periods.Select(p => ForPeriod(engagements.Where(e => e.Event.Date is { } d && p.Contains(d)).ToList(), framework, p, weighted)).ToList();
    }

    /// <summary>The periods of a granularity that cover the engagements' dates, first to last, with empty ones kept.</summary>
    public static IReadOnlyList<Period> Periods(IReadOnlyList<Engagement> engagements, Granularity granularity, int? fromYear = null, int? toYear = null)
    {
        var years = engagements.Where(e => e.Event.Date is { IsSpan: false }).Select(e => e.Event.Date!.Value.Earliest.Year).ToList();
        if (years.Count == 0 && (fromYear is null || toYear is null))
        {
            return [];
        }

        var first = fromYear ?? years.Min();
        var last = toYear ?? years.Max();
        var list = new List<Period>();
        for (var y = first; y <= last; y++)
        {
            if (granularity == Granularity.Quarter)
            {
                for (var q = 1; q <= 4; q++)
                {
                    list.Add(Period.Quarter(y, q));
                }
            }
            else
            {
                list.Add(Period.Year(y));
            }
        }

        return list;
    }

    private static PeriodBalance ForPeriod(List<Engagement> inPeriod, PolicyFramework framework, Period period, bool weighted)
    {
        var total = inPeriod.Count;
        var weightedTotal = inPeriod.Sum(e => e.Weight);
        var pillars = framework.PillarIds.Select(id => Share(id, inPeriod.Where(e => e.Pillar == id).ToList(), total, weightedTotal)).ToList();
        var partners = inPeriod.GroupBy(e => e.Partner)
            .Select(g => Share(g.Key, g.ToList(), total, weightedTotal))
            .OrderByDescending(p => weighted ? p.Weighted : p.Count).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();

        double Amount(PillarShare s) => weighted ? s.Weighted : s.Count;

        // Balance is measured over the framework's own pillars; engagement outside every pillar is not a direction.
        var declared = pillars.Where(p => p.Id != PolicyFramework.Unassigned).Select(Amount).ToList();
        var partnerAmounts = partners.Select(Amount).ToList();
        var neighbours = pillars.FirstOrDefault(p => p.Id == NeighbourPillar);
        var all = weighted ? weightedTotal : total;
        double? dependence = neighbours is null || all <= 0 ? null : Amount(neighbours) / all;
        return new PeriodBalance(period, total, weightedTotal, pillars, partners,
            Diversity.NormalisedEntropy(declared, declared.Count), Diversity.Hhi(declared),
            partnerAmounts.Count == 1 ? 0 : Diversity.NormalisedEntropy(partnerAmounts, partnerAmounts.Count), Diversity.Hhi(partnerAmounts),
            dependence, Tilt(framework, inPeriod, weighted));
    }

    private static double? Tilt(PolicyFramework framework, List<Engagement> inPeriod, bool weighted)
    {
        var pillar = framework.Pillars.FirstOrDefault(p => p.Id == NeighbourPillar);
        if (pillar is null || pillar.Listed.Count < 2)
        {
            return null;
        }

        double Amount(string code) => inPeriod.Where(e => e.Partner == code).Sum(e => weighted ? e.Weight : 1);
        var first = Amount(pillar.Listed[0]);
        var second = Amount(pillar.Listed[1]);
        return first + second > 0 ? (first - second) / (first + second) : null;
    }

    private static PillarShare Share(string id, List<Engagement> items, int total, double weightedTotal)
    {
        var count = items.Count;
        var weight = items.Sum(e => e.Weight);
        return new PillarShare(id, count, weight, total > 0 ? (double)count / total : 0, weightedTotal > 0 ? weight / weightedTotal : 0,
            items.Select(e => e.Event.Id).ToList());
    }
}
