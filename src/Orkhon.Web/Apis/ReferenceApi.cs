using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Orkhon.Contracts;
using Orkhon.Storage;

namespace Orkhon.Web.Apis;

/// <summary>What the product knows: actors, frameworks, and full-text search over stored sentences.</summary>
public static class ReferenceApi
{
    public const int DefaultSearchHits = 20;

    public static IEndpointRouteBuilder MapReferenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Reference");
        api.MapGet("/actors", ListActors).WithSummary("States and organisations, with their event counts, ISO and M49 codes, regions");
        api.MapGet("/frameworks", ListFrameworks).WithSummary("Foreign-policy frameworks with their pillars and members");
        api.MapGet("/search", Search).WithSummary("Full-text search over stored sentences (SQLite FTS5 syntax)");
        return app;
    }

    public static Results<Ok<IReadOnlyList<ActorRow>>, ValidationProblem> ListActors(string? all, string? search, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return ActorsRequest.TryParse(new RequestValues().Add("all", all).Add("search", search), out var request, out var error)
            ? TypedResults.Ok(new AnalysisService(access.Store).Actors(request))
            : AnalysisApi.Problem(error!);
    }

    public static Results<Ok<IReadOnlyList<FrameworkRow>>, ValidationProblem> ListFrameworks(string? country) =>
        FrameworksRequest.TryParse(new RequestValues().Add("country", country), out var request, out var error)
            ? TypedResults.Ok(AnalysisService.Frameworks(request))
            : AnalysisApi.Problem(error!);

    public static Results<Ok<List<SearchHitDto>>, ValidationProblem> Search(string? q, int? limit, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["a search query is required"] });
        }

        if (limit is < 1 or > ServerOptions.MaxSearchHits)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"between 1 and {ServerOptions.MaxSearchHits}"] });
        }

        try
        {
            var hits = access.Store.SearchSentences(q, limit ?? DefaultSearchHits);
            return TypedResults.Ok(hits.Select(h => new SearchHitDto(h.DocumentId, h.DocumentTitle, h.Start, h.End, h.Text)).ToList());
        }
        catch (StoreException e) when (e.Kind == StoreErrorKind.InvalidQuery)
        {
            // Full-text query syntax errors ("unterminated string", stray operators) are the user's, not the server's.
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [e.Message] });
        }
    }
}
