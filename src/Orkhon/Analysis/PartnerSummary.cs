using Orkhon.Domain;

namespace Orkhon.Analysis;

/// <summary>One partner's share of a country's events: how many, in which direction, of which sort (<see cref="EventClasses"/>).</summary>
public sealed record PartnerSummary(string Code, int Events, int Outgoing, int Incoming, int Visits, int Agreements, FuzzyDate? First, FuzzyDate? Last)
{
    /// <summary>Partners of <paramref name="focus"/>, most events first. Events of the country with itself (policy documents) are not partners.</summary>
    public static List<PartnerSummary> Build(IEnumerable<Event> events, string focus) =>
        events
            .Where(e => e.Source.Code != e.Target.Code)
            .GroupBy(e => e.Source.Code == focus ? e.Target.Code : e.Source.Code)
            .Select(g =>
            {
                var dates = g.Where(e => e.Date is not null).Select(e => e.Date!.Value).Order().ToList();
                return new PartnerSummary(
                    g.Key,
                    g.Count(),
                    g.Count(e => e.Source.Code == focus),
                    g.Count(e => e.Target.Code == focus),
                    g.Count(e => EventClasses.Matches(e, EventClass.Visit)),
                    g.Count(e => EventClasses.Matches(e, EventClass.Agreement)),
                    dates.Count > 0 ? dates[0] : null,
                    dates.Count > 0 ? dates[^1] : null);
            })
            .OrderByDescending(p => p.Events)
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
}
