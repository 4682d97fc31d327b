using System.Collections.Frozen;

namespace Orkhon.Text;

/// <summary>
/// A set of words compared ordinally, ignoring case or not, looked up by span. Two exact pre-tests run before the hash
/// look-up, because most words tried against a lexicon's word set are not in it: ordinal equality, with or without case,
/// needs equal lengths, and, when both first characters are ASCII letters, the same letter in either case. A set that ignores
/// case is then looked up in a <see cref="FoldedWordTable{TValue}"/> of its words (the same answers as the frozen set, in one
/// pass over the word): the frozen set's look-up, through a delegate, hashing and comparing with case folded, was the largest
/// runtime cost of the pipeline's hundreds of word sets.
/// </summary>
public sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // The words of a set that ignores case, each its own value; null for an ordinal set.
    private readonly FoldedWordTable<string>? _folded;

    // Bit n: a word of n characters is in the set (bit 63: 63 or more).
    private readonly ulong _lengths;

    // Bit n: a word starting with ASCII letter 'a' + n, either case. All bits are set when some word starts with anything
    // else: a non-ASCII letter may upper-case to an ASCII one ('ı' to 'I'), so no first letter can be ruled out then.
    private readonly uint _initials;

    /// <summary>A set compared ordinally ignoring case.</summary>
    public WordSet(IEnumerable<string> words)
        : this(words, StringComparer.OrdinalIgnoreCase)
    {
    }

    /// <summary>A set compared by <paramref name="comparer"/>: <see cref="StringComparer.Ordinal"/> or <see cref="StringComparer.OrdinalIgnoreCase"/>.</summary>
    public WordSet(IEnumerable<string> words, StringComparer comparer)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(comparer);
        if (comparer != StringComparer.Ordinal && comparer != StringComparer.OrdinalIgnoreCase)
        {
            // The pre-tests hold for ordinal comparisons only: a linguistic one may equate strings of different lengths.
            throw new ArgumentException("Only ordinal comparers, with or without case, are supported.", nameof(comparer));
        }

        Words = words.ToFrozenSet(comparer);
        _lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        _folded = comparer == StringComparer.OrdinalIgnoreCase ? new FoldedWordTable<string>(Words.ToDictionary(w => w, w => w, comparer)) : null;
        foreach (var w in Words)
        {
            _lengths |= LengthBit(w.Length);
            _initials |= w.Length > 0 && char.IsAsciiLetter(w[0]) ? InitialBit(w[0]) : uint.MaxValue;
        }
    }

    /// <summary>The words, as a frozen set with the same comparison.</summary>
    public FrozenSet<string> Words { get; }

    public int Count => Words.Count;

    public bool Contains(ReadOnlySpan<char> word) =>
        (_lengths & LengthBit(word.Length)) != 0
        && (word.Length == 0 || !char.IsAsciiLetter(word[0]) || (_initials & InitialBit(word[0])) != 0)
        && (_folded is { } folded ? folded.Find(word) is not null : _lookup.Contains(word));

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private static uint InitialBit(char asciiLetter) => 1u << ((asciiLetter | 0x20) - 'a');
}
