using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
/// The word is read four characters at a time (one 64-bit read: its ASCII test, its letters lowered and its hash in a few
/// instructions, where a character at a time took a multiply each), and each entry keeps its key's first four lowered
/// characters and length beside its value, so that a key of up to four characters ("the", "of", "said") is compared without
/// reading its string, and a longer one only past its fourth character.
/// </summary>
public sealed class FoldedWordTable<TValue>
    where TValue : class
{
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _fallback;
    // Some key is not ASCII yet may equal an ASCII word ignoring case: an ASCII word the table misses is then asked again.
    private readonly bool _hasNonAsciiKeyForAsciiWord;

    // Open addressing over a power-of-two number of slots, at most half full: slot → 1 + index into the entries in the low half,
    // 0 when empty, and the key's hash in the high half, so that a slot holding another key is passed over without reading
    // that key's entry (on a table of thousands of words, a cache miss a look-up).
    private readonly ulong[] _slots;
    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly int _mask;

    // A key's first four lowered characters (fewer for a shorter key, the rest zero), its length, the lowered key and its value:
    // one read brings what the comparison needs first and the value.
    private readonly struct Entry(ulong head, int length, string lowered, TValue value)
    {
        public readonly ulong Head = head;
        public readonly int Length = length;
        public readonly string Lowered = lowered;
        public readonly TValue Value = value;
    }

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
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        var kept = new List<Entry>(frozen.Count);
        foreach (var (key, value) in frozen)
        {
            if (!System.Text.Ascii.IsValid(key))
            {
                _hasNonAsciiKeyForAsciiWord |= MayEqualAsciiWord(key);
                continue;
            }

            var lowered = key.ToLowerInvariant();
            Read(lowered, out var hash, out var head);
            var slot = Slot(hash);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            kept.Add(new Entry(head, lowered.Length, lowered, value));
            _slots[slot] = (hash << 32) | (uint)kept.Count;
        }

        _entries = [.. kept];
    }

    public int Count => _fallback.Dictionary.Count;

    /// <summary>The value of <paramref name="word"/> compared ignoring case, or null when no key is the word.</summary>
    public TValue? Find(ReadOnlySpan<char> word)
    {
        if (!Read(word, out var hash, out var head))
        {
            return _fallback.TryGetValue(word, out var other) ? other : null;
        }

        var slot = Slot(hash);
        for (var entry = _slots[slot]; entry != 0; entry = _slots[slot])
        {
            if ((entry >> 32) == hash)
            {
                ref readonly var e = ref _entries[(int)(uint)entry - 1];
                if (e.Head == head && e.Length == word.Length && (word.Length <= 4 || EqualsLoweredFrom4(word, e.Lowered)))
                {
                    return e.Value;
                }
            }

            slot = (slot + 1) & _mask;
        }

        return _hasNonAsciiKeyForAsciiWord && _fallback.TryGetValue(word, out var found) ? found : null;
    }

    // Reads an ASCII word four characters at a time with its letters lowered: its 32-bit hash and its first four lowered
    // characters packed as a key's head is. False, at once, for a word with a character outside ASCII. The same reading of a
    // lowered key gives the same hash and head as of any word equal to it ignoring case.
    private static bool Read(ReadOnlySpan<char> word, out ulong hash, out ulong head)
    {
        var h = (ulong)word.Length;
        head = 0;
        var k = 0;
        for (; k + 4 <= word.Length; k += 4)
        {
            var chunk = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word.Slice(k, 4)));
            if ((chunk & 0xFF80_FF80_FF80_FF80UL) != 0)
            {
                hash = 0;
                return false;
            }

            chunk = LowerAscii(chunk);
            if (k == 0)
            {
                head = chunk;
            }

            h = BitOperations.RotateLeft((h ^ chunk) * 0x9E37_79B9_7F4A_7C15UL, 27);
        }

        if (k < word.Length)
        {
            var tail = 0UL;
            for (var shift = 0; k < word.Length; k++, shift += 16)
            {
                var c = word[k];
                if (c > 0x7F)
                {
                    hash = 0;
                    return false;
                }

                tail |= (ulong)Lower(c) << shift;
            }

            if (word.Length < 4)
            {
                head = tail;
            }

            h = BitOperations.RotateLeft((h ^ tail) * 0x9E37_79B9_7F4A_7C15UL, 27);
        }

        // The slot is taken from the top bits and the hash kept in the slot from the low half, after a final mix of both halves.
        h ^= h >> 32;
        h *= 0xD6E8_FEB8_6659_FD93UL;
        h ^= h >> 32;
        hash = (uint)h;
        return true;
    }

    // Four ASCII characters (each below 0x80, in its 16-bit lane) with 'A'–'Z' lowered: a lane's bit 7 after adding 0x3F says
    // it is at least 'A', after adding 0x25 at least '['; where the two differ the lane is a capital, and gains 0x20.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LowerAscii(ulong chunk)
    {
        var capitals = ((chunk + 0x003F_003F_003F_003FUL) ^ (chunk + 0x0025_0025_0025_0025UL)) & 0x0080_0080_0080_0080UL;
        return chunk | (capitals >> 2);
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong hash) => (int)((hash * 0x9E37_79B9_7F4A_7C15UL) >> _shift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Lower(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

    // The characters after the fourth, which the heads compared: a key of more than four characters.
    private static bool EqualsLoweredFrom4(ReadOnlySpan<char> word, string lowered)
    {
        for (var k = 4; k < word.Length; k++)
        {
            if (Lower(word[k]) != lowered[k])
            {
                return false;
            }
        }

        return true;
    }
}
