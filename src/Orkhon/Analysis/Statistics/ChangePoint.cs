namespace Orkhon.Analysis.Statistics;

/// <summary>
/// The single most likely change in the rate of a yearly count series: the split that maximises the
/// Poisson log-likelihood ratio of "two rates" against "one rate", with a permutation p-value (the
/// share of shuffled series, fixed seed, whose best split is at least as strong).
/// </summary>
public sealed record ChangePoint(int Year, double RateBefore, double RateAfter, double LogLikelihoodRatio, double PValue)
{
    public const int Permutations = 999;

    /// <summary>Null when the series is too short (fewer than 4 points) or has no events.</summary>
    public static ChangePoint? Detect(IReadOnlyList<(int Year, int Count)> series, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count < 4 || series.Sum(s => s.Count) == 0)
        {
            return null;
        }

        var counts = series.Select(s => s.Count).ToArray();
        var (split, llr) = BestSplit(counts);
        var random = new Random(seed);
        var shuffled = (int[])counts.Clone();
        var asStrong = 0;
        for (var i = 0; i < Permutations; i++)
        {
            random.Shuffle(shuffled);
            if (BestSplit(shuffled).Llr >= llr - 1e-12)
            {
                asStrong++;
            }
        }

        var before = counts[..split];
        var after = counts[split..];
        return new ChangePoint(series[split].Year, before.Average(), after.Average(), llr, (asStrong + 1.0) / (Permutations + 1));
    }

    // Splits leave at least two points on each side, so one unusual year cannot pass for a change.
    private static (int Split, double Llr) BestSplit(int[] counts)
    {
        var total = counts.Sum();
        var n = counts.Length;
        var whole = LogLik(total, n);
        var best = (Split: 2, Llr: double.NegativeInfinity);
        var left = 0;
        for (var k = 1; k < n; k++)
        {
            left += counts[k - 1];
            if (k < 2 || n - k < 2)
            {
                continue;
            }

            var llr = LogLik(left, k) + LogLik(total - left, n - k) - whole;
            if (llr > best.Llr)
            {
                best = (k, llr);
            }
        }

        return best;
    }

    // Maximised Poisson log-likelihood of a segment, up to terms that cancel in the ratio.
    private static double LogLik(int sum, int length) => sum == 0 ? 0 : sum * Math.Log((double)sum / length) - sum;
}
