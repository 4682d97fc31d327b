using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Orkhon.Contracts;
using Orkhon.Knowledge;

namespace Orkhon.Web.Apis;

/// <summary>
/// Kept PLOVER records (imported, no one CAMEO code): <c>orkhon events --plover</c> on the API, parsed by the
/// same <see cref="PloverEventsRequest"/> and written by the same <see cref="PloverEventJson"/>, paged like
/// <c>/api/events</c>.
/// </summary>
public static class PloverEventsApi
{
    public static IEndpointRouteBuilder MapPloverEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Events")
            .MapGet("/plover-events", ListPloverEvents)
            .WithSummary("Imported PLOVER records with no one CAMEO code, filtered like 'orkhon events --plover', paged and sorted by date");
        return app;
    }

    /// <param name="Actor">Records where this actor is source or target.</param>
    /// <param name="Partner">With actor: records between the two; alone: records involving it.</param>
    /// <param name="Source">Records of things done by this actor.</param>
    /// <param name="Target">Records of things done to this actor.</param>
    /// <param name="From">ISO date (YYYY, YYYY-MM, YYYY-MM-DD): records on or after it.</param>
    /// <param name="To">ISO date: records on or before it.</param>
    /// <param name="Code">CAMEO code prefix: accepted as on /api/events, selects no record (they have no CAMEO code).</param>
    /// <param name="Origin">curated, extracted or imported (the records are all imported).</param>
    /// <param name="Class">visit, agreement or conflict: accepted, selects no record (each is a set of CAMEO codes).</param>
    /// <param name="Pillar">With actor: accepted and checked, selects no record.</param>
    /// <param name="Framework">With pillar: the framework id.</param>
    /// <param name="Limit">Page size, 1 to the server's page limit (default 50).</param>
    /// <param name="Offset">Records to skip (default 0).</param>
    /// <param name="Sort">date (oldest first, default) or -date (newest first).</param>
    /// <remarks>Each query name is spelled as the docs and the command line spell it (lower case), in the OpenAPI document too.</remarks>
    public sealed record PloverFilter(
        [property: FromQuery(Name = "actor")] string? Actor,
        [property: FromQuery(Name = "partner")] string? Partner,
        [property: FromQuery(Name = "source")] string? Source,
        [property: FromQuery(Name = "target")] string? Target,
        [property: FromQuery(Name = "from")] string? From,
        [property: FromQuery(Name = "to")] string? To,
        [property: FromQuery(Name = "code")] string? Code,
        [property: FromQuery(Name = "origin")] string? Origin,
        [property: FromQuery(Name = "class")] string? Class,
        [property: FromQuery(Name = "pillar")] string? Pillar,
        [property: FromQuery(Name = "framework")] string? Framework,
        [property: FromQuery(Name = "limit")] string? Limit,
        [property: FromQuery(Name = "offset")] string? Offset,
        [property: FromQuery(Name = "sort")] string? Sort)
    {
        public RequestValues ToValues() => new RequestValues()
            .Add("actor", Actor).Add("partner", Partner).Add("source", Source).Add("target", Target).Add("from", From).Add("to", To)
            .Add("code", Code).Add("origin", Origin).Add("class", Class).Add("pillar", Pillar).Add("framework", Framework)
            .Add("limit", Limit).Add("offset", Offset).Add("sort", Sort);
    }

    public static Results<Ok<PloverEventPage>, ValidationProblem> ListPloverEvents([AsParameters] PloverFilter filter, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(access);
        if (!PloverEventsRequest.TryParse(filter.ToValues(), out var request, out var error))
        {
            return AnalysisApi.Problem(error!);
        }

        // The command line lists every record when no limit is given; a page has a default and a ceiling, as /api/events.
        var limit = request.Query.Limit ?? EventsApi.DefaultLimit;
        if (limit > EventsApi.MaxLimit)
        {
            return AnalysisApi.Problem(new RequestError("limit", $"'{limit}' is more than {EventsApi.MaxLimit}, the most one page holds"));
        }

        var listing = (request with { Query = request.Query with { Limit = limit } }).List(access.Store);
        var items = listing.Items.Select(e => Item(w => PloverEventJson.Write(w, e, ReferenceData.Default))).ToList();
        return TypedResults.Ok(new PloverEventPage(request.Query.Offset, limit, items.Count, items, listing.Total));
    }

    /// <summary>One record as the command line's JSON writes it: the same writer, so the fields cannot drift apart.</summary>
    private static JsonElement Item(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
