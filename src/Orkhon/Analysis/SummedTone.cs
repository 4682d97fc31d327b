namespace Orkhon.Analysis;

/// <summary>
/// The tone of a group of events read already summed from the store: how many of them have a catalogued code
/// (and so a Goldstein value and a quad class), and the sum of those values in tenths (exact: every Goldstein
/// value has one decimal).
/// </summary>
public readonly record struct SummedTone(int Catalogued, long GoldsteinTenths);
