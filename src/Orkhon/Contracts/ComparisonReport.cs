namespace Orkhon.Contracts;

/// <summary>
/// <c>compare</c>'s answer: the period labels all countries share, then each country's <c>balance</c> rows over
/// exactly those periods. Pillars differ between frameworks, so the comparable figures are the indices
/// (entropy, HHI), neighbour dependence and tilt, always with the event counts behind them.
/// </summary>
public sealed record ComparisonReport(IReadOnlyList<string> Periods, IReadOnlyList<CountryBalance> Countries);

/// <summary>One country of a comparison: its framework, where that framework comes from, and its periods.</summary>
public sealed record CountryBalance(string Country, string Name, string Framework, FrameworkSource FrameworkProvenance, IReadOnlyList<BalancePeriod> Periods);
