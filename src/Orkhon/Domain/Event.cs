namespace Orkhon.Domain;

/// <summary>
/// Who did what to whom, when and where, coded in CAMEO, with the evidence for it. The same real
/// event told by several sources is one <see cref="Event"/> with several <see cref="Evidences"/>.
/// </summary>
/// <param name="Id">Stable identifier: the knowledge-base id for curated events, a content-derived id otherwise.</param>
/// <param name="Cameo">The CAMEO code, validated by whoever built the event (knowledge base, lexicon, store); written as its text (<c>042</c>) everywhere.</param>
/// <param name="Kind">A coarser, human label used by the knowledge base (<c>state_visit</c>, <c>treaty_signed</c>…), when known; extracted events have none.</param>
/// <param name="Confidence">How sure the product is, in [0, 1].</param>
public sealed record Event(
    string Id,
    ActorRef Source,
    ActorRef Target,
    CameoCode Cameo,
    FuzzyDate? Date,
    string? Location,
    EventOrigin Origin,
    double Confidence,
    IReadOnlyList<Evidence> Evidences,
    EventKind? Kind = null,
    string? Title = null)
{
    // default(CameoCode) is the one CameoCode that is not a code; refusing it here means every event holds a real one.
    private readonly CameoCode _cameo = CameoCode.Require(Cameo);

    public CameoCode Cameo
    {
        get => _cameo;
        init => _cameo = CameoCode.Require(value);
    }
}
