using Orkhon.Analysis;
using Orkhon.Analysis.Statistics;

namespace Orkhon.Contracts;

/// <summary>
/// <c>pivot</c>: a pillar's engagement before and after, as events per year and as a share of coverage, each
/// an exact rate ratio with its 95 % interval; the yearly series and its most likely change year. Each rate
/// test says whether its events (before + after) are fewer than <see cref="MinEvents"/>; the figures are kept.
/// </summary>
public sealed record PivotReport(
    string Country,
    string Framework,
    string Pillar,
    string Before,
    string After,
    RateTest PerYear,
    RateTest PerCoverage,
    int TotalBefore,
    int TotalAfter,
    IReadOnlyList<YearCount> Series,
    ChangeYear? ChangePoint,
    int MinEvents = MinimumSample.DefaultEvents)
{
    /// <summary>Where the framework's pillars come from (added after the fields above).</summary>
    public FrameworkSource? FrameworkProvenance { get; init; }

    public static PivotReport From(PivotTest test, string country, string framework, int minEvents)
    {
        ArgumentNullException.ThrowIfNull(test);
        return new PivotReport(country, framework, test.Pillar, test.Before.Label, test.After.Label, RateTest.From(test.PerYear, minEvents), RateTest.From(test.PerCoverage, minEvents),
            test.TotalBefore, test.TotalAfter, [.. test.Series.Select(s => new YearCount(s.Year, s.Count))],
            test.ChangePoint is { } cp ? new ChangeYear(cp.Year, cp.RateBefore, cp.RateAfter, cp.LogLikelihoodRatio, cp.PValue) : null, minEvents);
    }
}

/// <summary>
/// One rate comparison. A ratio or bound that is unbounded (no events before) is null; the lower bound of an
/// unbounded ratio is still finite and given. <see cref="TooFewEvents"/>: before + after is under the minimum sample.
/// </summary>
public sealed record RateTest(int Before, double ExposureBefore, int After, double ExposureAfter, double? RateBefore, double? RateAfter,
    double? RateRatio, double? CiLower, double? CiUpper, double Confidence, double PValue, bool Significant, bool TooFewEvents = false)
{
    public static RateTest From(Analysis.Statistics.RateRatio r, int minEvents)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new RateTest(r.Before, r.ExposureBefore, r.After, r.ExposureAfter, ContractJson.Finite(r.RateBefore), ContractJson.Finite(r.RateAfter),
            ContractJson.Finite(r.Ratio), ContractJson.Finite(r.Lower), ContractJson.Finite(r.Upper), Analysis.Statistics.RateRatio.Confidence, r.PValue, r.IsSignificant,
            r.Before + r.After < minEvents);
    }
}

/// <summary>The pillar's events in one year of the series.</summary>
public sealed record YearCount(int Year, int Events);

/// <summary>The most likely change year, its rates either side and its permutation p-value.</summary>
public sealed record ChangeYear(int Year, double RateBefore, double RateAfter, double LogLikelihoodRatio, double PValue);
