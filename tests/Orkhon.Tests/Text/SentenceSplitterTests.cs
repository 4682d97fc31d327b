using FsCheck;
using FsCheck.Fluent;
using Orkhon.Text;

namespace Orkhon.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("Mongolia joined the WTO in 1997. It became an OSCE participant in 2012.", 2)]
    [InlineData("Talks with the U.S. delegation ended on Friday.", 1)] // dotted acronym mid-sentence
    [InlineData("The envoy met Dr. Batbold and Gen. Ganbaatar in Ulaanbaatar.", 1)] // titles
    [InlineData("The accord was signed on Jan. 20 by both sides.", 1)] // month abbreviation before a number
    [InlineData("Resolution No. 53 passed. Mongolia welcomed it.", 2)]
    [InlineData("President J. Biden spoke. Mongolia listened.", 2)] // an initial
    [InlineData("Growth reached 5.2 percent. Exports rose.", 2)] // a decimal
    [InlineData("\"We will cooperate,\" he said. \"Both sides agree.\" The talks ended.", 3)] // a comma inside quotes does not end; a closing quote after a stop does
    [InlineData("Is Mongolia pivoting? Analysts disagree!", 2)]
    [InlineData("Relations with the U.S. The talks went well.", 2)] // acronym at the end before a sentence opener
    [InlineData("e.g. transit, i.e. corridors, are vital.", 1)]
    public void Split_CountsSentences(string text, int expected) => Assert.Equal(expected, Split(text).Length);

    [Fact]
    public void Split_OffsetsPointIntoTheOriginalText()
    {
        const string text = "  First one.  Second one!\n\nThird heading\nFourth line here.";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(["First one.", "Second one!", "Third heading", "Fourth line here."], sentences.Select(s => s.Text));
        foreach (var s in sentences)
        {
            Assert.Equal(s.Text, text[s.Start..s.End]);
        }

        Assert.Equal([0, 1, 2, 3], sentences.Select(s => s.Ordinal));
    }

    [Fact]
    public void Split_HardWrappedText_JoinsLinesWithinASentence()
    {
        const string text = "Mongolia and Kazakhstan signed a strategic\npartnership declaration in Astana during\nthe state visit of the Kazakh president.\nBoth leaders praised the outcome of\nthe talks.";
        Assert.Equal(2, Split(text).Length);
    }

    [Fact]
    public void Split_UnwrappedParagraphs_SingleNewlineEndsAHeadline()
    {
        const string text = "Photo credit: the press office\nSince 2023, Mongolia has strengthened its ties with Central Asia, which many observers regard as a strategic choice for the landlocked country.";
        Assert.Equal(2, Split(text).Length);
    }

    [Fact]
    public void Split_HugeUnpunctuatedText_IsCutIntoBoundedPieces()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 10_000));
        var sentences = SentenceSplitter.Split(text);
        Assert.True(sentences.Count > 1);
        Assert.All(sentences, s => Assert.True(s.Text.Length <= SentenceSplitter.MaxSentenceLength + 10));
        Assert.Equal(text.Length, sentences.Sum(s => s.Text.Length) + sentences.Count - 1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Split_Blank_NoSentences(string text) => Assert.Empty(SentenceSplitter.Split(text));

    [Fact]
    public void Split_SeededRandomText_OffsetsAlwaysValidAndOrdered()
    {
        var random = new Random(20261123);
        const string alphabet = "abc ABC.!?\"'\n\t U.S. Dr. 3.5 ”“…";
        for (var round = 0; round < 500; round++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var previousEnd = 0;
            foreach (var s in SentenceSplitter.Split(text))
            {
                Assert.True(s.Start >= previousEnd && s.End > s.Start && s.End <= text.Length);
                Assert.Equal(s.Text, text[s.Start..s.End]);
                Assert.False(char.IsWhiteSpace(s.Text[0]) || char.IsWhiteSpace(s.Text[^1]));
                previousEnd = s.End;
            }
        }
    }

    // Pieces of text: single characters the splitter acts on or passes over, and long runs (with and without spaces) that take a
    // sentence past the length limit, where the splitter cuts it.
    private static Arbitrary<string> Texts() =>
        Gen.ArrayOf(Gen.Frequency(
            (30, Gen.Elements("a", "B", " ", ".", "!", "?", "\u2026", "\n", "\n\n", "\"", ")", "5", "U.S.", "Dr.", "Jan. ", "The ", "e.g.")),
            (1, Gen.Elements(new string('x', 2500), string.Join(' ', Enumerable.Repeat("word", 900)), new string('y', 9000)))))
            .Select(pieces => string.Concat(pieces)).ToArbitrary();

    [Fact]
    public void Property_Bounds_JumpingOverPlainCharacters_ChangesNothing() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(Texts(), text =>
            SentenceSplitter.Bounds(text, skipPlain: true).SequenceEqual(SentenceSplitter.Bounds(text, skipPlain: false))));
}
