using System.Globalization;
using Orkhon.Analysis.Frameworks;
using Orkhon.Domain;

namespace Orkhon.Analysis;

/// <summary>
/// Engagement by pillar and partner over periods, with balance (entropy, HHI), neighbour dependence and
/// tilt. Indices use significance-weighted amounts when <c>weighted</c> is set, raw counts otherwise.
/// Formulas and a worked example: <c>docs/metrics.md</c>.
/// </summary>
public static class BalanceAnalysis
{
    /// <summary>The pillar whose share is "neighbour dependence" when the framework names no <see cref="PolicyFramework.NeighbourCodes"/>.</summary>
    public const string NeighbourPillar = "neighbours";

    /// <summary>
    /// Most periods one analysis enumerates: 1,000 years, or 250 years of quarters. Every period costs a
    /// pass over the engagements and a row of output, so <c>--from 0001 --to 9999</c> is refused rather than
    /// answered with 40,000 empty quarters.
    /// </summary>
    public const int MaxPeriods = 1000;

    public static IReadOnlyList<PeriodBalance> Compute(IReadOnlyList<Engagement> engagements, PolicyFramework framework, IReadOnlyList<Period> periods, bool weighted)
    {
        ArgumentNullException.ThrowIfNull(engagements);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(periods);

        // Sorted by first possible day once, so each period reads only the engagements that start inside it
        // instead of all of them: decades of years over a large country's engagements stay linear.
        var dated = engagements.Where(e => e.Date is not null).OrderBy(e => e.Date!.Value.Earliest).ToList();
        var starts = dated.Select(e => e.Date!.Value.Earliest).ToArray();
        return periods.Select(p => ForPeriod(InPeriod(dated, starts, p), framework, p, weighted)).ToList();
    }

    /// <summary>The engagements whose date lies wholly inside <paramref name="period"/>, in <paramref name="dated"/>'s order.</summary>
    private static List<Engagement> InPeriod(List<Engagement> dated, DateOnly[] starts, Period period)
    {
        var i = Array.BinarySearch(starts, period.Start);
        if (i < 0)
        {
            i = ~i;
        }

        // BinarySearch finds any equal element: step back to the first.
        while (i > 0 && starts[i - 1] >= period.Start)
        {
            i--;
        }

        var list = new List<Engagement>();
        for (; i < starts.Length && starts[i] <= period.End; i++)
        {
            if (period.Contains(dated[i].Date!.Value))
            {
                list.Add(dated[i]);
            }
        }

        return list;
    }

