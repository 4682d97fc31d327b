using Orkhon.Analysis.Frameworks;

namespace Orkhon.Analysis;

/// <summary>
/// "Events of <see cref="Country"/> with partners in <see cref="Pillar"/> of <see cref="Framework"/>": a
/// partner counts in the pillar at the event's date (<see cref="PolicyFramework.PillarOf"/>), so a pillar
/// adopted in 2023 takes no earlier events. Events of the country with itself have no partner and no pillar.
/// </summary>
public sealed record PillarScope(PolicyFramework Framework, string Country, string Pillar)
{
    /// <summary>A refused pillar filter: which input (<c>actor</c>, <c>pillar</c> or <c>framework</c>) and why.</summary>
    public sealed record Problem(string Parameter, string Message);

    /// <summary>
    /// The scope the inputs name, null when <paramref name="pillar"/> is absent, or the problem with them:
    /// one set of checks for <c>orkhon events --pillar</c> and <c>GET /api/events?pillar=</c>.
    /// </summary>
    public static Problem? Resolve(string? country, string? pillar, string? framework, out PillarScope? scope, FrameworkCatalog? catalog = null)
    {
        catalog ??= FrameworkCatalog.Default;
        scope = null;
        if (pillar is null)
        {
            return framework is null ? null : new Problem("framework", "only with pillar");
        }

        if (country is null)
        {
            return new Problem("pillar", "needs actor: the country whose framework defines the pillar");
        }

        var chosen = framework is null ? catalog.DefaultFor(country) : catalog.Find(framework);
        if (chosen is null)
        {
            return framework is null
                ? new Problem("actor", $"{country} has no framework; frameworks exist for {string.Join(", ", catalog.All.Select(f => f.Country).Distinct())}")
                : new Problem("framework", $"unknown '{framework}'; known: {string.Join(", ", catalog.All.Select(f => f.Id))}");
        }

        if (!chosen.PillarIds.Contains(pillar))
        {
            return new Problem("pillar", $"'{pillar}' is not a pillar of {chosen.Id}; one of {string.Join(", ", chosen.PillarIds)}");
        }

        scope = new PillarScope(chosen, country, pillar);
        return null;
    }
}
