using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Tests.Storage;

/// <summary>The dyad-day counts worked out from events themselves: what a store's maintained counts must equal.</summary>
internal static class DyadDayCountOracle
{
    public static List<DyadDayCount> From(IEnumerable<Event> events) =>
        [.. events.GroupBy(e => (e.Source.Code, e.Target.Code, e.Date, e.Cameo, e.Kind, e.Source.Role, e.Target.Role))
            .Select(g => new DyadDayCount(g.Key.Item1, g.Key.Item2, g.Key.Date, g.Key.Cameo, g.Key.Kind, g.Key.Item6, g.Key.Item7, g.Count()))
            .OrderBy(c => c, Order)];

    /// <summary>Sorted for comparison: the store returns rows in no particular order.</summary>
    public static List<DyadDayCount> Sorted(IEnumerable<DyadDayCount> counts) => [.. counts.OrderBy(c => c, Order)];

    private static readonly Comparer<DyadDayCount> Order = Comparer<DyadDayCount>.Create((a, b) =>
        string.CompareOrdinal(Key(a), Key(b)));

    private static string Key(DyadDayCount c) =>
        $"{c.Source}|{c.Target}|{c.Date}|{c.Cameo.Value}|{c.Kind}|{c.SourceRole}|{c.TargetRole}|{c.Events}";
}
