namespace Orkhon.Knowledge.Economy;

/// <summary>
/// One published figure: what <see cref="Reporter"/> exchanged with (or received from) <see cref="Partner"/>
/// in <see cref="Year"/>, as a value in current US dollars (millions), a percentage of the reporter's total,
/// or both. <see cref="Partner"/> is <see cref="World"/> for the total.
/// </summary>
/// <param name="Basis">Whose statistics: <c>reported</c> (the reporter's own), <c>mirror</c> (the partner's) or <c>unstated</c>.</param>
/// <param name="Line">The line in <see cref="File"/>, for messages.</param>
public sealed record EconomicFigure(
    string Series,
    string Reporter,
    int Year,
    string Flow,
    string Partner,
    double? ValueMusd,
    double? SharePct,
    string Basis,
    string SourceUrl,
    string? Note,
    string File,
    int Line)
{
    /// <summary>The partner code of a total over all partners (the World Bank's and UN Comtrade's code for the world).</summary>
    public const string World = "WLD";

    public static IReadOnlyList<string> Bases { get; } = ["reported", "mirror", "unstated"];

    public bool IsTotal => Partner == World;
}
