using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Storage;

namespace Orkhon.Tests.Storage;

/// <summary>The dyad-year counts worked out from events in C#, to compare with what a store's triggers keep.</summary>
internal static class DyadYearCountOracle
{
    public static List<DyadYearCount> From(IEnumerable<Event> events) =>
        [.. events.GroupBy(e => (e.Source.Code, e.Target.Code, Year(e.Date), DyadYearCountSql.MeaningOf(e.Cameo), CameoCatalog.Default.Contains(e.Cameo), e.Kind, e.Source.Role, e.Target.Role))
            .Select(g => new DyadYearCount(g.Key.Item1, g.Key.Item2, g.Key.Item3, g.Key.Item4, g.Key.Item5, g.Key.Kind, g.Key.Item7, g.Key.Item8, g.Count(),
                g.Sum(e => CameoCatalog.Default.Find(e.Cameo) is { } type ? (long)Math.Round(type.Goldstein * 10) : 0)))
            .OrderBy(c => c, Order)];

    /// <summary>Sorted for comparison: the store returns rows in no particular order.</summary>
    public static List<DyadYearCount> Sorted(IEnumerable<DyadYearCount> counts) => [.. counts.OrderBy(c => c, Order)];

    private static FuzzyDate? Year(FuzzyDate? date) => date is { IsSpan: false } d ? FuzzyDate.OfYear(d.Earliest.Year) : date;

    private static readonly Comparer<DyadYearCount> Order = Comparer<DyadYearCount>.Create((a, b) => string.CompareOrdinal(Key(a), Key(b)));

    private static string Key(DyadYearCount c) =>
        $"{c.Source}|{c.Target}|{c.Date}|{c.Meaning.Value}|{c.Catalogued}|{c.Kind}|{c.SourceRole}|{c.TargetRole}|{c.Events}|{c.GoldsteinTenths}";
}
