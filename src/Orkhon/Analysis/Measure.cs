namespace Orkhon.Analysis;

/// <summary>
/// What a balance is measured over: the country's diplomatic events (the default), or one of the economic
/// series of <c>data/economy/</c> — merchandise trade (exports plus imports), exports, imports, FDI inflows
/// or official development assistance received.
/// </summary>
public enum Measure
{
    Events,
    Trade,
    Exports,
    Imports,
    Fdi,
    Aid,
}
