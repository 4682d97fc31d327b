namespace Orkhon.Analysis.Statistics;

/// <summary>
/// The ratio of two Poisson rates, <c>(after / exposureAfter) / (before / exposureBefore)</c>, with an exact
/// 95 % interval and a two-sided p-value for "no change". Exact because, given the total
/// <c>n = before + after</c>, <c>after</c> is binomial with <c>p = E_a·RR / (E_b + E_a·RR)</c>: the
/// Clopper–Pearson interval for <c>p</c> maps to one for the ratio.
/// </summary>
public sealed record RateRatio(int Before, double ExposureBefore, int After, double ExposureAfter, double Ratio, double Lower, double Upper, double PValue)
{
    public const double Confidence = 0.95;

    public double RateBefore => Before / ExposureBefore;

    public double RateAfter => After / ExposureAfter;

    /// <summary>True when the interval excludes 1.</summary>
    public bool IsSignificant => Lower > 1 || Upper < 1;

    public static RateRatio Compute(int before, double exposureBefore, int after, double exposureAfter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(before);
        ArgumentOutOfRangeException.ThrowIfNegative(after);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exposureBefore);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exposureAfter);
        var n = before + after;
        var scale = exposureBefore / exposureAfter;
        var ratio = before == 0 ? (after == 0 ? double.NaN : double.PositiveInfinity) : (double)after / exposureAfter / (before / exposureBefore);
        if (n == 0)
        {
            return new RateRatio(before, exposureBefore, after, exposureAfter, double.NaN, 0, double.PositiveInfinity, 1);
        }

        var alpha = 1 - Confidence;
        var pLow = after == 0 ? 0 : BetaDistribution.Quantile(alpha / 2, after, n - after + 1);
        var pHigh = after == n ? 1 : BetaDistribution.Quantile(1 - (alpha / 2), after + 1, n - after);
        var lower = pLow / (1 - pLow) * scale;
        var upper = pHigh >= 1 ? double.PositiveInfinity : pHigh / (1 - pHigh) * scale;

        // Under "no change" the share of events falling in the after window is its share of the exposure.
        var p0 = exposureAfter / (exposureBefore + exposureAfter);
        var pValue = BinomialTwoSided(after, n, p0);
        return new RateRatio(before, exposureBefore, after, exposureAfter, ratio, lower, upper, pValue);
    }

    /// <summary>Exact two-sided binomial test: the probability of outcomes no more likely than the one seen.</summary>
    private static double BinomialTwoSided(int k, int n, double p)
    {
        var observed = LogPmf(k, n, p);
        var total = 0.0;
        for (var i = 0; i <= n; i++)
        {
            var lp = LogPmf(i, n, p);
            if (lp <= observed + 1e-9)
            {
                total += Math.Exp(lp);
            }
        }

        return Math.Min(1, total);
    }

    private static double LogPmf(int k, int n, double p) =>
        BetaDistribution.LogGamma(n + 1) - BetaDistribution.LogGamma(k + 1) - BetaDistribution.LogGamma(n - k + 1)
        + (k == 0 ? 0 : k * Math.Log(p)) + (n - k == 0 ? 0 : (n - k) * Math.Log(1 - p));
}
