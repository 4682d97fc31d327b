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
            .Select(g => Summarise(g.Key, g, cameo))
            .OrderByDescending(t => t.Events).ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static ToneSummary Summarise(string id, IEnumerable<Engagement> items, CameoCatalog cameo)
    {
        // Events whose code is not in the catalogue count as events but have no Goldstein value nor quad class.
        int events = 0, typed = 0;
        var goldstein = 0.0;
        var tenths = 0L;
        var quads = new int[4];
        foreach (var e in items)
        {
            events += e.Events;
            if (e.Tone is { } summed)
            {
                // A dyad-year row: its code is the root's meaning, its catalogued events' values come summed.
                typed += summed.Catalogued;
                tenths += summed.GoldsteinTenths;
                quads[(int)e.Cameo.QuadClass - 1] += summed.Catalogued;
            }
            else if (cameo.Find(e.Cameo) is { } type)
            {
                typed += e.Events;
                goldstein += type.Goldstein * e.Events;
                quads[(int)type.QuadClass - 1] += e.Events;
            }
        }

        goldstein += tenths / 10.0;

        return new ToneSummary(id, events, typed > 0 ? goldstein / typed : null,
            quads[(int)QuadClass.VerbalCooperation - 1], quads[(int)QuadClass.MaterialCooperation - 1], quads[(int)QuadClass.VerbalConflict - 1], quads[(int)QuadClass.MaterialConflict - 1]);
    }
}
