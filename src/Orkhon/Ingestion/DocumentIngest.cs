using Orkhon.Contracts;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Reading;

namespace Orkhon.Ingestion;

/// <summary>
/// What happened to one document of an ingest. <see cref="Position"/> is its place in the list of files
/// (0 for a single document). <see cref="Extracted"/> is false when the cheap checks settled it before any
/// extraction: unreadable, or already stored.
/// </summary>
public sealed record DocumentIngest(
    int Position,
    string? Path,
    DocumentOutcome Outcome,
    string? DocumentId,
    int Sentences,
    IReadOnlyList<EventMention> Mentions,
    IReadOnlyList<Event> Events,
    ReadProblem? Problem,
    bool Extracted)
{
    /// <summary>The claims of an added document that the record contradicts.</summary>
    public IReadOnlyList<ClaimRow> ContradictedClaims { get; init; } = [];
}
