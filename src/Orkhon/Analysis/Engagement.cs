using Orkhon.Analysis.Frameworks;
using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Analysis;

/// <summary>
/// Events seen from a country's side: who the partner was, which pillar they fall in, which way they went,
/// their significance class and weight. One engagement stands for <see cref="Events"/> events that no
/// analysis can tell apart: one event read from the store's events (<see cref="Event"/> is then that
/// event), or a row of the store's dyad-day counts (<see cref="Event"/> is null). The analyses weigh each
/// engagement by <see cref="Events"/>, so both give the same numbers.
/// </summary>
/// <param name="Weight">The significance weight of one of its events.</param>
/// <param name="VisitLevel">For a visit (CAMEO 042/043), its level (<see cref="VisitReciprocity.Levels"/>); null otherwise.</param>
public sealed record Engagement(
    string Partner,
    string Pillar,
    bool Outgoing,
    FuzzyDate? Date,
    CameoCode Cameo,
    SignificanceClass Class,
    string? VisitLevel,
    double Weight,
    int Events,
    Event? Event)
{
    /// <summary>
    /// Its events' Goldstein values already summed, when it stands for a row of the dyad-year counts (whose
    /// <see cref="Cameo"/> is the code's meaning, not the code); null when <see cref="ToneSummary"/> looks the
    /// code up in the catalogue.
    /// </summary>
    public SummedTone? Tone { get; init; }

    /// <summary>The weight of all its events.</summary>
    public double Weighted => Weight * Events;

    /// <summary>
    /// The first and last year of the engagements dated to a point (a span's year is not one year), or null when
    /// none is: the years a yearly series of these engagements runs over.
    /// </summary>
    public static (int First, int Last)? YearsCovered(IEnumerable<Engagement> engagements)
    {
        ArgumentNullException.ThrowIfNull(engagements);
        int? first = null, last = null;
        foreach (var e in engagements)
        {
            if (e.Date is { IsSpan: false } d)
            {
                var year = d.Earliest.Year;
                first = first is null || year < first ? year : first;
                last = last is null || year > last ? year : last;
            }
        }

        return first is { } from && last is { } to ? (from, to) : null;
    }

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
            if (Of(country, framework, weights, e.Source.Code, e.Target.Code, e.Date, e.Cameo, e.Kind, e.Source.Role, e.Target.Role, 1, e) is { } engagement)
            {
                list.Add(engagement);
            }
        }

        return list;
    }

    /// <summary>The same engagements as <see cref="Select(IEnumerable{Event}, string, PolicyFramework, SignificanceWeights)"/> would give for the events these rows count.</summary>
    public static List<Engagement> Select(IEnumerable<DyadDayCount> counts, string country, PolicyFramework framework, SignificanceWeights weights)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(weights);
        var list = new List<Engagement>();
        foreach (var c in counts)
        {
            if (Of(country, framework, weights, c.Source, c.Target, c.Date, c.Cameo, c.Kind, c.SourceRole, c.TargetRole, c.Events, null) is { } engagement)
            {
                list.Add(engagement);
            }
        }

        return list;
    }

    /// <summary>
    /// The same engagements, grouped by year, for the events these dyad-year rows count: equal in every number to
    /// the other two for a request that <see cref="YearGrain"/> fits (dates, periods and pillars on years).
    /// </summary>
    public static List<Engagement> Select(IEnumerable<DyadYearCount> counts, string country, PolicyFramework framework, SignificanceWeights weights)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(weights);
        var list = new List<Engagement>();
        foreach (var c in counts)
        {
            if (Of(country, framework, weights, c.Source, c.Target, c.Date, c.Meaning, c.Kind, c.SourceRole, c.TargetRole, c.Events, null) is { } engagement)
            {
                list.Add(engagement with { Tone = new SummedTone(c.Catalogued ? c.Events : 0, c.GoldsteinTenths) });
            }
        }

        return list;
    }

    private static Engagement? Of(string country, PolicyFramework framework, SignificanceWeights weights, string source, string target, FuzzyDate? date,
        CameoCode cameo, EventKind? kind, ActorRole? sourceRole, ActorRole? targetRole, int events, Event? e)
    {
        var outgoing = source == country;
        if ((!outgoing && target != country) || source == target)
        {
            return null;
        }

        var partner = outgoing ? target : source;
        var cls = SignificanceWeights.Classify(cameo, kind, sourceRole, targetRole);
        var level = EventClasses.IsVisit(cameo) ? VisitReciprocity.Level(kind, sourceRole, targetRole) : null;
        return new Engagement(partner, framework.PillarOf(partner, date), outgoing, date, cameo, cls, level, weights[cls], events, e);
    }
}
