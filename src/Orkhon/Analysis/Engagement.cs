using Orkhon.Analysis.Frameworks;
using Orkhon.Domain;

namespace Orkhon.Analysis;

/// <summary>One event seen from a country's side: who the partner was, which pillar it falls in, which way it went, and its weight.</summary>
public sealed record Engagement(Event Event, string Partner, string Pillar, bool Outgoing, SignificanceClass Class, double Weight)
{
    /// <summary>
    /// The country's engagements among <paramref name="events"/>: every event with the country on one
    /// side and someone else on the other. Events of the country with itself (policy documents) are not engagements.
    /// </summary>
    public static List<Engagement> Select(IEnumerable<Event> events, string country, PolicyFramework framework, SignificanceWeights weights)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(weights);
        var list = new List<Engagement>();
        foreach (var e in events)
        {
            var outgoing = e.Source.Code == country;
            if ((!outgoing && e.Target.Code != country) || e.Source.Code == e.Target.Code)
            {
                continue;
            }

            var partner = outgoing ? e.Target.Code : e.Source.Code;
            var cls = SignificanceWeights.Classify(e);
            list.Add(new Engagement(e, partner, framework.PillarOf(partner, e.Date), outgoing, cls, weights[cls]));
        }

        return list;
    }
}
