using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A place after a participle of origin ("a rebel commander trained in Venezuela", "a journalist born in Syria") describes the
/// person acted on; the act is not aimed at it (PairFinder.IsOrigin, the <see cref="ExtractionGuards.OriginPlaces"/> switch,
/// <c>origin-participle</c> of <c>data/lexicon/phrase-words.tsv</c>). Force that lands in the place ("killed a rebel commander
/// in Venezuela") and a person's nationality ("a Syrian journalist") keep their targets. The sentences are our own.
/// </summary>
public sealed class OriginPlaceTests
{
    private static string[] Coded(string text, ExtractionOptions? options = null) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options ?? ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Colombia's army said on Monday it had killed a rebel commander trained in Venezuela.", "VEN")]
    [InlineData("Turkish police detained a journalist born in Syria on Monday.", "SYR")]
    public void Extract_PlaceOfOrigin_IsNoTarget(string text, string origin) =>
        Assert.DoesNotContain(Coded(text), c => c.Contains(">" + origin, StringComparison.Ordinal));

    // Twins: the place where force lands, and a nationality.
    [Theory]
    [InlineData("Colombia's army said on Monday it had killed a rebel commander in Venezuela.", "COL>VEN 1823")]
    [InlineData("Turkish police detained a Syrian journalist on Monday.", "TUR>SYR 173")]
    public void Extract_PlaceOfTheActOrNationality_KeepsItsTarget(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Fact]
    public void Extract_SwitchedOff_LetsThePlaceOfOriginThrough()
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.OriginPlaces };
        Assert.Contains(Coded("Colombia's army said on Monday it had killed a rebel commander trained in Venezuela.", off), c => c.StartsWith("COL>VEN ", StringComparison.Ordinal));
    }
}
