namespace Orkhon.Analysis.Statistics;

/// <summary>
/// A share <c>k / n</c> with its exact (Clopper–Pearson) 95 % interval. Exact rather than Wald or Wilson
/// because the samples here are small: a pillar with 1 of 3 events must not look like a third ± a little.
/// With no trials the share is undefined and the interval is the whole of [0, 1].
/// </summary>
public readonly record struct ProportionInterval(int Successes, int Trials, double Share, double Lower, double Upper)
{
    public const double Confidence = 0.95;

    public static ProportionInterval ClopperPearson(int successes, int trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
        {
            return new ProportionInterval(0, 0, double.NaN, 0, 1);
        }

        var alpha = 1 - Confidence;
        var lower = successes == 0 ? 0 : BetaDistribution.Quantile(alpha / 2, successes, trials - successes + 1);
        var upper = successes == trials ? 1 : BetaDistribution.Quantile(1 - (alpha / 2), successes + 1, trials - successes);
        return new ProportionInterval(successes, trials, (double)successes / trials, lower, upper);
    }
}
