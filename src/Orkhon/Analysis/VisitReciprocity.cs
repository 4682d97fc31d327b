using Orkhon.Domain;

namespace Orkhon.Analysis;

/// <summary>
/// Visits a country made to a partner and received from it, by level. A visit is CAMEO 042 (make a
/// visit: the source travels) or 043 (host a visit: the source receives). Balance = (received − made) /
/// (received + made): +1 only received, −1 only made.
/// </summary>
/// <param name="EventIds">The visits' events when computed from events; empty when computed from counts.</param>
public sealed record VisitReciprocity(string Partner, IReadOnlyDictionary<string, int> Made, IReadOnlyDictionary<string, int> Received, IReadOnlyList<string> EventIds)
{
    public static readonly IReadOnlyList<string> Levels = ["state", "official", "working", "ministerial", "other"];

    public int TotalMade => Made.Values.Sum();

    public int TotalReceived => Received.Values.Sum();

    public double? Balance => TotalMade + TotalReceived == 0 ? null : (double)(TotalReceived - TotalMade) / (TotalReceived + TotalMade);

    public static IReadOnlyList<VisitReciprocity> Compute(IReadOnlyList<Engagement> engagements)
    {
        ArgumentNullException.ThrowIfNull(engagements);
        var visits = engagements.Where(e => e.VisitLevel is not null);
        return visits.GroupBy(e => e.Partner).Select(g =>
        {
            var made = Levels.ToDictionary(l => l, _ => 0);
            var received = Levels.ToDictionary(l => l, _ => 0);
            foreach (var e in g)
            {
                var hosting = e.Cameo.IsIn(CameoCode.HostVisit);
                // 042 from the country, or 043 by the partner: the country travelled.
                var countryTravelled = e.Outgoing != hosting;
                (countryTravelled ? made : received)[e.VisitLevel!] += e.Events;
            }

            return new VisitReciprocity(g.Key, made, received, g.Where(e => e.Event is not null).Select(e => e.Event!.Id).ToList());
        })
        .OrderByDescending(r => r.TotalMade + r.TotalReceived).ThenBy(r => r.Partner, StringComparer.Ordinal)
        .ToList();
    }

    /// <summary>A visit's level: from the knowledge base's kind when it has one, else from the role of the visitor or host.</summary>
    public static string Level(EventKind? kind, ActorRole? sourceRole, ActorRole? targetRole) => kind switch
    {
        EventKind.StateVisit => "state",
        EventKind.OfficialVisit or EventKind.Summit => "official",
        EventKind.WorkingVisit => "working",
        EventKind.MinisterialVisit => "ministerial",
        _ => (sourceRole ?? targetRole) switch
        {
            ActorRole.HeadOfState => "state",
            ActorRole.HeadOfGovernment => "official",
            ActorRole.ForeignMinistry => "ministerial",
            _ => "other",
        },
    };
}
