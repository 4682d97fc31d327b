namespace Orkhon.Storage;

/// <summary>A sentence found by full-text search, with the document it belongs to.</summary>
public sealed record SentenceHit(string DocumentId, string? DocumentTitle, int Start, int End, string Text);
