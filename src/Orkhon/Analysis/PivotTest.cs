using Orkhon.Analysis.Statistics;

namespace Orkhon.Analysis;

/// <summary>
/// Did engagement with a pillar rise (or fall) between two windows? Two exact rate ratios: events per
/// year, and events per event of the country's total coverage (which discounts a general rise in
/// reporting). Plus the single most likely change year in the pillar's yearly series.
/// </summary>
/// <param name="EventIdsBefore">The pillar's events in the first window when computed from events; empty when computed from counts.</param>
public sealed record PivotTest(
    string Pillar,
    Period Before,
    Period After,
    RateRatio PerYear,
    RateRatio PerCoverage,
    int TotalBefore,
    int TotalAfter,
    IReadOnlyList<string> EventIdsBefore,
    IReadOnlyList<string> EventIdsAfter,
    IReadOnlyList<(int Year, int Count)> Series,
    ChangePoint? ChangePoint)
{
    public static PivotTest Run(IReadOnlyList<Engagement> engagements, string pillar, Period before, Period after)
    {
        ArgumentNullException.ThrowIfNull(engagements);
        List<Engagement> In(Period p) => engagements.Where(e => e.Date is { } d && p.Contains(d)).ToList();
        var allBefore = In(before);
        var allAfter = In(after);
        var pillarBefore = allBefore.Where(e => e.Pillar == pillar).ToList();
        var pillarAfter = allAfter.Where(e => e.Pillar == pillar).ToList();

        int pillarCountBefore = pillarBefore.Sum(e => e.Events), pillarCountAfter = pillarAfter.Sum(e => e.Events);
        int totalBefore = allBefore.Sum(e => e.Events), totalAfter = allAfter.Sum(e => e.Events);
        var perYear = RateRatio.Compute(pillarCountBefore, before.Years, pillarCountAfter, after.Years);
        var perCoverage = RateRatio.Compute(pillarCountBefore, Math.Max(1, totalBefore), pillarCountAfter, Math.Max(1, totalAfter));

        // The pillar's events per year, from the first to the last year with any dated event of the country.
        var perYearOfPillar = new Dictionary<int, int>();
        int? first = null, last = null;
        foreach (var e in engagements)
        {
            if (e.Date is { IsSpan: false } d)
            {
                var year = d.Earliest.Year;
                first = first is null || year < first ? year : first;
                last = last is null || year > last ? year : last;
                if (e.Pillar == pillar)
                {
                    perYearOfPillar[year] = perYearOfPillar.GetValueOrDefault(year) + e.Events;
                }
            }
        }

        var series = new List<(int Year, int Count)>();
        if (first is { } from && last is { } to)
        {
            for (var y = from; y <= to; y++)
            {
                series.Add((y, perYearOfPillar.GetValueOrDefault(y)));
            }
        }

        return new PivotTest(pillar, before, after, perYear, perCoverage, totalBefore, totalAfter,
            Ids(pillarBefore), Ids(pillarAfter), series, ChangePoint.Detect(series));
    }

    private static List<string> Ids(List<Engagement> engagements) => [.. engagements.Where(e => e.Event is not null).Select(e => e.Event!.Id)];
}
