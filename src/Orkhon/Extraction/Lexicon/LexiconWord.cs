namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// What the event lexicon knows of one word form, found in one look-up: the phrases it may start, and the later words (the
/// fixed slots after a phrase's first, by id) it may fill.
/// </summary>
internal sealed class LexiconWord(int index, CompiledPhrase[] starting, int[] fills)
{
    /// <summary>The form's number in its lexicon, from 0: a sentence's scratch marks by it the forms it has read.</summary>
    public int Index { get; } = index;

    /// <summary>The phrases filed under this form, in the order they are tried.</summary>
    public CompiledPhrase[] Starting { get; } = starting;

    /// <summary>The ids of the later-word sets (<see cref="CompiledPhrase.LaterWordIds"/>) that accept this form.</summary>
    public int[] Fills { get; } = fills;
}
