using System.Globalization;

namespace Orkhon.Knowledge.Economy;

/// <summary>
/// Checks the economic figures row by row (codes, ranges, a source for every row) and group by group (no
/// duplicate keys; no partner above the total; partners' shares together within the total; a turnover that
/// agrees with the exports and imports beside it).
/// </summary>
public static class EconomicDataValidator
{
    /// <summary>Earliest and latest year a figure may carry.</summary>
    public const int FirstYear = 1950;

    public const int LastYear = 2100;

    /// <summary>
    /// Percentage points by which partners' shares may exceed 100 % together, or a value and a share of the
    /// same row may disagree: published percentages are rounded (to 1 or 0.1 points), values too.
    /// </summary>
    public const double RoundingTolerancePoints = 1.0;

    /// <summary>
    /// Percent by which a published turnover may differ from the published exports plus imports of the same
    /// reporter, year and partner: totals quoted as "US$2.9 billion" are rounded to 50 million either way.
    /// </summary>
    public const double TurnoverTolerancePercent = 2.0;

    public static IReadOnlyList<DataFileError> Validate(IReadOnlyList<EconomicFigure> figures, ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(reference);
        var errors = new List<DataFileError>();
        var seen = new Dictionary<(string, string, int, string, string), EconomicFigure>();
        foreach (var f in figures)
        {
            void Error(string message) => errors.Add(new DataFileError(f.File, f.Line, message));
            var series = EconomicSeries.All.FirstOrDefault(s => s.Id == f.Series);
            if (reference.FindCountry(f.Reporter) is null)
            {
                Error($"reporter '{f.Reporter}' is not a country code of data/reference/countries.tsv");
            }

            if (f.Year is < FirstYear or > LastYear)
            {
                Error(string.Create(CultureInfo.InvariantCulture, $"year {f.Year} is outside {FirstYear}–{LastYear}"));
            }

            if (series is null || !series.Flows.Contains(f.Flow))
            {
                Error($"flow '{f.Flow}' is not one of {string.Join(", ", series?.Flows ?? [])}");
            }

            if (!f.IsTotal && reference.FindActor(f.Partner) is null)
            {
                Error($"partner '{f.Partner}' is neither {EconomicFigure.World} nor a code of data/reference/countries.tsv or organisations.tsv");
            }

            if (f.Partner == f.Reporter)
            {
                Error("a country is not its own partner");
            }

            if (f.ValueMusd is null && f.SharePct is null)
            {
                Error("neither value_musd nor share_pct is given");
            }

            if (f.SharePct is > 100)
            {
                Error(string.Create(CultureInfo.InvariantCulture, $"share_pct {f.SharePct} is above 100"));
            }

            if (f.IsTotal && f.SharePct is not null)
            {
                Error($"the {EconomicFigure.World} total carries a value, not a share");
            }

            if (!EconomicFigure.Bases.Contains(f.Basis))
            {
                Error($"basis '{f.Basis}' is not one of {string.Join(", ", EconomicFigure.Bases)}");
            }

            if (!Uri.TryCreate(f.SourceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                Error(f.SourceUrl.Length == 0 ? "source_url is empty: every figure names its source" : $"source_url '{f.SourceUrl}' is not an http(s) address");
            }

            if (!seen.TryAdd((f.Series, f.Reporter, f.Year, f.Flow, f.Partner), f))
            {
                var first = seen[(f.Series, f.Reporter, f.Year, f.Flow, f.Partner)];
                Error(string.Create(CultureInfo.InvariantCulture, $"duplicate of line {first.Line}: {f.Reporter} {f.Year} {f.Flow} {f.Partner}"));
            }
        }

        foreach (var group in figures.GroupBy(f => (f.Series, f.Reporter, f.Year, f.Flow)))
        {
            CheckGroup(group.ToList(), errors);
        }

        CheckTurnover(figures, errors);
        return errors;
    }

    /// <summary>
    /// Where a reporter's exports, imports and turnover with one partner (or the world) are all given as values,
    /// the turnover must be their sum: rows from different sources for the same year would otherwise mix
    /// revisions unnoticed.
    /// </summary>
    private static void CheckTurnover(IReadOnlyList<EconomicFigure> figures, List<DataFileError> errors)
    {
        var trade = figures.Where(f => f.Series == EconomicSeries.Trade.Id && f.ValueMusd is not null);
        foreach (var group in trade.GroupBy(f => (f.Reporter, f.Year, f.Partner)))
        {
            var byFlow = group.GroupBy(f => f.Flow).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            if (byFlow.TryGetValue(EconomicSeries.Turnover, out var turnover) && byFlow.TryGetValue(EconomicSeries.Export, out var export)
                && byFlow.TryGetValue(EconomicSeries.Import, out var import))
            {
                var sum = export.ValueMusd!.Value + import.ValueMusd!.Value;
                var published = turnover.ValueMusd!.Value;
                if (Math.Abs(sum - published) > Math.Max(published, sum) * TurnoverTolerancePercent / 100)
                {
                    errors.Add(new DataFileError(turnover.File, turnover.Line, string.Create(CultureInfo.InvariantCulture,
                        $"turnover {published} of {turnover.Reporter} {turnover.Year} {turnover.Partner} is not exports {export.ValueMusd} plus imports {import.ValueMusd} (lines {export.Line} and {import.Line})")));
                }
            }
        }
    }

    private static void CheckGroup(List<EconomicFigure> group, List<DataFileError> errors)
    {
        var total = group.FirstOrDefault(f => f.IsTotal)?.ValueMusd;
        foreach (var f in group.Where(f => !f.IsTotal && total is > 0))
        {
            if (f.ValueMusd is { } value && value > total!.Value * (1 + RoundingTolerancePoints / 100))
            {
                errors.Add(new DataFileError(f.File, f.Line, string.Create(CultureInfo.InvariantCulture,
                    $"{f.Partner} {value} exceeds the {EconomicFigure.World} total {total} of {f.Year} {f.Flow}")));
            }

            if (f.ValueMusd is { } v && f.SharePct is { } pct && Math.Abs(v / total!.Value * 100 - pct) > RoundingTolerancePoints)
            {
                errors.Add(new DataFileError(f.File, f.Line, string.Create(CultureInfo.InvariantCulture,
                    $"value {v} is {v / total.Value * 100:0.0} % of the total {total}, but share_pct says {pct}")));
            }
        }

        var shares = PartnerShares.Resolve(group, out _);
        var sum = shares.Values.Sum() * 100;
        if (sum > 100 + RoundingTolerancePoints)
        {
            var last = group.Where(f => !f.IsTotal).MaxBy(f => f.Line)!;
            errors.Add(new DataFileError(last.File, last.Line, string.Create(CultureInfo.InvariantCulture,
                $"the partners of {last.Reporter} {last.Year} {last.Flow} add up to {sum:0.0} % of the total")));
        }
    }
}
