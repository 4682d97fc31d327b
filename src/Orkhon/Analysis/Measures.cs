using Orkhon.Knowledge.Economy;

namespace Orkhon.Analysis;

/// <summary>The names of <see cref="Measure"/> in requests and output, and the data series and flow each economic one reads.</summary>
public static class Measures
{
    private static readonly string[] s_names = ["events", "trade", "exports", "imports", "fdi", "aid"];

    public static IReadOnlyList<string> Names => s_names;

    public static string Name(Measure measure) => s_names[(int)measure];

    public static bool TryParse(string? text, out Measure measure)
    {
        var i = text is null ? 0 : Array.IndexOf(s_names, text.Trim().ToLowerInvariant());
        measure = i < 0 ? Measure.Events : (Measure)i;
        return i >= 0;
    }

    /// <summary>The series and flow an economic measure reads; null for <see cref="Measure.Events"/>.</summary>
    public static (EconomicSeries Series, string Flow)? Source(Measure measure) => measure switch
    {
        Measure.Trade => (EconomicSeries.Trade, EconomicSeries.Turnover),
        Measure.Exports => (EconomicSeries.Trade, EconomicSeries.Export),
        Measure.Imports => (EconomicSeries.Trade, EconomicSeries.Import),
        Measure.Fdi => (EconomicSeries.Fdi, EconomicSeries.Inflow),
        Measure.Aid => (EconomicSeries.Aid, EconomicSeries.Oda),
        _ => null,
    };

    /// <summary>What an economic measure's shares are shares of, for output.</summary>
    public static string Describe(Measure measure) => measure switch
    {
        Measure.Trade => "merchandise trade (exports + imports)",
        Measure.Exports => "merchandise exports",
        Measure.Imports => "merchandise imports",
        Measure.Fdi => "FDI inflows by source",
        Measure.Aid => "ODA received by donor",
        _ => "diplomatic events",
    };
}
