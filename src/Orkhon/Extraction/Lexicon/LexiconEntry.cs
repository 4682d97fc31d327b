using Orkhon.Domain;

namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// One phrase of the event lexicon: the CAMEO code it carries, how its actors are found, and what must
/// (or must not) follow it. <see cref="Example"/> is a sentence of our own that the entry must code.
/// </summary>
public sealed record LexiconEntry(
    string Id,
    string Cameo,
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
    private readonly CameoCode _code = CameoCode.Parse(Cameo);

    /// <summary>The CAMEO code as text, validated when the entry was made.</summary>
    public string Cameo
    {
        get => _code.Value;
        init => _code = CameoCode.Parse(value);
    }

    /// <summary><see cref="Cameo"/> as a <see cref="CameoCode"/>.</summary>
    public CameoCode Code => _code;
}
