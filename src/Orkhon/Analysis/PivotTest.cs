using Orkhon.Analysis.Statistics;

namespace Orkhon.Analysis;

/// <summary>
/// Did engagement with a pillar rise (or fall) between two windows? Two exact rate ratios: events per
/// year, and events per event of the country's total coverage (which discounts a general rise in
/// reporting). Plus the single most likely change year in the pillar's yearly series.
/// </summary>
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
        List<Engagement> In(Period p) => engagements.Where(e => e.Event.Date is { } d && p.Contains(d)).ToList();
        var allBefore = In(before);
        var allAfter = In(after);
        var pillarBefore = allBefore.Where(e => e.Pillar == pillar).ToList();
        var pillarAfter = allAfter.Where(e => e.Pillar == pillar).ToList();

        var perYear = RateRatio.Compute(pillarBefore.Count, before.Years, pillarAfter.Count, after.Years);
        var perCoverage = RateRatio.Compute(pillarBefore.Count, Math.Max(1, allBefore.Count), pillarAfter.Count, Math.Max(1, allAfter.Count));

        var dated = engagements.Where(e => e.Event.Date is { IsSpan: false }).ToList();
        var series = new List<(int Year, int Count)>();
        if (dated.Count > 0)
        {
            var first = dated.Min(e => e.Event.Date!.Value.Earliest.Year);
            var last = dated.Max(e => e.Event.Date!.Value.Earliest.Year);
            for (var y = first; y <= last; y++)
            {
                series.Add((y, dated.Count(e => e.Pillar == pillar && e.Event.Date!.Value.Earliest.Year == y)));
            }
        }

        return new PivotTest(pillar, before, after, perYear, perCoverage, allBefore.Count, allAfter.Count,
            pillarBefore.Select(e => e.Event.Id).ToList(), pillarAfter.Select(e => e.Event.Id).ToList(), series, ChangePoint.Detect(series));
    }
}
