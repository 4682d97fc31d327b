using Orkhon.Analysis;

namespace Orkhon.Contracts;

/// <summary><c>pivot</c>: a pillar's engagement in the <c>before</c> window against the <c>after</c> window.</summary>
public sealed record PivotRequest(AnalysisScope Scope, string Pillar, Period Before, Period After, int MinEvents = MinimumSample.DefaultEvents)
{
    public static bool TryParse(RequestValues values, int thisYear, out PivotRequest request, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        request = null!;
        if (!AnalysisScope.TryParse(values, out var scope, out error) || !MinimumSample.TryParse(values, out var minEvents, out error))
        {
            return false;
        }

        var pillar = values.Get("pillar");
        if (pillar is null || !scope.Framework.PillarIds.Contains(pillar))
        {
            error = new RequestError("pillar", (pillar is null ? "a pillar is required" : $"framework '{scope.Framework.Id}' has no pillar '{Parameters.Shorten(pillar)}'")
                + $" (it has {string.Join(", ", scope.Framework.PillarIds)})");
            return false;
        }

        if (!Parameters.TryWindow("before", values.Get("before"), thisYear, out var before, out error)
            || !Parameters.TryWindow("after", values.Get("after"), thisYear, out var after, out error))
        {
            return false;
        }

        request = new PivotRequest(scope, pillar, before, after, minEvents);
        return true;
    }
}
