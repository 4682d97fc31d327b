using System.Collections.Frozen;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Text;

namespace Orkhon.Tests.Text;

/// <summary>
/// <see cref="WordBits"/> lets a stage skip a sentence that holds none of its words. It may answer "present" of a word that
/// is not there, never "absent" of one that is: whenever a sentence's token equals a looked-for word ordinally, with or
/// without case, the two sets of bits meet.
/// </summary>
public sealed class WordBitsTests
{
    private static WordBits SentenceBits(string text) => WordBits.Of(text, Tokenizer.Tokenize(text, 0, text.Length));

    [Theory]
    [InlineData("The talks will resume if the ceasefire holds.", "if")]
    [InlineData("If the ceasefire holds, talks will resume.", "if")] // another case
    [InlineData("Poland joined the criticism.", "joins", "joined")]
    [InlineData("He ended a TRIP to Oslo.", "visit", "trip")]
    [InlineData("The minister arrived in Oslo.", "oslo")]
    public void Meets_ASentenceHoldingAWord(string sentence, params string[] words) =>
        Assert.True(SentenceBits(sentence).Meets(WordBits.Of(words)));

    [Theory]
    [InlineData("The minister arrived in Oslo on Monday.", "if")]
    [InlineData("The minister arrived in Oslo on Monday.", "joined", "joins")]
    [InlineData("Talks resumed on Friday.", "pay", "pays", "paying")]
    public void Meets_NotASentenceHoldingNone(string sentence, params string[] words) =>
        Assert.False(SentenceBits(sentence).Meets(WordBits.Of(words)));

    [Fact]
    public void Of_AFrozenSet_ReadsItsWords()
    {
        var bits = WordBits.Of(FrozenSet.ToFrozenSet(["earthquake", "flood"], StringComparer.OrdinalIgnoreCase));
        Assert.True(SentenceBits("A FLOOD hit the north.").Meets(bits));
        Assert.False(SentenceBits("Talks resumed on Friday.").Meets(bits));
        // A frozen set made without a comparer compares ordinally too.
        Assert.False(SentenceBits("Talks resumed on Friday.").Meets(WordBits.Of(FrozenSet.ToFrozenSet(["flood"]))));
    }

    [Fact]
    public void Of_AFrozenSetComparedLinguistically_MeetsEverySentence() =>
        Assert.True(SentenceBits("Talks resumed.").Meets(WordBits.Of(FrozenSet.ToFrozenSet(["flood"], StringComparer.InvariantCultureIgnoreCase))));

    [Fact]
    public void Of_AWordOutsideAscii_MeetsEverySentence() =>
        Assert.True(SentenceBits("Talks resumed.").Meets(WordBits.Of("r\u00E9gime")));

    [Fact]
    public void Of_AnEmptySentence_MeetsNoWord() =>
        Assert.False(SentenceBits("").Meets(WordBits.Of("if")));

    // Letters that case-fold across scripts or to ASCII, digits, punctuation: the corners of ordinal case-insensitive equality.
    private static readonly char[] Alphabet = ['a', 'A', 'b', 'i', 'I', 'f', 'k', 'K', 's', 'S', 'z', '\u0131', '\u0130', '\u017F', '\u212A', '\u00E9', '\u00C9', '\u2019', '1', '-', '\''];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Property_NeverAbsent_WhenAWordIsThere(bool ignoreCase)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var word = Gen.Elements(Alphabet).ListOf().Select(cs => new string([.. cs.Take(5)]));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(
            Gen.Zip(word.ListOf(), word.ListOf()).ToArbitrary(),
            pair =>
            {
                var (sentenceWords, lookedFor) = pair;
                // The sentence's words as tokens of one text, one space apart, each as drawn, upper-cased or lower-cased.
                var written = sentenceWords.SelectMany(w => new[] { w, w.ToUpperInvariant(), w.ToLowerInvariant() }).ToList();
                var text = string.Join(' ', written);
                var tokens = new List<Token>();
                var at = 0;
                foreach (var w in written)
                {
                    tokens.Add(new Token(at, at + w.Length, TokenKind.Word));
                    at += w.Length + 1;
                }

                var held = FrozenSet.ToFrozenSet(lookedFor, comparer);
                var present = written.Any(held.Contains);
                return !present || WordBits.Of(text, tokens).Meets(WordBits.Of(held));
            }));
    }
}
