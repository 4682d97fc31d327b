namespace Orkhon.Knowledge.Economy;

/// <summary>
/// Each partner's share of the reporter's total in one series, year and flow: the published percentage
/// where there is one, else the partner's value over the published total. A partner with neither is absent
/// (missing, not zero); nothing is estimated.
/// </summary>
public static class PartnerShares
{
    /// <summary>Shares as fractions (0.301 for 30.1 %), keyed by partner; <paramref name="totalMusd"/> is the published total, if any.</summary>
    public static IReadOnlyDictionary<string, double> Resolve(IEnumerable<EconomicFigure> group, out double? totalMusd)
    {
        ArgumentNullException.ThrowIfNull(group);
        var figures = group.ToList();
        totalMusd = figures.FirstOrDefault(f => f.IsTotal)?.ValueMusd;
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var f in figures.Where(f => !f.IsTotal))
        {
            if (f.SharePct is { } pct)
            {
                shares[f.Partner] = pct / 100;
            }
            else if (f.ValueMusd is { } value && totalMusd is { } total && total > 0)
            {
                shares[f.Partner] = value / total;
            }
        }

        return shares;
    }

    /// <summary>A partner's value in US$ millions: published, or its published share of a published total.</summary>
    public static double? ValueOf(EconomicFigure figure, double? totalMusd)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.ValueMusd ?? (figure.SharePct is { } pct && totalMusd is { } total ? pct / 100 * total : null);
    }
}
