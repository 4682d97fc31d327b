namespace Orkhon.Extraction.Time;

/// <summary>
/// A time phrase the tagger read but did not keep, because what it denotes lies outside the calendar
/// ("3000 years ago" in a 2024 text is year -976). Reported by <c>orkhon extract --explain</c>.
/// </summary>
public sealed record IgnoredTimePhrase(int Start, int End, string Reason);
