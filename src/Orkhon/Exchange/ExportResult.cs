namespace Orkhon.Exchange;

/// <summary>What an export wrote, and the events a format could not take, each with the reason (e.g. ICEWS has no undated events).</summary>
public sealed record ExportResult(int Written, IReadOnlyList<(string EventId, string Reason)> Omitted);
