using Orkhon.Domain;

namespace Orkhon.Claims;

/// <summary>A claim compared with the record: the verdict, the record that decided it (in words), its date and its source.</summary>
/// <param name="Record">What the record says, in words ("MNG has been an observer of SCO since 2004-06-17"); why it cannot say, for an unknown.</param>
public sealed record ClaimFinding(FoundClaim Claim, ClaimVerdict Verdict, string Record, FuzzyDate? RecordDate, string? SourceUrl);
