namespace Orkhon.Domain;

/// <summary>
/// An imported PLOVER (POLECAT) record that has no one CAMEO code — a REQUEST, or an ACCUSE without a mode —
/// kept as PLOVER codes it, so importing loses nothing. It is not an <see cref="Event"/>: every analysis
/// reads CAMEO codes, and these records are never counted by them. Its origin is always
/// <see cref="EventOrigin.Imported"/>.
/// </summary>
/// <param name="Id">The dataset id, <c>plover-</c> + the record's id (as for an imported event).</param>
/// <param name="Type">The PLOVER event type, in capitals (<c>REQUEST</c>).</param>
/// <param name="Mode">The PLOVER mode, lower case (<c>allege</c>), or null when the record has none.</param>
/// <param name="Contexts">The PLOVER contexts, lower case, in the record's order.</param>
/// <param name="Text">The record's text (a sentence or headline), or null.</param>
/// <param name="Evidences">The sources the record names: addresses with their words.</param>
public sealed record PloverEvent(
    string Id,
    string Type,
    string? Mode,
    IReadOnlyList<string> Contexts,
    string Source,
    string Target,
    FuzzyDate? Date,
    string? Location,
    string? Text,
    IReadOnlyList<SourceEvidence> Evidences)
{
    public EventOrigin Origin => EventOrigin.Imported;

    /// <summary>Equal field by field, lists by their items: what a re-import or a round trip must give back.</summary>
    public bool SameAs(PloverEvent other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Id == other.Id && Type == other.Type && Mode == other.Mode && Source == other.Source && Target == other.Target
            && Date == other.Date && Location == other.Location && Text == other.Text
            && Contexts.SequenceEqual(other.Contexts, StringComparer.Ordinal)
            && Evidences.SequenceEqual(other.Evidences);
    }
}
