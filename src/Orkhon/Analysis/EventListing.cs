using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Analysis;

/// <summary>
/// One page of a filtered event listing and the total the filters select: what <c>orkhon events</c>,
/// <c>GET /api/events</c> and the dashboard show, computed once here so they cannot disagree.
/// </summary>
/// <param name="Total">Events the filters select, whatever the page (the figure a page of results is "of").</param>
/// <param name="Items">The page: the query's offset and limit applied after every filter.</param>
public sealed record EventListing(int Total, IReadOnlyList<Event> Items)
{
    /// <summary>
    /// Lists the events <paramref name="query"/> selects, narrowed to <paramref name="eventClass"/> and
    /// <paramref name="pillar"/> when given. Without them the store counts and pages; with them every
    /// candidate is read (without evidences) and filtered here, then the page is read with its evidences.
    /// </summary>
    public static EventListing Query(IEventStore store, EventQuery query, EventClass? eventClass = null, PillarScope? pillar = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        if (eventClass is null && pillar is null)
        {
            return new EventListing(store.CountEvents(query), store.QueryEvents(query));
        }

        var candidates = store.QueryEvents(query with { Limit = null, Offset = 0, WithEvidences = false });
        var selected = new List<Event>();
        foreach (var e in candidates)
        {
            if ((eventClass is not { } c || EventClasses.Matches(e, c)) && (pillar is null || InPillar(e, pillar)))
            {
                selected.Add(e);
            }
        }

        var page = selected.Skip(Math.Max(0, query.Offset)).Take(query.Limit ?? int.MaxValue);
        var items = query.WithEvidences ? page.Select(e => store.GetEvent(e.Id) ?? e).ToList() : page.ToList();
        return new EventListing(selected.Count, items);
    }

    /// <summary>The pillar test of the analyses: the event's partner, seen from the scope's country, is in the pillar at the event's date.</summary>
    public static bool InPillar(Event e, PillarScope scope)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(scope);
        var engagement = Engagement.Select([e], scope.Country, scope.Framework, SignificanceWeights.Default);
        return engagement.Count == 1 && engagement[0].Pillar == scope.Pillar;
    }
}
