using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Orkhon.Analysis.Frameworks;
using Orkhon.Knowledge;
using Orkhon.Storage;

namespace Orkhon.Web.Apis;

/// <summary>What the product knows: actors, frameworks, and full-text search over stored sentences.</summary>
public static class ReferenceApi
{
    public const int DefaultSearchHits = 20;

    public static IEndpointRouteBuilder MapReferenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Reference");
        api.MapGet("/actors", ListActors).WithSummary("States and organisations, with their event counts");
        api.MapGet("/frameworks", ListFrameworks).WithSummary("Foreign-policy frameworks with their pillars and members");
        api.MapGet("/search", Search).WithSummary("Full-text search over stored sentences (SQLite FTS5 syntax)");
        return app;
    }

    public static Ok<List<ActorDto>> ListActors(bool? all, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        var activity = access.Store.GetActorActivity().ToDictionary(a => a.Code);
        var reference = ReferenceData.Default;
        var rows = reference.AllActors()
            .Select(a => (Actor: a, Activity: activity.GetValueOrDefault(a.Code), Country: reference.FindCountry(a.Code)))
            .Where(r => all == true || r.Activity is not null)
            .OrderByDescending(r => r.Activity?.Events ?? 0).ThenBy(r => r.Actor.Code, StringComparer.Ordinal)
            .Select(r => new ActorDto(r.Actor.Code, r.Actor.Kind.ToString().ToLowerInvariant(), r.Actor.Name, r.Country?.Iso2, r.Country?.M49, r.Country?.Region, r.Country?.Subregion,
                r.Activity?.Events ?? 0, r.Activity?.FirstDate, r.Activity?.LastDate))
            .ToList();
        return TypedResults.Ok(rows);
    }

    public sealed record PillarDto(string Id, string Name, string? Note, string? SourceUrl, IReadOnlyList<string> Members);

    public sealed record FrameworkDto(string Id, string Country, string Title, string? Document, string? Adopted, string SourceUrl, bool Default, IReadOnlyList<PillarDto> Pillars);

    public static Ok<List<FrameworkDto>> ListFrameworks(string? country) =>
        TypedResults.Ok(FrameworkCatalog.Default.All.Where(f => country is null || f.Country == country.ToUpperInvariant()).Select(f => new FrameworkDto(
            f.Id, f.Country, f.Title, f.Document, f.Adopted?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), f.SourceUrl,
            FrameworkCatalog.Default.DefaultFor(f.Country) == f,
            [.. f.Pillars.Select(p => new PillarDto(p.Id, p.Name, p.Note, p.SourceUrl, [.. p.Members.Order(StringComparer.Ordinal)]))])).ToList());

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
