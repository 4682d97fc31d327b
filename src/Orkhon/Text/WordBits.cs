using System.Collections.Frozen;

namespace Orkhon.Text;

/// <summary>
/// A set of words folded into 256 bits, one bit a word, for an exact "none of these words is here" test before a scan: a
/// stage that can act only at one of a few words asks whether the sentence's bits meet the bits of its words, and skips the
/// sentence when they do not. Two words equal under ordinal comparison, with or without case, set the same bit (the bit is
/// read from the length and the first, second and last characters, ASCII letters folded), so the test never says "absent"
/// of a word that is there; it may say "present" of one that is not, and the stage then scans as before. A looked-for word
/// with a character outside ASCII among those three sets every bit, and so does a sentence's word whose such characters
/// may each equal an ASCII one ignoring case: their case folding is the runtime's, which this does not repeat.
/// </summary>
public readonly struct WordBits
{
    private readonly ulong _b0;
    private readonly ulong _b1;
    private readonly ulong _b2;
    private readonly ulong _b3;

    private WordBits(ulong b0, ulong b1, ulong b2, ulong b3) => (_b0, _b1, _b2, _b3) = (b0, b1, b2, b3);

    /// <summary>Bits that meet every other set's: "may hold any word".</summary>
    public static WordBits All { get; } = new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue);

    /// <summary>The bits of the given tokens of <paramref name="text"/>, whatever their kind.</summary>
    public static WordBits Of(string text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        Span<ulong> bits = stackalloc ulong[4];
        foreach (var token in tokens)
        {
            var word = token.In(text);
            if (Bit(word) is >= 0 and var bit)
            {
                bits[bit >> 6] |= 1UL << (bit & 63);
            }
            else if (MayFoldToAscii(word))
            {
                return All;
            }
            else
            {
                // A character it is read by equals no ASCII one ignoring case ("’s", "régime"): the word equals only words with a
                // character outside ASCII there, whose bits are every bit. It sets one bit, so that they meet.
                bits[0] |= 1UL << OutsideAscii;
            }
        }

        return new(bits[0], bits[1], bits[2], bits[3]);
    }

    /// <summary>The bits of some words, compared ordinally with or without case.</summary>
    public static WordBits Of(params string[] words) => OfWords(words);

    private static WordBits OfWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Span<ulong> bits = stackalloc ulong[4];
        foreach (var word in words)
        {
            if (Bit(word) is not (>= 0 and var bit))
            {
                return All;
            }

            bits[bit >> 6] |= 1UL << (bit & 63);
        }

        return new(bits[0], bits[1], bits[2], bits[3]);
    }

    /// <summary>The bits of a frozen set's words; every bit when its comparison is not ordinal (a linguistic one may equate other strings).</summary>
    public static WordBits Of(FrozenSet<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var comparer = words.Comparer;
        return comparer == StringComparer.Ordinal || comparer == StringComparer.OrdinalIgnoreCase || comparer == EqualityComparer<string>.Default ? OfWords(words) : All;
    }

    /// <summary>The bits of a word set's words.</summary>
    public static WordBits Of(WordSet words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return Of(words.Words);
    }

    /// <summary>Whether some word of one set may be in the other: false means none is.</summary>
    public bool Meets(in WordBits other) => ((_b0 & other._b0) | (_b1 & other._b1) | (_b2 & other._b2) | (_b3 & other._b3)) != 0;

    // The bit a sentence's word sets when it equals only words outside ASCII: that of an empty word.
    private const int OutsideAscii = 0;

    // The word's bit, 0–255, or -1 when a character it is read by is outside ASCII. An empty word has bit 0.
    private static int Bit(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        var (first, second, last) = (word[0], word.Length > 1 ? word[1] : '\0', word[^1]);
        // Only these three characters and the length make the bit, so only they need to fold alike in both words.
        if ((first | second | last) >= 0x80)
        {
            return -1;
        }

        var h = (uint)word.Length * 0x9E3779B1u;
        h = (h ^ Fold(first)) * 0x85EBCA77u;
        h = (h ^ Fold(second)) * 0xC2B2AE3Du;
        h = (h ^ Fold(last)) * 0x27D4EB2Fu;
        return (int)(h >> 24);
    }

    // Whether each of the characters the bit is read from equals some ASCII character ignoring case (a non-ASCII letter may
    // upper-case to an ASCII one), so that the word may equal a word whose bit is read.
    private static bool MayFoldToAscii(ReadOnlySpan<char> word) =>
        FoldsToAscii(word[0]) && (word.Length < 2 || FoldsToAscii(word[1])) && FoldsToAscii(word[^1]);

    // By character: 0 not asked yet, 1 equals no ASCII character ignoring case, 2 equals one. Filled on first use (a race
    // writes the same answer twice).
    private static readonly byte[] s_foldsToAscii = new byte[char.MaxValue + 1];

    private static bool FoldsToAscii(char c)
    {
        if (c <= 0x7F)
        {
            return true;
        }

        if (s_foldsToAscii[c] == 0)
        {
            // A surrogate stands in a pair, which no ASCII character equals.
            var equalsSome = false;
            Span<char> one = [c];
            Span<char> ascii = stackalloc char[1];
            for (var a = 0; a <= 0x7F && !equalsSome && !char.IsSurrogate(c); a++)
            {
                ascii[0] = (char)a;
                equalsSome = MemoryExtensions.Equals(one, ascii, StringComparison.OrdinalIgnoreCase);
            }

            s_foldsToAscii[c] = equalsSome ? (byte)2 : (byte)1;
        }

        return s_foldsToAscii[c] == 2;
    }

    private static uint Fold(char c) => char.IsAsciiLetterUpper(c) ? (uint)(c | 0x20) : c;
}
