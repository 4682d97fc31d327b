using Orkhon.Domain;

namespace Orkhon.Extraction;

/// <summary>
/// One event as one sentence reports it: who did what to whom and when, the sentence's span in the
/// document, the phrase that carried it and the lexicon entry that coded it.
/// </summary>
public sealed record EventMention(
    ActorRef Source,
    ActorRef Target,
    CameoCode Cameo,
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
    private readonly CameoCode _cameo = CameoCode.Require(Cameo);

    public CameoCode Cameo
    {
        get => _cameo;
        init => _cameo = CameoCode.Require(value);
    }
}
