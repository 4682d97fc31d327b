using Orkhon.Knowledge.Economy;

namespace Orkhon.Analysis;

/// <summary>
/// A reporter's economic figures for one measure and year: each known partner's share of the total (a
/// fraction), the total in US$ millions when published, and the sources behind them. Partners without a
/// figure are absent, never zero.
/// </summary>
public sealed record EconomicYear(int Year, IReadOnlyDictionary<string, double> Shares, double? TotalMusd, IReadOnlyList<string> Sources)
{
    public bool HasPartners => Shares.Count > 0;

    /// <summary>
    /// The figures of <paramref name="measure"/> for <paramref name="reporter"/> in <paramref name="year"/>.
    /// Trade is the published turnover share where there is one; otherwise, for a partner whose exports and
    /// imports are both known in dollars (or as shares of published totals), their sum over the sum of the
    /// two totals — arithmetic on published figures, not an estimate.
    /// </summary>
    public static EconomicYear Of(EconomicData data, string reporter, Measure measure, int year)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (series, flow) = Measures.Source(measure) ?? throw new ArgumentOutOfRangeException(nameof(measure), measure, "Events are not an economic measure.");
        var direct = data.Of(series.Id, reporter, year, flow).ToList();
        var shares = new Dictionary<string, double>(PartnerShares.Resolve(direct, out var total), StringComparer.Ordinal);
        var used = direct.Where(f => f.IsTotal || shares.ContainsKey(f.Partner)).ToList();
        if (measure == Measure.Trade)
        {
            var exports = data.Of(series.Id, reporter, year, EconomicSeries.Export).ToList();
            var imports = data.Of(series.Id, reporter, year, EconomicSeries.Import).ToList();
            var exportTotal = exports.FirstOrDefault(f => f.IsTotal)?.ValueMusd;
            var importTotal = imports.FirstOrDefault(f => f.IsTotal)?.ValueMusd;
            if (exportTotal is { } x && importTotal is { } m && x + m > 0)
            {
                total ??= x + m;
                foreach (var e in exports.Where(f => !f.IsTotal && !shares.ContainsKey(f.Partner)))
                {
                    var i = imports.FirstOrDefault(f => f.Partner == e.Partner);
                    if (i is not null && PartnerShares.ValueOf(e, x) is { } ev && PartnerShares.ValueOf(i, m) is { } iv)
                    {
                        shares[e.Partner] = (ev + iv) / (x + m);
                        used.AddRange([e, i]);
                    }
                }

                if (used.Count > 0)
                {
                    used.AddRange(exports.Where(f => f.IsTotal).Concat(imports.Where(f => f.IsTotal)));
                }
            }
        }

        return new EconomicYear(year, shares, total, [.. used.Select(f => f.SourceUrl).Distinct().Order(StringComparer.Ordinal)]);
    }
}