    /// <summary>The periods of a granularity that cover the engagements' dates, first to last, with empty ones kept.</summary>
    /// <remarks>Callers with untrusted years use <see cref="TryPeriods"/>, which bounds the count first.</remarks>
    public static IReadOnlyList<Period> Periods(IReadOnlyList<Engagement> engagements, Granularity granularity, int? fromYear = null, int? toYear = null)
    {
        ArgumentNullException.ThrowIfNull(engagements);
        if (Range(engagements, fromYear, toYear) is not var (first, last))
        {
            return [];
        }

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

    /// <summary>
    /// The periods between <paramref name="from"/> and <paramref name="to"/> (an open or missing end is the
    /// data's first or last year), or an error naming <see cref="MaxPeriods"/> when there would be more.
    /// The command line and the API both ask through here, so the same range gives the same answer.
    /// </summary>
    public static bool TryPeriods(IReadOnlyList<Engagement> engagements, Granularity granularity, FuzzyDate? from, FuzzyDate? to,
        out IReadOnlyList<Period> periods, out string? error)
    {
        ArgumentNullException.ThrowIfNull(engagements);
        if (granularity is not (Granularity.Year or Granularity.Quarter))
        {
            throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Only years and quarters are enumerated.");
        }

        int? fromYear = from is { IsOpenStart: false } f ? f.Earliest.Year : null;
        int? toYear = to is { IsOpenEnd: false } t ? t.Latest.Year : null;
        periods = [];
        error = null;
        if (Range(engagements, fromYear, toYear) is not var (first, last))
        {
            return true;
        }

        // Counted in long: 9,999 years of quarters fits an int, but the rule should not depend on it.
        var count = Math.Max(0L, last - first + 1L) * (granularity == Granularity.Quarter ? 4 : 1);
        if (count > MaxPeriods)
        {
            var unit = granularity == Granularity.Quarter ? "quarters" : "years";
            error = string.Create(CultureInfo.InvariantCulture,
                $"{first}–{last} is {count:N0} {unit}; an analysis covers at most {MaxPeriods:N0} periods: narrow from/to{(granularity == Granularity.Quarter ? " or count by year" : "")}");
            return false;
        }

        periods = Periods(engagements, granularity, first, last);
        return true;
    }

    private static (int First, int Last)? Range(IReadOnlyList<Engagement> engagements, int? fromYear, int? toYear)
    {
        if (fromYear is { } a && toYear is { } b)
        {
            return (a, b);
        }

        int? min = null, max = null;
        foreach (var e in engagements)
        {
            if (e.Date is { IsSpan: false } d)
            {
                var year = d.Earliest.Year;
                min = min is null || year < min ? year : min;
                max = max is null || year > max ? year : max;
            }
        }

        return min is null ? null : (fromYear ?? min.Value, toYear ?? max!.Value);
    }

    private static PeriodBalance ForPeriod(List<Engagement> inPeriod, PolicyFramework framework, Period period, bool weighted)
    {
        var total = inPeriod.Sum(e => e.Events);
        var weightedTotal = inPeriod.Sum(e => e.Weighted);
        var pillars = framework.PillarIds.Select(id => Share(id, inPeriod.Where(e => e.Pillar == id).ToList(), total, weightedTotal)).ToList();
        var partners = inPeriod.GroupBy(e => e.Partner)
            .Select(g => Share(g.Key, g.ToList(), total, weightedTotal))
            .OrderByDescending(p => weighted ? p.Weighted : p.Count).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();

        double Amount(PillarShare s) => weighted ? s.Weighted : s.Count;

        // Balance is measured over the framework's own pillars; engagement outside every pillar is not a direction.
        var declared = pillars.Where(p => p.Id != PolicyFramework.Unassigned).Select(Amount).ToList();
        var partnerAmounts = partners.Select(Amount).ToList();
        var all = weighted ? weightedTotal : total;
        double? dependence;
        if (framework.NeighbourCodes is { } codes)
        {
            // The neighbours are partners, not a pillar (Kazakhstan's concepts list Russia and China apart).
            var amount = inPeriod.Where(e => codes.Contains(e.Partner)).Sum(e => weighted ? e.Weighted : e.Events);
            dependence = all <= 0 ? null : amount / all;
        }
        else
        {
            var neighbours = pillars.FirstOrDefault(p => p.Id == NeighbourPillar);
            dependence = neighbours is null || all <= 0 ? null : Amount(neighbours) / all;
        }
        var (tiltFirst, tiltSecond) = TiltCounts(framework, inPeriod);
        return new PeriodBalance(period, total, weightedTotal, pillars, partners,
            Diversity.NormalisedEntropy(declared, declared.Count), Diversity.Hhi(declared),
            partnerAmounts.Count == 1 ? 0 : Diversity.NormalisedEntropy(partnerAmounts, partnerAmounts.Count), Diversity.Hhi(partnerAmounts),
            dependence, Tilt(framework, inPeriod, weighted), tiltFirst, tiltSecond);
    }

    private static double? Tilt(PolicyFramework framework, List<Engagement> inPeriod, bool weighted)
    {
        var pair = framework.NeighbourCodes ?? framework.Pillars.FirstOrDefault(p => p.Id == NeighbourPillar)?.Listed;
        if (pair is null || pair.Count < 2)
        {
            return null;
        }

        double Amount(string code) => inPeriod.Where(e => e.Partner == code).Sum(e => weighted ? e.Weighted : e.Events);
        var first = Amount(pair[0]);
        var second = Amount(pair[1]);
        return first + second > 0 ? (first - second) / (first + second) : null;
    }

    /// <summary>The tilt's sample: events with each of the two neighbours (0, 0 when the framework names none).</summary>
    private static (int First, int Second) TiltCounts(PolicyFramework framework, List<Engagement> inPeriod)
    {
        var pair = framework.NeighbourCodes ?? framework.Pillars.FirstOrDefault(p => p.Id == NeighbourPillar)?.Listed;
        return pair is null || pair.Count < 2
            ? (0, 0)
            : (inPeriod.Where(e => e.Partner == pair[0]).Sum(e => e.Events), inPeriod.Where(e => e.Partner == pair[1]).Sum(e => e.Events));
    }

    private static PillarShare Share(string id, List<Engagement> items, int total, double weightedTotal)
    {
        var count = items.Sum(e => e.Events);
        var weight = items.Sum(e => e.Weighted);
        return new PillarShare(id, count, weight, total > 0 ? (double)count / total : 0, weightedTotal > 0 ? weight / weightedTotal : 0,
            items.Where(e => e.Event is not null).Select(e => e.Event!.Id).ToList());
    }
}
