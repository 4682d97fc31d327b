namespace Orkhon.Storage;

/// <summary>How often an actor occurs in stored events, and over which dates.</summary>
public sealed record ActorActivity(string Code, int Events, string? FirstDate, string? LastDate);
