namespace Orkhon.Storage;

/// <summary>What bringing the curated events up to date did.</summary>
public sealed record SyncOutcome(bool Changed, int Upserted, int Removed);
