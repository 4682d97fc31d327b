namespace Orkhon.Knowledge.Economy;

/// <summary>The three economic data files of <c>data/economy/</c>, each with the flows it may hold.</summary>
public sealed record EconomicSeries(string Id, string File, IReadOnlyList<string> Flows)
{
    public static EconomicSeries Trade { get; } = new("trade", "economy.trade.tsv", [Export, Import, Turnover]);

    public static EconomicSeries Fdi { get; } = new("fdi", "economy.fdi.tsv", [Inflow, Stock]);

    public static EconomicSeries Aid { get; } = new("aid", "economy.aid.tsv", [Oda]);

    public static IReadOnlyList<EconomicSeries> All { get; } = [Trade, Fdi, Aid];

    public const string Export = "export";
    public const string Import = "import";

    /// <summary>Exports plus imports, as a source publishes it or as the sum of both flows when both are known.</summary>
    public const string Turnover = "turnover";

    public const string Inflow = "inflow";
    public const string Stock = "stock";

    /// <summary>Net disbursements of official development assistance.</summary>
    public const string Oda = "oda";
}
