using Orkhon.Claims;
using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Ingestion;

/// <summary>
/// A document ready to be written: its sentences and the event mentions found in them, both from one
/// split of its text (see <see cref="Text.SplitText"/>), so every mention's span is a stored sentence.
/// </summary>
public sealed record PreparedDocument(Document Document, IReadOnlyList<Sentence> Sentences, IReadOnlyList<EventMention> Mentions)
{
    /// <summary>The document's status claims checked against the record (ingest reports the contradicted ones).</summary>
    public IReadOnlyList<ClaimFinding> Claims { get; init; } = [];
}
