namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// What the event lexicon knows of one word form, found in one look-up: the phrases it may start, and the later words (the
/// fixed slots after a phrase's first, by id) it may fill.
/// </summary>
internal sealed class LexiconWord(int index, CompiledPhrase[] starting, int[] fills, int[] startingKeys)
{
    /// <summary>The form's number in its lexicon, from 0: a sentence's scratch marks by it the forms it has read.</summary>
    public int Index { get; } = index;

    /// <summary>The phrases filed under this form, in the order they are tried.</summary>
    public CompiledPhrase[] Starting { get; } = starting;

    /// <summary>The ids of the later-word sets (<see cref="CompiledPhrase.LaterWordIds"/>) that accept this form.</summary>
    public int[] Fills { get; } = fills;

    /// <summary>
    /// For each phrase of <see cref="Starting"/>, at the same place, one of its later-word ids (-1 for a phrase with none), kept
    /// beside the phrases so that a phrase whose later word is absent is turned away without reading the phrase itself
    /// (<see cref="SentenceLexiconWords.KeyFollows"/>).
    /// </summary>
    public int[] StartingKeys { get; } = startingKeys;
}
