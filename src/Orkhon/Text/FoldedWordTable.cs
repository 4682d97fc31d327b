using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Orkhon.Text;

/// <summary>
/// A large table of words compared ordinally ignoring case, looked up by span: the same answers as a frozen dictionary with
/// <see cref="StringComparer.OrdinalIgnoreCase"/>, found with one pass over the word. An ASCII word is hashed and compared
/// with its letters lowered as it is read, in an open-addressed table of lowered keys; the frozen dictionary's look-up
/// checks the word for non-ASCII characters, hashes it and compares it with case folded, each its own pass, and on a table of
/// thousands of words its look-up was the pipeline's largest own cost. A word with a non-ASCII character goes to the frozen
/// dictionary, as does an ASCII word the table misses while some key that is not ASCII may equal an ASCII word (a non-ASCII
/// letter may upper-case to an ASCII one under ordinal case folding), so no answer differs from the frozen dictionary's. Which
/// keys may is asked of the runtime's own comparison, letter by letter, when the table is built: a key with a letter that
/// equals no ASCII character ignoring case ("régime", "’s") never sends a missed ASCII word to the frozen dictionary.
/// </summary>
public sealed class FoldedWordTable<TValue>
    where TValue : class
{
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _fallback;
    // Some key is not ASCII yet may equal an ASCII word ignoring case: an ASCII word the table misses is then asked again.
    private readonly bool _hasNonAsciiKeyForAsciiWord;

    // Open addressing over a power-of-two number of slots, at most half full: slot → 1 + index into the keys in the low half, 0
    // when empty, and the key's hash in the high half, so that a slot holding another key is passed over without reading
    // that key's string (on a table of thousands of words, a cache miss a look-up).
    private readonly ulong[] _slots;
    private readonly string[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;
    private readonly int _shift;

    public FoldedWordTable(IReadOnlyDictionary<string, TValue> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var frozen = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _fallback = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        var size = 16;
        while (size < frozen.Count * 2)
        {
            size *= 2;
        }

        _slots = new ulong[size];
        _mask = size - 1;
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
        var keys = new List<string>(frozen.Count);
        var values = new List<TValue>(frozen.Count);
        foreach (var (key, value) in frozen)
        {
            if (!System.Text.Ascii.IsValid(key))
            {
                _hasNonAsciiKeyForAsciiWord |= MayEqualAsciiWord(key);
                continue;
            }

            var lowered = key.ToLowerInvariant();
            var hash = Hash(lowered);
            var slot = Slot(hash);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            keys.Add(lowered);
            values.Add(value);
            _slots[slot] = ((ulong)hash << 32) | (uint)keys.Count;
        }

        _keys = [.. keys];
        _values = [.. values];
    }

    public int Count => _fallback.Dictionary.Count;

    /// <summary>The value of <paramref name="word"/> compared ignoring case, or null when no key is the word.</summary>
    public TValue? Find(ReadOnlySpan<char> word)
    {
        var hash = 0u;
        foreach (var c in word)
        {
            if (c > 0x7F)
            {
                return _fallback.TryGetValue(word, out var other) ? other : null;
            }

            hash = Mix(hash, Lower(c));
        }

        var slot = Slot(hash);
        for (var entry = _slots[slot]; entry != 0; entry = _slots[slot])
        {
            var index = (int)(uint)entry - 1;
            if ((uint)(entry >> 32) == hash && EqualsLowered(word, _keys[index]))
            {
                return _values[index];
            }

            slot = (slot + 1) & _mask;
        }

        return _hasNonAsciiKeyForAsciiWord && _fallback.TryGetValue(word, out var found) ? found : null;
    }

    // Whether some word of ASCII characters only equals the key ignoring case: ordinal comparison ignoring case compares the
    // characters one by one (a surrogate pair as a pair, which no ASCII character equals), so that is when each character
    // of the key equals some ASCII character.
    private static bool MayEqualAsciiWord(string key)
    {
        Span<char> ascii = stackalloc char[1];
        for (var k = 0; k < key.Length; k++)
        {
            var c = key[k];
            if (c <= 0x7F)
            {
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return false;
            }

            var equalsSome = false;
            for (var a = 0; a <= 0x7F && !equalsSome; a++)
            {
                ascii[0] = (char)a;
                equalsSome = MemoryExtensions.Equals(key.AsSpan(k, 1), ascii, StringComparison.OrdinalIgnoreCase);
            }

            if (!equalsSome)
            {
                return false;
            }
        }

        return true;
    }

    private static uint Hash(string lowered)
    {
        var hash = 0u;
        foreach (var c in lowered)
        {
            hash = Mix(hash, c);
        }

        return hash;
    }

    // FNV-1a over the characters; the slot is the top bits of a Fibonacci multiply, which depend on every character.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint hash, char c) => (hash ^ c) * 16777619u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(uint hash) => (int)((hash * 0x9E3779B1u) >> _shift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Lower(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

    private static bool EqualsLowered(ReadOnlySpan<char> word, string lowered)
    {
        if (word.Length != lowered.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (Lower(word[k]) != lowered[k])
            {
                return false;
            }
        }

        return true;
    }
}
