namespace Orkhon.Domain;

/// <summary>
/// Who did what to whom, when and where, coded in CAMEO, with the evidence for it. The same real
/// event told by several sources is one <see cref="Event"/> with several <see cref="Evidences"/>.
/// </summary>
/// <param name="Id">Stable identifier: the knowledge-base id for curated events, a content-derived id otherwise.</param>
/// <param name="Cameo">The CAMEO code as text; <see cref="Code"/> is the same code as a <see cref="CameoCode"/>.</param>
/// <param name="Kind">A coarser, human label used by the knowledge base (<c>state_visit</c>, <c>treaty_signed</c>…), when known: an <see cref="EventKind"/> name (see <see cref="EventKinds.Of"/>).</param>
/// <param name="Confidence">How sure the product is, in [0, 1].</param>
public sealed record Event(
    string Id,
    ActorRef Source,
    ActorRef Target,
    string Cameo,
    FuzzyDate? Date,
    string? Location,
    EventOrigin Origin,
    double Confidence,
    IReadOnlyList<Evidence> Evidences,
    string? Kind = null,
    string? Title = null)
{
    /// <summary>
    /// <see cref="Cameo"/> as a <see cref="CameoCode"/>. Every producer of events (knowledge base, lexicon,
    /// store) holds validated codes, so a code that does not parse here is a bug.
    /// </summary>
    public CameoCode Code => CameoCode.Parse(Cameo);
}
