namespace Orkhon.Analysis;

/// <summary>
/// A pillar's (or partner's) part of a reporter's economic total in one year: the sum of its known
/// partners' shares, null when none of its partners has a figure (missing, not zero), with the partners
/// that make it up.
/// </summary>
public sealed record EconomicShare(string Id, double? Share, double? ValueMusd, IReadOnlyList<string> Partners);
