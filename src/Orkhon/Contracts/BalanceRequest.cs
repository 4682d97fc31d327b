using Orkhon.Analysis;

namespace Orkhon.Contracts;

/// <summary>
/// <c>balance</c>: engagement by pillar per year, quarter or window. <c>by</c> is <c>year</c> (default),
/// <c>quarter</c> or <c>window</c>; <c>window</c> (repeatable) is a range such as <c>2015..2022</c>;
/// <c>weighted</c> computes the indices on significance-weighted amounts. <c>measure</c> is <c>events</c>
/// (default) or an economic series (<c>trade</c>, <c>exports</c>, <c>imports</c>, <c>fdi</c>, <c>aid</c>), which is
/// yearly and unweighted.
/// </summary>
public sealed record BalanceRequest(AnalysisScope Scope, Granularity By, IReadOnlyList<Period> Windows, bool Weighted, Measure Measure = Measure.Events, int MinEvents = MinimumSample.DefaultEvents)
{
    public static bool TryParse(RequestValues values, int thisYear, out BalanceRequest request, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        request = null!;
        if (!AnalysisScope.TryParse(values, out var scope, out error) || !values.TryGetFlag("weighted", out var weighted, out error))
        {
            return false;
        }

        if (!TryMeasure(values, out var measure, out error) || !MinimumSample.TryParse(values, out var minEvents, out error))
        {
            return false;
        }

        Granularity? by = values.Get("by")?.Trim().ToLowerInvariant() switch
        {
            null or "year" => Granularity.Year,
            "quarter" => Granularity.Quarter,
            "window" => Granularity.Window,
            _ => null,
        };
        if (by is null)
        {
            error = new RequestError("by", $"'{Parameters.Shorten(values.Get("by")!)}' is not year, quarter or window");
            return false;
        }

        if (measure != Measure.Events && by != Granularity.Year)
        {
            error = new RequestError("by", $"{Measures.Name(measure)} figures are yearly: by year only");
            return false;
        }

        if (measure != Measure.Events && weighted)
        {
            error = new RequestError("weighted", "significance weights apply to events only");
            return false;
        }

        var texts = values.All("window");
        if (by == Granularity.Window && texts.Count == 0)
        {
            error = new RequestError("window", "by window needs at least one window range such as 2015..2022");
            return false;
        }

        if (by != Granularity.Window && texts.Count > 0)
        {
            error = new RequestError("window", "windows are read only with by window");
            return false;
        }

        if (texts.Count > BalanceAnalysis.MaxPeriods)
        {
            error = new RequestError("window", $"at most {BalanceAnalysis.MaxPeriods:N0} windows");
            return false;
        }

        var windows = new List<Period>(texts.Count);
        foreach (var text in texts)
        {
            if (!Parameters.TryWindow("window", text, thisYear, out var window, out error))
            {
                return false;
            }

            windows.Add(window);
        }

        request = new BalanceRequest(scope, by.Value, windows, weighted, measure, minEvents);
        return true;
    }

    /// <summary>Reads <c>measure</c> (default <c>events</c>); shared with <see cref="DependenceRequest"/>.</summary>
    internal static bool TryMeasure(RequestValues values, out Measure measure, out RequestError? error)
    {
        error = null;
        if (Measures.TryParse(values.Get("measure"), out measure))
        {
            return true;
        }

        error = new RequestError("measure", $"'{Parameters.Shorten(values.Get("measure")!)}' is not one of {string.Join(", ", Measures.Names)}");
        return false;
    }
}
