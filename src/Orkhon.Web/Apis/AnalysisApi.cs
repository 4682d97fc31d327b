using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Orkhon.Contracts;

namespace Orkhon.Web.Apis;

/// <summary>
/// The analyses of docs/metrics.md and docs/economy.md: balance, dependence, pivot, tone, reciprocity, corridors. Every parameter arrives
/// as text and is read by the library's request parsers, the ones the command line uses, so the two accept,
/// refuse and answer alike (the answers are the records of <c>Orkhon.Contracts</c>).
/// </summary>
public static class AnalysisApi
{
    public static IEndpointRouteBuilder MapAnalysisApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Analysis");
        api.MapGet("/balance", Balance).WithSummary("Engagement by pillar per year, quarter or window: shares, entropy, HHI, neighbour dependence, tilt");
        api.MapGet("/compare", Compare).WithSummary("Two to four countries' balance over the same periods, each by its own framework, with each framework's provenance");
        api.MapGet("/dependence", Dependence).WithSummary("Diplomatic (event) shares beside economic shares (trade, exports, imports, FDI, aid) per pillar and year");
        api.MapGet("/pivot", Pivot).WithSummary("Rate ratio of a pillar between two windows with an exact 95% interval, and the change year");
        api.MapGet("/tone", Tone).WithSummary("Mean Goldstein value and CAMEO quad classes per partner or pillar");
        api.MapGet("/reciprocity", Reciprocity).WithSummary("Visits made and received per partner, by level");
        api.MapGet("/corridors", Corridors).WithSummary("Overland access: transit countries, alternatives, reachability, known routes");
        return app;
    }

    /// <summary>The parameters every analysis of a country takes. Strings all, so that a bad value is the parser's 400 with its message, never the binder's.</summary>
    public sealed record ScopeQuery(string? Country, string? Framework, string? From, string? To, string? Weights)
    {
        public RequestValues ToValues() => new RequestValues().Add("country", Country).Add("framework", Framework).Add("from", From).Add("to", To).Add("weights", Weights);
    }

    /// <summary><c>measure</c> (default <c>events</c>) chooses between event shares and an economic series; the answer's records differ accordingly.</summary>
    public static Results<Ok<IReadOnlyList<BalancePeriod>>, Ok<IReadOnlyList<EconomicBalancePeriod>>, ValidationProblem> Balance([AsParameters] ScopeQuery query, string? by, string[]? window, string? weighted, string? measure,
        [FromQuery(Name = "min_events")] string? minEvents, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(access);
        var values = query.ToValues().Add("by", by).Add("window", window).Add("weighted", weighted).Add("measure", measure).Add("min_events", minEvents);
        if (!BalanceRequest.TryParse(values, DateTime.UtcNow.Year, out var request, out var error))
        {
            return Problem(error!);
        }

        if (request.Measure != Orkhon.Analysis.Measure.Events)
        {
            return AnalysisService.TryEconomicBalance(request, out var economic, out error) ? TypedResults.Ok(economic) : Problem(error!);
        }

        return new AnalysisService(access.Store).TryBalance(request, out var rows, out error) ? TypedResults.Ok(rows) : Problem(error!);
    }

    public static Results<Ok<IReadOnlyList<DependenceYear>>, ValidationProblem> Dependence([AsParameters] ScopeQuery query, string? measure,
        [FromQuery(Name = "min_events")] string? minEvents, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(access);
        if (!DependenceRequest.TryParse(query.ToValues().Add("measure", measure).Add("min_events", minEvents), out var request, out var error)
            || !new AnalysisService(access.Store).TryDependence(request, out var rows, out error))
        {
            return Problem(error!);
        }

        return TypedResults.Ok(rows);
    }

    /// <summary><c>country</c> and <c>framework</c> repeat (<c>?country=MNG&amp;country=KAZ</c>); the rest are balance's parameters, shared by all countries.</summary>
    public static Results<Ok<ComparisonReport>, ValidationProblem> Compare(string[]? country, string[]? framework, string? from, string? to, string? weights, string? by,
        string[]? window, string? weighted, [FromQuery(Name = "min_events")] string? minEvents, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        var values = new RequestValues().Add("country", country).Add("framework", framework).Add("from", from).Add("to", to).Add("weights", weights)
            .Add("by", by).Add("window", window).Add("weighted", weighted).Add("min_events", minEvents);
        if (!CompareRequest.TryParse(values, DateTime.UtcNow.Year, out var request, out var error)
            || !new AnalysisService(access.Store).TryCompare(request, out var report, out error))
        {
            return Problem(error!);
        }

        return TypedResults.Ok(report!);
    }

    public static Results<Ok<PivotReport>, ValidationProblem> Pivot([AsParameters] ScopeQuery query, string? pillar, string? before, string? after,
        [FromQuery(Name = "min_events")] string? minEvents, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(access);
        var values = query.ToValues().Add("pillar", pillar).Add("before", before).Add("after", after).Add("min_events", minEvents);
        return PivotRequest.TryParse(values, DateTime.UtcNow.Year, out var request, out var error)
            ? TypedResults.Ok(new AnalysisService(access.Store).Pivot(request))
            : Problem(error!);
    }

    public static Results<Ok<IReadOnlyList<ToneRow>>, ValidationProblem> Tone([AsParameters] ScopeQuery query, string? by, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(access);
        return ToneRequest.TryParse(query.ToValues().Add("by", by), out var request, out var error)
            ? TypedResults.Ok(new AnalysisService(access.Store).Tone(request))
            : Problem(error!);
    }

    public static Results<Ok<IReadOnlyList<ReciprocityRow>>, ValidationProblem> Reciprocity([AsParameters] ScopeQuery query, string? partner, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(access);
        return ReciprocityRequest.TryParse(query.ToValues().Add("partner", partner), out var request, out var error)
            ? TypedResults.Ok(new AnalysisService(access.Store).Reciprocity(request))
            : Problem(error!);
    }

    public static Results<Ok<CorridorReport>, ValidationProblem> Corridors(string? from, string? to, string[]? without) =>
        CorridorsRequest.TryParse(new RequestValues().Add("from", from).Add("to", to).Add("without", without), out var request, out var error)
            ? TypedResults.Ok(AnalysisService.Corridors(request))
            : Problem(error!);

    /// <summary>A request error as a 400 problem: <c>errors.{parameter}</c> holds the message the command line prints.</summary>
    internal static ValidationProblem Problem(RequestError error) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [error.Parameter] = [error.Message] });
}
