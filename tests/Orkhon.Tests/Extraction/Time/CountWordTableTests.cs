using Orkhon.Domain;
using Orkhon.Extraction.Time;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// The word tables the date stages read as numbers: ordinals counting a stay's days (<c>data/lexicon/ordinals.tsv</c>), small
/// cardinals counting units (<c>data/lexicon/cardinals.tsv</c>) and the parts of a decade (<c>data/lexicon/decade-parts.tsv</c>),
/// which moved out of C# with their readings unchanged.
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
        Assert.Equal(number, NumberWords.Ordinals.NumberOf(word));

    [Theory]
    [InlineData("a", 1)]
    [InlineData("an", 1)]
    [InlineData("twelve", 12)]
    [InlineData("Two", 0)]       // the patterns lower-case their match first
    [InlineData("\u017Fix", 0)]  // the long s case-insensitive matching pairs with "s" is no "six"
    [InlineData("13", 0)]        // digits are the caller's to read
    public void NumberOf_ShippedCardinals_GivesTheCount(string word, int number) =>
        Assert.Equal(number, NumberWords.Cardinals.NumberOf(word));

    [Theory]
    [InlineData("word\tnumber\nfirst\t0\n")]            // no ordinal counts from 0
    [InlineData("word\tnumber\nfirst\tone\n")]          // a number in digits
    [InlineData("word\tnumber\nfirst\t1\nFirst\t2\n")]  // a word twice, ignoring case
    [InlineData("word\tnumber\n\t1\n")]                 // no word
    public void NumberWordsLoad_BadRow_IsAnErrorNamingTheFile(string tsv) =>
        Assert.Contains("t.tsv", Assert.Throws<DataFileException>(() => NumberWords.Load(Table(tsv), StringComparer.OrdinalIgnoreCase)).Message, StringComparison.Ordinal);

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

    // Case-insensitive matching admits letters beyond ASCII that pair with ASCII ones (the long s with "s", the Kelvin sign with
    // "k"): a count spelt with one is no count, and reading it must not throw.
    [Theory]
    [InlineData("Putin visited China on 3 May 2024. \u017Fix days later, Xi visited Russia.")]
    [InlineData("Putin visited China on 3 May 2024. \u017Feven days earlier, Xi visited Russia.")]
    [InlineData("Putin visited China on 3 May 2024. Xi visited Russia \u017Fix days ago.")]
    [InlineData("Putin visited China on 3 May 2024. Xi visited Russia \u017Fix weeks later.")]
    public void Extract_CountSpeltWithANonAsciiLetter_Completes(string text) =>
        Assert.NotNull(Orkhon.Extraction.EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 20)));
}
