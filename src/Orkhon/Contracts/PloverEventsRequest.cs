using Orkhon.Analysis;
using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Contracts;

/// <summary>
/// <c>events --plover</c> and <c>GET /api/plover-events</c>: which kept PLOVER records (no one CAMEO code) to list.
/// Parsed once here from either front end's values, so both accept, refuse and select alike. The filters are
/// the events' (actor, partner, source, target, from, to, code, origin, class, pillar, framework, limit,
/// offset, sort); a CAMEO code, class or pillar names a set of CAMEO codes, so it selects no record.
/// </summary>
/// <param name="Query">The store query: actor, direction, dates, code, origin, limit (null: all), offset and order.</param>
/// <param name="SelectsNone">A class or pillar was asked for: valid, but no record has a CAMEO code to match it.</param>
public sealed record PloverEventsRequest(EventQuery Query, bool SelectsNone)
{
    public static bool TryParse(RequestValues values, out PloverEventsRequest request, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        request = null!;
        if (!Parameters.TryActor(values, "actor", null, out var actor, out error)
            || !Parameters.TryActor(values, "partner", null, out var partner, out error)
            || !Parameters.TryActor(values, "source", null, out var source, out error)
            || !Parameters.TryActor(values, "target", null, out var target, out error)
            || !Parameters.TryDate(values, "from", out var from, out error)
            || !Parameters.TryDate(values, "to", out var to, out error))
        {
            return false;
        }

        var code = values.Get("code");
        if (code is not null && (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit)))
        {
            error = new RequestError("code", $"'{Parameters.Shorten(code)}' is not a CAMEO code prefix (2 to 4 digits, e.g. 04 or 042)");
            return false;
        }

        if (!Parameters.TryOrigin(values, "origin", out var origin, out error))
        {
            return false;
        }

        var eventClass = values.Get("class");
        if (eventClass is not null && !EventClasses.TryParse(eventClass, out _))
        {
            error = new RequestError("class", $"'{Parameters.Shorten(eventClass)}' is not one of {string.Join(", ", EventClasses.All.Select(EventClasses.Name))}");
            return false;
        }

        if (PillarScope.Resolve(actor, values.Get("pillar"), values.Get("framework"), out var scope) is { } problem)
        {
            error = new RequestError(problem.Parameter, problem.Message);
            return false;
        }

        if (!TryCount(values, "limit", 1, "a positive number", out var limit, out error)
            || !TryCount(values, "offset", 0, "zero or more", out var offset, out error))
        {
            return false;
        }

        var sort = values.Get("sort");
        if (sort is not (null or "date" or "-date"))
        {
            error = new RequestError("sort", $"'{Parameters.Shorten(sort)}' is not date or -date");
            return false;
        }

        request = new PloverEventsRequest(
            new EventQuery
            {
                Actor = actor, Partner = partner, Source = source, Target = target, From = from, To = to, CodePrefix = code, Origin = origin,
                Limit = limit, Offset = offset ?? 0, Descending = sort == "-date",
            },
            SelectsNone: eventClass is not null || scope is not null);
        return true;
    }

    /// <summary>The page the request asks for and the total the filters select, from one store.</summary>
    public PloverEventListing List(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return SelectsNone ? new PloverEventListing(0, []) : new PloverEventListing(store.CountPloverEvents(Query), store.QueryPloverEvents(Query));
    }

    private static bool TryCount(RequestValues values, string name, int least, string expected, out int? count, out RequestError? error)
    {
        error = null;
        count = null;
        if (values.Get(name) is not { } text)
        {
            return true;
        }

        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= least)
        {
            count = n;
            return true;
        }

        error = new RequestError(name, $"'{Parameters.Shorten(text)}' is not {expected}");
        return false;
    }
}
