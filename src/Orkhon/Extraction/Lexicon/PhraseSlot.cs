using System.Collections.Frozen;
using Orkhon.Text;

namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// One word position of a compiled phrase: the word forms it accepts (every inflection of the lemmas the row
/// wrote), compared case-insensitively in one hash look-up (after a length and first-letter test that most words fail),
/// so a slot's cost does not grow with its alternatives.
/// </summary>
public sealed class PhraseSlot
{
    private readonly WordSet _forms;

    public PhraseSlot(IEnumerable<string> lemmas, IEnumerable<string> forms)
        : this(lemmas, new WordSet(forms))
    {
    }

    /// <summary>A slot over a word set built before: the lexicon builds one per distinct slot word and shares it.</summary>
    internal PhraseSlot(IEnumerable<string> lemmas, WordSet forms)
    {
        Lemmas = [.. lemmas.Distinct(StringComparer.OrdinalIgnoreCase)];
        _forms = forms;
    }

    /// <summary>The words as the row wrote them, one per alternative ("sanction", "embargo").</summary>
    public IReadOnlyList<string> Lemmas { get; }

    /// <summary>The slot's word set, shared by the slots of the same word (the lexicon numbers each set once).</summary>
    internal WordSet FormSet => _forms;

    /// <summary>Every form the slot accepts.</summary>
    public FrozenSet<string> Forms => _forms.Words;

    public bool Accepts(ReadOnlySpan<char> word) => _forms.Contains(word);
}
