using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Analysis;

/// <summary>Cooperation and conflict with one partner or pillar: mean Goldstein value and counts per CAMEO quad class.</summary>
public sealed record ToneSummary(string Id, int Events, double? MeanGoldstein, int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict)
{
    /// <summary>Share of events that are conflictual (quad classes 3 and 4).</summary>
    public double ConflictShare => Events == 0 ? 0 : (double)(VerbalConflict + MaterialConflict) / Events;

    public static IReadOnlyList<ToneSummary> By(IReadOnlyList<Engagement> engagements, Func<Engagement, string> key, CameoCatalog cameo)
    {
        ArgumentNullException.ThrowIfNull(engagements);
        ArgumentNullException.ThrowIfNull(cameo);
        return engagements.GroupBy(key)
            .Select(g => Summarise(g.Key, g.ToList(), cameo))
            .OrderByDescending(t => t.Events).ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static ToneSummary Summarise(string id, List<Engagement> items, CameoCatalog cameo)
    {
        var types = items.Select(e => cameo.Find(e.Event.Cameo)).OfType<EventType>().ToList();
        int Count(QuadClass q) => types.Count(t => t.QuadClass == q);
        return new ToneSummary(id, items.Count, types.Count > 0 ? types.Average(t => t.Goldstein) : null,
            Count(QuadClass.VerbalCooperation), Count(QuadClass.MaterialCooperation), Count(QuadClass.VerbalConflict), Count(QuadClass.MaterialConflict));
    }
}
