using System.Collections.Frozen;

namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// One word position of a compiled phrase: the word forms it accepts (every inflection of the lemmas the row
/// wrote), compared case-insensitively in one hash look-up, so a slot's cost does not grow with its alternatives.
/// </summary>
public sealed class PhraseSlot
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseSlot(IEnumerable<string> lemmas, IEnumerable<string> forms)
    {
        Lemmas = [.. lemmas.Distinct(StringComparer.OrdinalIgnoreCase)];
        Forms = forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = Forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The words as the row wrote them, one per alternative ("sanction", "embargo").</summary>
    public IReadOnlyList<string> Lemmas { get; }

    /// <summary>Every form the slot accepts.</summary>
    public FrozenSet<string> Forms { get; }

    public bool Accepts(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
