using Orkhon.Analysis;
using Orkhon.Analysis.Frameworks;
using Orkhon.Domain;

namespace Orkhon.Contracts;

/// <summary>
/// What every analysis of a country's events starts from: the country, the framework its partners are
/// grouped by, the date range and the significance weights.
/// </summary>
public sealed record AnalysisScope(string Country, PolicyFramework Framework, FuzzyDate? From, FuzzyDate? To, SignificanceWeights Weights)
{
    /// <summary>The country analysed when none is named.</summary>
    public const string DefaultCountry = "MNG";

    /// <summary>Reads <c>country</c>, <c>framework</c>, <c>from</c>, <c>to</c> and <c>weights</c>.</summary>
    public static bool TryParse(RequestValues values, out AnalysisScope scope, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        scope = null!;
        if (!Parameters.TryActor(values, "country", DefaultCountry, out var country, out error)
            || !Parameters.TryDate(values, "from", out var from, out error)
            || !Parameters.TryDate(values, "to", out var to, out error))
        {
            return false;
        }

        if (!SignificanceWeights.TryParse(values.Get("weights"), out var weights, out var weightsError))
        {
            error = new RequestError("weights", weightsError ?? "not a list of class=weight");
            return false;
        }

        var catalog = FrameworkCatalog.Default;
        PolicyFramework? framework;
        if (values.Get("framework") is { } id)
        {
            framework = catalog.Find(id);
            if (framework is null)
            {
                error = new RequestError("framework", $"unknown framework '{Parameters.Shorten(id)}' (known: {string.Join(", ", catalog.All.Select(f => f.Id))})");
                return false;
            }
        }
        else
        {
            framework = catalog.DefaultFor(country!);
            if (framework is null)
            {
                error = new RequestError("country", $"no framework for {country}; frameworks exist for {string.Join(", ", catalog.All.Select(f => f.Country).Distinct())} (or name one with framework)");
                return false;
            }
        }

        scope = new AnalysisScope(country!, framework, from, to, weights);
        return true;
    }
}
