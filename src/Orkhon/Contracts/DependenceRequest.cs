using Orkhon.Analysis;

namespace Orkhon.Contracts;

/// <summary>
/// <c>dependence</c>: diplomatic (event) shares beside economic shares per pillar and year. <c>measure</c> is
/// the economic side: <c>trade</c> (default), <c>exports</c>, <c>imports</c>, <c>fdi</c> or <c>aid</c>.
/// <c>min_events</c>: the minimum sample below which a year's event shares are flagged too few (<see cref="MinimumSample"/>).
/// </summary>
public sealed record DependenceRequest(AnalysisScope Scope, Measure Measure, int MinEvents = MinimumSample.DefaultEvents)
{
    public static bool TryParse(RequestValues values, out DependenceRequest request, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        request = null!;
        if (!AnalysisScope.TryParse(values, out var scope, out error) || !BalanceRequest.TryMeasure(values, out var measure, out error)
            || !MinimumSample.TryParse(values, out var minEvents, out error))
        {
            return false;
        }

        if (values.Get("measure") is null)
        {
            measure = Measure.Trade;
        }
        else if (measure == Measure.Events)
        {
            error = new RequestError("measure", "the economic side: one of " + string.Join(", ", Measures.Names.Skip(1)));
            return false;
        }

        request = new DependenceRequest(scope, measure, minEvents);
        return true;
    }
}
