using Orkhon.Analysis.Frameworks;
using Orkhon.Domain;
using Orkhon.Knowledge.Economy;

namespace Orkhon.Analysis;

/// <summary>
/// The balance analysis of <see cref="BalanceAnalysis"/> over an economic measure: partners grouped into the
/// framework's pillars at each year, shares of the reporter's total, entropy and HHI, neighbour dependence
/// and tilt. Economic figures are yearly; a year without figures is reported as missing.
/// </summary>
public static class EconomicBalance
{
    public static IReadOnlyList<EconomicPeriodBalance> Compute(EconomicData data, string reporter, Measure measure, PolicyFramework framework, int firstYear, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(framework);
        var list = new List<EconomicPeriodBalance>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            list.Add(ForYear(EconomicYear.Of(data, reporter, measure, year), measure, framework));
        }

        return list;
    }

    /// <summary>The first and last year with any figure of the measure for the reporter, or null when there is none.</summary>
    public static (int First, int Last)? Span(EconomicData data, string reporter, Measure measure)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (series, flow) = Measures.Source(measure) ?? throw new ArgumentOutOfRangeException(nameof(measure));
        var flows = measure == Measure.Trade ? new[] { flow, EconomicSeries.Export, EconomicSeries.Import } : [flow];
        var years = data.Figures.Where(f => f.Series == series.Id && f.Reporter == reporter && flows.Contains(f.Flow)).Select(f => f.Year).ToList();
        return years.Count == 0 ? null : (years.Min(), years.Max());
    }

    public static EconomicPeriodBalance ForYear(EconomicYear figures, Measure measure, PolicyFramework framework)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(framework);
        var period = Period.Year(figures.Year);
        if (!figures.HasPartners)
        {
            return new EconomicPeriodBalance(period, measure, false, figures.TotalMusd, null,
                [.. framework.PillarIds.Select(id => new EconomicShare(id, null, null, []))], [], null, null, null, null, null, null, figures.Sources);
        }

        var date = FuzzyDate.OfYear(figures.Year);
        var byPillar = figures.Shares.GroupBy(p => framework.PillarOf(p.Key, date)).ToDictionary(g => g.Key, g => g.ToList());
        EconomicShare Share(string id, List<KeyValuePair<string, double>> members)
        {
            var sum = members.Sum(p => p.Value);
            return new EconomicShare(id, sum, Value(sum), [.. members.OrderByDescending(p => p.Value).Select(p => p.Key)]);
        }

        double? Value(double share) => figures.TotalMusd is { } t ? share * t : null;

        var pillars = framework.PillarIds
            .Select(id => byPillar.TryGetValue(id, out var members) ? Share(id, members) : new EconomicShare(id, null, null, []))
            .ToList();
        var partners = figures.Shares.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new EconomicShare(p.Key, p.Value, Value(p.Value), [p.Key])).ToList();

        // As for events: balance over the framework's own pillars, dependence as a share of everything.
        var declared = pillars.Where(p => p.Id != PolicyFramework.Unassigned && p.Share is not null).Select(p => p.Share!.Value).ToList();
        var amounts = partners.Select(p => p.Share!.Value).ToList();
        var coverage = Math.Min(1, amounts.Sum());
        var neighbours = pillars.FirstOrDefault(p => p.Id == BalanceAnalysis.NeighbourPillar);
        return new EconomicPeriodBalance(period, measure, true, figures.TotalMusd, coverage, pillars, partners,
            Diversity.NormalisedEntropy(declared, framework.PillarIds.Count - 1), Diversity.Hhi(declared),
            amounts.Count == 1 ? 0 : Diversity.NormalisedEntropy(amounts, amounts.Count), Diversity.Hhi(amounts),
            neighbours?.Share, Tilt(framework, figures), figures.Sources);
    }

    private static double? Tilt(PolicyFramework framework, EconomicYear figures)
    {
        var pillar = framework.Pillars.FirstOrDefault(p => p.Id == BalanceAnalysis.NeighbourPillar);
        if (pillar is null || pillar.Listed.Count < 2
            || !figures.Shares.TryGetValue(pillar.Listed[0], out var first) || !figures.Shares.TryGetValue(pillar.Listed[1], out var second))
        {
            return null;
        }

        return first + second > 0 ? (first - second) / (first + second) : null;
    }
}
