using Orkhon.Analysis;
using Orkhon.Analysis.Frameworks;

namespace Orkhon.Contracts;

/// <summary>
/// <c>compare</c>: two to four countries' balance over the same periods, each measured by its own framework.
/// <c>country</c> is repeated (<c>country=MNG&amp;country=KAZ</c>); <c>framework</c> is absent (each country's
/// latest) or repeated once per country in the same order. Every other parameter is <c>balance</c>'s and
/// applies to all countries alike. Unless <c>from</c> is given, years start when the latest-adopted of the
/// frameworks came into force, so no country is measured by a concept it did not yet have.
/// </summary>
public sealed record CompareRequest(IReadOnlyList<BalanceRequest> Countries, Granularity By)
{
    /// <summary>Most countries side by side: beyond four a table is no longer readable.</summary>
    public const int MaxCountries = 4;

    public static bool TryParse(RequestValues values, int thisYear, out CompareRequest request, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        request = null!;
        var countries = values.All("country");
        if (countries.Count < 2 || countries.Count > MaxCountries)
        {
            error = new RequestError("country", $"name two to {MaxCountries} countries to compare (e.g. country=MNG&country=KAZ), not {countries.Count}");
            return false;
        }

        var frameworks = values.All("framework");
        if (frameworks.Count != 0 && frameworks.Count != countries.Count)
        {
            error = new RequestError("framework", $"give one framework per country in the same order ({countries.Count}), or none for each country's latest");
            return false;
        }

        // Each country's scope is parsed as balance parses it, so a bad code or a framework of another
        // country is refused with balance's message.
        var scopes = new List<AnalysisScope>(countries.Count);
        for (var i = 0; i < countries.Count; i++)
        {
            if (!AnalysisScope.TryParse(ScopeValues(values, countries[i], frameworks.Count > 0 ? frameworks[i] : null, values.Get("from")), out var scope, out error))
            {
                return false;
            }

            if (scope.Framework.Country != scope.Country)
            {
                error = new RequestError("framework", $"'{scope.Framework.Id}' is {scope.Framework.Country}'s framework, not {scope.Country}'s");
                return false;
            }

            if (scopes.Any(s => s.Country == scope.Country))
            {
                error = new RequestError("country", $"{scope.Country} is named twice");
                return false;
            }

            scopes.Add(scope);
        }

        // Common years: from the latest of the frameworks' start, unless asked otherwise. Windows are periods
        // the user chose, so they are measured whole.
        var byWindow = string.Equals(values.Get("by")?.Trim(), "window", StringComparison.OrdinalIgnoreCase);
        var from = values.Get("from")
            ?? (byWindow ? null : scopes.Select(s => s.Framework.ValidFrom?.Year).Max() is { } year ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        // An inferred start after the asked end would answer with no periods at all: say why instead.
        if (values.Get("from") is null && from is not null && scopes[0].To is { IsOpenEnd: false } end
            && end.Latest.Year < int.Parse(from, System.Globalization.CultureInfo.InvariantCulture))
        {
            var latest = scopes.MaxBy(s => s.Framework.ValidFrom)!.Framework;
            error = new RequestError("to", $"{end} is before {from}, when {latest.Id} came into force and the comparison starts; give from as well");
            return false;
        }

        var requests = new List<BalanceRequest>(scopes.Count);
        foreach (var scope in scopes)
        {
            if (!BalanceRequest.TryParse(ScopeValues(values, scope.Country, scope.Framework.Id, from), thisYear, out var balance, out error))
            {
                return false;
            }

            requests.Add(balance);
        }

        request = new CompareRequest(requests, requests[0].By);
        error = null;
        return true;
    }

    /// <summary>The shared parameters with one country's code and framework.</summary>
    private static RequestValues ScopeValues(RequestValues values, string country, string? framework, string? from) =>
        new RequestValues().Add("country", country).Add("framework", framework).Add("from", from).Add("to", values.Get("to"))
            .Add("weights", values.Get("weights")).Add("by", values.Get("by")).Add("window", values.All("window")).Add("weighted", values.Get("weighted"))
            .Add("min_events", values.Get("min_events"));
}
