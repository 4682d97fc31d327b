using Orkhon.Extraction.Lexicon;

namespace Orkhon.Extraction;

/// <summary>A lexicon phrase found in a sentence: its token range and whether it is in the passive voice.</summary>
internal sealed record Trigger(int First, int End, CompiledPhrase Phrase, bool Passive)
{
    public LexiconEntry Entry => Phrase.Entry;
}
