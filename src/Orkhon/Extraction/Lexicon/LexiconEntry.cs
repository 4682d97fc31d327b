using Orkhon.Domain;

namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// One phrase of the event lexicon: the CAMEO code it carries, how its actors are found, and what must
/// (or must not) follow it. <see cref="Example"/> is a sentence of our own that the entry must code.
/// </summary>
public sealed record LexiconEntry(
    string Id,
    CameoCode Cameo,
    EventFrame Frame,
    string Phrase,
    bool IsNoun,
    IReadOnlyList<string> RequiredObjects,
    IReadOnlyList<string> ForbiddenObjects,
    bool RequiresActorObject,
    bool ForbidsActorObject,
    string Example,
    int Line)
{
    private readonly CameoCode _cameo = CameoCode.Require(Cameo);

    public CameoCode Cameo
    {
        get => _cameo;
        init => _cameo = CameoCode.Require(value);
    }
}
