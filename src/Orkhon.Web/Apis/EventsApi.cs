using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc;
using Orkhon.Analysis;
using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Storage;

namespace Orkhon.Web.Apis;

/// <summary>Events: filtered and paged lists, one event with its evidence, an actor's timeline.</summary>
public static class EventsApi
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = ServerOptions.MaxPageSize;

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Events");
        api.MapGet("/events", ListEvents).WithSummary("Events, filtered like 'orkhon events', paged and sorted by date");
        api.MapGet("/events/{id}", GetEvent).WithSummary("One event with its evidence sentences and sources");
        api.MapGet("/timeline", GetTimeline).WithSummary("An actor's events grouped by year");
        return app;
    }

    /// <param name="Actor">Events where this actor is source or target.</param>
    /// <param name="Partner">With actor: events between the two; alone: events involving it.</param>
    /// <param name="From">ISO date (YYYY, YYYY-MM, YYYY-MM-DD): events on or after it.</param>
    /// <param name="To">ISO date: events on or before it.</param>
    /// <param name="Code">CAMEO code prefix, e.g. 04 or 042.</param>
    /// <param name="Origin">curated, extracted or imported.</param>
    /// <param name="Sort">date (oldest first, default) or -date (newest first).</param>
    /// <param name="Source">Events done by this actor.</param>
    /// <param name="Target">Events done to this actor.</param>
    /// <param name="Class">visit, agreement or conflict (one definition: <see cref="EventClasses"/>).</param>
    /// <param name="Pillar">With actor: events with partners in this pillar of the actor's framework at the event's date.</param>
    /// <param name="Framework">With pillar: the framework id (default: the actor's latest).</param>
    public sealed record EventFilter(string? Actor, string? Partner, string? From, string? To, string? Code, string? Origin, int? Limit, int? Offset, string? Sort,
        string? Source = null, string? Target = null, [property: FromQuery(Name = "class")] string? Class = null, string? Pillar = null, string? Framework = null);

    public static Results<Ok<EventPage>, ValidationProblem> ListEvents([AsParameters] EventFilter filter, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(access);
        if (Validate(filter, out var query, out var eventClass, out var scope) is { } problem)
        {
            return problem;
        }

        var listing = EventListing.Query(access.Store, query, eventClass, scope);
        return TypedResults.Ok(new EventPage(query.Offset, query.Limit ?? DefaultLimit, listing.Items.Count,
            [.. listing.Items.Select(e => EventDto.From(e, ReferenceData.Default, CameoCatalog.Default))], listing.Total));
    }

    public static Results<Ok<EventDto>, ProblemHttpResult> GetEvent(string id, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Store.GetEvent(id) is { } e
            ? TypedResults.Ok(EventDto.From(e, ReferenceData.Default, CameoCatalog.Default))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such event", detail: $"No event has the id '{id}'.");
    }

    public sealed record YearDto(int? Year, int Count, IReadOnlyList<EventDto> Events);

    /// <remarks>Not paged (the answer is the whole timeline), so bounded: an actor with more than
    /// <see cref="ServerOptions.MaxTimelineEvents"/> events is refused with a pointer to paged <c>/api/events</c>.</remarks>
    public static Results<Ok<List<YearDto>>, ValidationProblem> GetTimeline(string? actor, string? partner, string? from, string? to, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (Validate(new EventFilter(actor, partner, from, to, null, null, MaxLimit, 0, null), out var query, out _, out _) is { } problem)
        {
            return problem;
        }

        if (actor is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["actor"] = ["required"] });
        }

        var events = access.Store.QueryEvents(query with { Limit = ServerOptions.MaxTimelineEvents + 1 });
        if (events.Count > ServerOptions.MaxTimelineEvents)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [partner is null ? "actor" : "partner"] = [$"more than {ServerOptions.MaxTimelineEvents:N0} events in one timeline: add a partner, or page through /api/events"],
            });
        }

        var years = events
            .GroupBy(e => e.Date?.Year)
            .Select(g => new YearDto(g.Key, g.Count(), [.. g.Select(e => EventDto.From(e, ReferenceData.Default, CameoCatalog.Default))]))
            .ToList();
        return TypedResults.Ok(years);
    }

    /// <summary>Checks every filter value; all problems are reported at once, per parameter.</summary>
    internal static ValidationProblem? Validate(EventFilter f, out EventQuery query, out EventClass? eventClass, out PillarScope? scope)
    {
        // Filled in the parameters' order, which is the order the problem lists them in.
        var errors = new Dictionary<string, string[]>();
        var actor = ActorCode(errors, "actor", f.Actor);
        var partner = ActorCode(errors, "partner", f.Partner);
        var source = ActorCode(errors, "source", f.Source);
        var target = ActorCode(errors, "target", f.Target);
        eventClass = Class(errors, f.Class);
        scope = Scope(errors, actor, f);
        var from = Date(errors, "from", f.From);
        var to = Date(errors, "to", f.To);
        if (f.Code is { } c && (c.Length is < 2 or > 4 || !c.All(char.IsAsciiDigit)))
        {
            errors["code"] = [$"'{c}' is not a CAMEO code prefix (2 to 4 digits)"];
        }

        var origin = Origin(errors, f.Origin);
        var limit = Paging(errors, f);
        query = new EventQuery
        {
            Actor = actor, Partner = partner, Source = source, Target = target, From = from, To = to, CodePrefix = f.Code, Origin = origin,
            Limit = limit, Offset = f.Offset ?? 0, Descending = f.Sort == "-date",
        };
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : null;
    }

    // An actor code as given, upper-cased; an unknown one is an error, still returned so the other checks can use it.
    private static string? ActorCode(Dictionary<string, string[]> errors, string name, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var code = value.Trim().ToUpperInvariant();
        if (ReferenceData.Default.FindActor(code) is null)
        {
            errors[name] = [$"'{value}' is not a known actor code"];
        }

        return code;
    }

    private static FuzzyDate? Date(Dictionary<string, string[]> errors, string name, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (QueryDates.TryParse(value, out var d))
        {
            return d;
        }

        errors[name] = [$"'{value}' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)"];
        return null;
    }

    private static EventClass? Class(Dictionary<string, string[]> errors, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (EventClasses.TryParse(value, out var parsedClass))
        {
            return parsedClass;
        }

        errors["class"] = [$"one of {string.Join(", ", EventClasses.All.Select(EventClasses.Name))}"];
        return null;
    }

    // The pillar filter, read against the actor's framework; its error names the parameter at fault.
    private static PillarScope? Scope(Dictionary<string, string[]> errors, string? actor, EventFilter f)
    {
        if (PillarScope.Resolve(actor, f.Pillar, f.Framework, out var resolved) is { } pillarError)
        {
            errors[pillarError.Parameter] = [pillarError.Message];
            return null;
        }

        return resolved;
    }

    private static EventOrigin? Origin(Dictionary<string, string[]> errors, string? value)
    {
        EventOrigin? origin = value?.ToLowerInvariant() switch
        {
            null => null,
            "curated" => EventOrigin.Curated,
            "extracted" => EventOrigin.Extracted,
            "imported" => EventOrigin.Imported,
            _ => null,
        };
        if (value is not null && origin is null)
        {
            errors["origin"] = ["one of curated, extracted, imported"];
        }

        return origin;
    }

    // Checks the page's limit, offset and sort; returns the limit, the default when none is given.
    private static int Paging(Dictionary<string, string[]> errors, EventFilter f)
    {
        var limit = f.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"between 1 and {MaxLimit}"];
        }

        if (f.Offset is < 0)
        {
            errors["offset"] = ["zero or more"];
        }

        if (f.Sort is not (null or "date" or "-date"))
        {
            errors["sort"] = ["date or -date"];
        }

        return limit;
    }
}
