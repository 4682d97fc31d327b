using System.Collections.Frozen;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Text;

namespace Orkhon.Tests.Text;

/// <summary>
/// <see cref="WordSet"/> tests a word's length and first letter before its hash look-up. The pre-tests must never turn
/// away a word the set holds: its answers are those of a frozen set with the same comparison.
/// </summary>
public sealed class WordSetTests
{
    [Theory]
    [InlineData("visit")] // as written
    [InlineData("VISITED")] // another case
    [InlineData("Visiting")]
    [InlineData("sanctions")]
    public void Contains_AWordOfTheSet_InAnyCase(string word) =>
        Assert.True(new WordSet(["visit", "visited", "visiting", "sanctions"]).Contains(word));

    [Theory]
    [InlineData("")] // no length in the set
    [InlineData("visi")] // a prefix: another length
    [InlineData("visitx")] // same length as "visits", another word
    [InlineData("pisit")] // same length, another first letter
    [InlineData("\u0131isit")] // a dotless i first, not an ASCII letter: goes to the look-up, which refuses it
    public void Contains_AnotherWord_IsFalse(string word) =>
        Assert.False(new WordSet(["visit", "visits"]).Contains(word));

    [Fact]
    public void Contains_AFirstLetterOutsideAscii_StillFound()
    {
        // 'ı' (dotless i) and 'ſ' (long s) upper-case to ASCII letters: with such a word in the set, no first letter is ruled out.
        var set = new WordSet(["\u0131ran", "\u017Fanction", "$", "7th"]);
        foreach (var word in new[] { "\u0131ran", "\u0130RAN", "\u017Fanction", "$", "7TH" })
        {
            Assert.Equal(FrozenSet.ToFrozenSet(set.Words, StringComparer.OrdinalIgnoreCase).Contains(word), set.Contains(word));
        }
    }

    [Fact]
    public void Contains_MatchingCase_OnlyAsWritten()
    {
        var set = new WordSet(["After", "said"], StringComparer.Ordinal);
        Assert.True(set.Contains("After"));
        Assert.False(set.Contains("after"));
        Assert.False(set.Contains("Said"));
    }

    [Fact]
    public void New_ALinguisticComparer_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new WordSet(["a"], StringComparer.InvariantCultureIgnoreCase));

    [Fact]
    public void Contains_LongWords_AreLookedUp()
    {
        var longWord = new string('a', 70);
        var set = new WordSet([longWord, new string('b', 63)]);
        Assert.True(set.Contains(longWord.ToUpperInvariant()));
        Assert.True(set.Contains(new string('B', 63)));
        Assert.False(set.Contains(new string('a', 64)));
    }

    // Letters that case-fold across scripts or to ASCII, digits, punctuation: the corners of ordinal case-insensitive equality.
    private static readonly char[] Alphabet = ['a', 'A', 'b', 'i', 'I', 'k', 'K', 's', 'S', 'z', '\u0131', '\u0130', '\u017F', '\u212A', '\u00E9', '\u00C9', '1', '-', '\'', '$'];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Property_Contains_AnswersAsAFrozenSet(bool ignoreCase)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var word = Gen.Elements(Alphabet).ListOf().Select(cs => new string([.. cs.Take(6)]));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(
            Gen.Zip(word.ListOf(), word.ListOf()).ToArbitrary(),
            pair =>
            {
                var (members, queries) = pair;
                var set = new WordSet(members, comparer);
                var reference = FrozenSet.ToFrozenSet(members, comparer);
                // Each member in three casings, and the queries as drawn.
                return members.SelectMany(m => new[] { m, m.ToUpperInvariant(), m.ToLowerInvariant() }).Concat(queries)
                    .All(q => set.Contains(q) == reference.Contains(q));
            }));
    }
}
