namespace Orkhon.Analysis;

/// <summary>Concentration and balance of a distribution of engagement over categories (pillars or partners).</summary>
public static class Diversity
{
    /// <summary>
    /// Shannon entropy of the shares divided by ln k, in [0, 1]: 1 when engagement is spread evenly over
    /// all k categories, 0 when it is all in one. Null when k &lt; 2 or nothing was observed.
    /// </summary>
    public static double? NormalisedEntropy(IReadOnlyCollection<double> amounts, int categories)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = amounts.Sum();
        if (categories < 2 || total <= 0)
        {
            return null;
        }

        var h = 0.0;
        foreach (var a in amounts)
        {
            if (a > 0)
            {
                var p = a / total;
                h -= p * Math.Log(p);
            }
        }

        return h / Math.Log(categories);
    }

    /// <summary>Herfindahl–Hirschman index: the sum of squared shares, in [1/k, 1]. Null when nothing was observed.</summary>
    public static double? Hhi(IReadOnlyCollection<double> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = amounts.Sum();
        if (total <= 0)
        {
            return null;
        }

        return amounts.Sum(a => (a / total) * (a / total));
    }
}
