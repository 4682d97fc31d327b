using Orkhon.Domain;

namespace Orkhon.Extraction;

/// <summary>
/// One event as one sentence reports it: who did what to whom and when, the sentence's span in the
/// document, the phrase that carried it and the lexicon entry that coded it.
/// </summary>
public sealed record EventMention(
    ActorRef Source,
    ActorRef Target,
    string Cameo,
    FuzzyDate? Date,
    int SentenceStart,
    int SentenceEnd,
    string Sentence,
    int PhraseStart,
    int PhraseEnd,
    string LexiconEntry,
    double Confidence,
    string? Location)
{
    private readonly CameoCode _code = CameoCode.Parse(Cameo);

    /// <summary>The CAMEO code as text, validated when the mention was made.</summary>
    public string Cameo
    {
        get => _code.Value;
        init => _code = CameoCode.Parse(value);
    }

    /// <summary><see cref="Cameo"/> as a <see cref="CameoCode"/>.</summary>
    public CameoCode Code => _code;
}
