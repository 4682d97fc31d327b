using Orkhon.Domain;
using Orkhon.Extraction.Time;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// The word tables the date stages read as numbers: ordinals counting a stay's days (<c>data/lexicon/ordinals.tsv</c>) and the
/// parts of a decade (<c>data/lexicon/decade-parts.tsv</c>), which moved out of C# with their readings unchanged.
/// </summary>
public sealed class CountWordTableTests
{
    private static TsvTable Table(string tsv) => TsvTable.Read("t.tsv", new StringReader(tsv));

    [Theory]
    [InlineData("first", 1)]
    [InlineData("Third", 3)]     // matched ignoring case, as a sentence's first word may be
    [InlineData("twelfth", 12)]
    [InlineData("thirteenth", 0)] // not listed: no count at all rather than a guessed one
    [InlineData("", 0)]
    public void NumberOf_ShippedTable_GivesTheOrdinalsNumber(string word, int number) =>
        Assert.Equal(number, Ordinals.NumberOf(word));

    [Theory]
    [InlineData("word\tnumber\nfirst\t0\n")]            // no ordinal counts from 0
    [InlineData("word\tnumber\nfirst\tone\n")]          // a number in digits
    [InlineData("word\tnumber\nfirst\t1\nFirst\t2\n")]  // a word twice, ignoring case
    [InlineData("word\tnumber\nfirst\t1\nsecond\t1\n")] // a number twice
    [InlineData("word\tnumber\n\t1\n")]                 // no word
    public void OrdinalsLoad_BadRow_IsAnErrorNamingTheFile(string tsv) =>
        Assert.Contains("t.tsv", Assert.Throws<DataFileException>(() => Ordinals.Load(Table(tsv))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("early", 0, 3)]
    [InlineData("MID", 4, 6)]
    [InlineData("late", 7, 9)]
    [InlineData("", 0, 9)]        // no modifier: the whole decade
    public void YearsOf_ShippedTable_GivesThePartOfTheDecade(string word, int first, int last) =>
        Assert.Equal((first, last), DecadeParts.YearsOf(word));

    [Theory]
    [InlineData("word\tfirst\tlast\nearly\t4\t3\n")]  // out of order
    [InlineData("word\tfirst\tlast\nlate\t7\t10\n")]  // past the decade
    [InlineData("word\tfirst\tlast\nearly\t0\t3\nEarly\t0\t3\n")]
    public void DecadePartsLoad_BadRow_IsAnErrorNamingTheFile(string tsv) =>
        Assert.Contains("t.tsv", Assert.Throws<DataFileException>(() => DecadeParts.Load(Table(tsv))).Message, StringComparison.Ordinal);

    // The tagger's patterns spell the modifiers too: every row of the table must be one they match, with its years.
    [Fact]
    public void Tag_EveryDecadePart_ReadsItsYears()
    {
        foreach (var word in DecadeParts.Words)
        {
            var text = $"Relations cooled in the {word} 1990s.";
            var (first, last) = DecadeParts.YearsOf(word);
            var phrase = Assert.Single(TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(null, null)));
            Assert.Equal(FuzzyDate.Between(FuzzyDate.OfYear(1990 + first), FuzzyDate.OfYear(1990 + last)).ToString(), phrase.Value.ToString());
        }
    }
}
