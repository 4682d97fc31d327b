using System.Collections.Frozen;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Text;

namespace Orkhon.Tests.Text;

/// <summary>
/// <see cref="FoldedWordTable{TValue}"/> hashes and compares ASCII words with their letters lowered, and sends every other
/// word to a frozen dictionary: its answers must be those of a frozen dictionary ignoring case, for any words and keys.
/// </summary>
public sealed class FoldedWordTableTests
{
    private static FoldedWordTable<string> Table(params string[] keys)
    {
        var entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys)
        {
            entries.TryAdd(key, key);
        }

        return new FoldedWordTable<string>(entries);
    }

    [Theory]
    [InlineData("visit", "visit")] // as written
    [InlineData("VISITED", "visited")] // another case
    [InlineData("Visiting", "visiting")]
    [InlineData("Talks", "talks")]
    public void Find_AKeyInAnyCase_GivesItsValue(string word, string value) =>
        Assert.Equal(value, Table("visit", "visited", "visiting", "talks").Find(word));

    [Theory]
    [InlineData("")] // no empty key
    [InlineData("visi")] // a prefix
    [InlineData("visitx")] // one letter more
    [InlineData("v1sit")] // a digit for a letter
    [InlineData("\u0131isit")] // a dotless i: not an ASCII word, the frozen dictionary refuses it
    public void Find_AnotherWord_IsNull(string word) =>
        Assert.Null(Table("visit", "visits").Find(word));

    [Fact]
    public void Find_KeysOutsideAscii_AreFoundAsTheFrozenDictionaryFindsThem()
    {
        // 'ı' (dotless i), 'ſ' (long s) and the Kelvin sign case-fold across scripts: such keys live only in the frozen dictionary.
        var keys = new[] { "t\u00FCrkiye", "\u0131ran", "\u017Fanction", "\u212Aabul", "caf\u00E9", "paris" };
        var table = Table(keys);
        var reference = keys.ToFrozenDictionary(k => k, k => k, StringComparer.OrdinalIgnoreCase);
        foreach (var word in new[] { "T\u00DCRKIYE", "t\u00FCrkiye", "IRAN", "\u0131ran", "\u0130RAN", "SANCTION", "\u017Fanction", "kabul", "KABUL", "\u212Aabul", "CAF\u00C9", "cafe", "PARIS", "Paris" })
        {
            Assert.Equal(reference.TryGetValue(word, out var value) ? value : null, table.Find(word));
        }
    }

    // The table asks the runtime's comparison, letter by letter, whether a key outside ASCII may equal an ASCII word; only then
    // does a missed ASCII word go on to the frozen dictionary. "chargé" cannot ('é' equals 'É' only), and on this runtime neither
    // can the long s or the Kelvin sign, which Unicode folds to 's' and 'k' but ordinal comparison ignoring case does not.
    [Theory]
    [InlineData("charg\u00E9", "CHARGE", null)]
    [InlineData("charg\u00E9", "CHARG\u00C9", "charg\u00E9")]
    [InlineData("\u017Fanction", "sanction", null)]
    [InlineData("\u017Fanction", "\u017FANCTION", "\u017Fanction")]
    [InlineData("\u212Aabul", "kabul", null)]
    public void Find_AMissedAsciiWordBesideKeysOutsideAscii_AnswersAsTheFrozenDictionary(string key, string word, string? value)
    {
        var reference = new[] { key, "visit" }.ToFrozenDictionary(k => k, k => k, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(reference.TryGetValue(word, out var expected) ? expected : null, Table(key, "visit").Find(word));
        Assert.Equal(value, Table(key, "visit").Find(word));
    }

    [Fact]
    public void Find_ManyKeys_AllFoundThroughTheirCollisions()
    {
        var keys = Enumerable.Range(0, 5000).Select(n => "w" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var table = Table(keys);
        Assert.Equal(5000, table.Count);
        Assert.All(keys, k => Assert.Equal(k, table.Find(k.ToUpperInvariant())));
        Assert.Null(table.Find("w5000"));
    }

    // Letters that case-fold across scripts or to ASCII, digits, punctuation: the corners of ordinal case-insensitive equality.
    private static readonly char[] Alphabet = ['a', 'A', 'b', 'i', 'I', 'k', 'K', 's', 'S', 'z', '\u0131', '\u0130', '\u017F', '\u212A', '\u00E9', '\u00C9', '1', '-', '\'', '$'];

    [Fact]
    public void Property_Find_AnswersAsAFrozenDictionary()
    {
        // Each member in three casings, and the queries as drawn.
        CheckAnswersAsAFrozenDictionary(Alphabet, 6, m => [m, m.ToUpperInvariant(), m.ToLowerInvariant()]);
    }

    // The table reads four characters at a time and keeps each key's first four: words of up to fourteen characters around that
    // boundary, made of the characters on either side of 'A'–'Z' and 'a'–'z' (whose lowering the 64-bit read does in one step),
    // the last ASCII character, a zero, a space and letters outside ASCII.
    private static readonly char[] BoundaryAlphabet = ['@', 'A', 'Z', '[', '`', 'a', 'z', '{', 'M', 'm', '\u007F', '\0', ' ', '\u00C0', '\u00E0'];

    [Fact]
    public void Property_Find_AnswersAsAFrozenDictionary_ForLongerWords()
    {
        // Each member in three casings, each with its last character dropped, and the queries as drawn.
        CheckAnswersAsAFrozenDictionary(BoundaryAlphabet, 14, m => [m, m.ToUpperInvariant(), m.ToLowerInvariant(), m.Length > 0 ? m[..^1] : m]);
    }

    // Random tables and queries over an alphabet: the table answers every query as a frozen case-insensitive dictionary does.
    private static void CheckAnswersAsAFrozenDictionary(char[] alphabet, int maxLength, Func<string, string[]> variantsOfMember)
    {
        var word = Gen.Elements(alphabet).ListOf().Select(cs => new string([.. cs.Take(maxLength)]));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(
            Gen.Zip(word.ListOf(), word.ListOf()).ToArbitrary(),
            pair =>
            {
                var (members, queries) = pair;
                var entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var m in members)
                {
                    entries.TryAdd(m, m);
                }

                var table = new FoldedWordTable<string>(entries);
                var reference = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
                return members.SelectMany(variantsOfMember).Concat(queries)
                    .All(q => table.Find(q) == (reference.TryGetValue(q, out var value) ? value : null));
            }));
    }

    [Theory]
    [InlineData("the", "THE")]
    [InlineData("said", "SaId")]
    [InlineData("talks", "TALKS")]
    [InlineData("condemned", "Condemned")]
    [InlineData("a", "A")]
    public void Find_KeysOnEitherSideOfFourCharacters_AreFoundInAnyCase(string key, string word)
    {
        var table = Table(key, key + "s", key[..^1]);
        Assert.Equal(key, table.Find(word));
        Assert.Equal(key + "s", table.Find(word + "S"));
        Assert.Null(table.Find(word + "x"));
    }
}
