using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The content of an appeal or a demand told with no "that" or "to" ("demanded Russia withdraw its troops", "hopes China will
/// lift its ban") is what was asked, not an act or plan of the party asked, as it already is with "that" or "to"
/// (<see cref="EmbeddedContents.IsThatlessClause"/>, the <see cref="ExtractionGuards.ThatlessContents"/> switch, <c>auxiliary</c>
/// and <c>and-auxiliary</c> of <c>data/lexicon/clause-words.tsv</c>). The appeal or demand itself is kept. Twins: the same act
/// told by a reporting verb or in a relative clause of its own keeps its event. The sentences are our own.
/// </summary>
public sealed class ThatlessContentTests
{
    private static string[] Coded(string text, ExtractionOptions? options = null) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options ?? ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Ukraine demanded Russia withdraw its troops from the plant.", "UKR>RUS 1056", "RUS>UKR 0874")]
    [InlineData("Japan hopes China will lift its ban on seafood soon.", "JPN>CHN 020", "CHN>JPN 0354")]
    [InlineData("Vietnam hopes Cambodia will help build the canal.", "VNM>KHM 020", "KHM>VNM 031")]
    public void Extract_ThatlessContent_KeepsTheAskingActAlone(string text, string asking, string content)
    {
        var coded = Coded(text);
        Assert.Contains(asking, coded);
        Assert.DoesNotContain(content, coded);
    }

    // Twins: told by a reporting verb, or in a relative clause about the party, the act is the party's own.
    [Theory]
    [InlineData("Japan said China will lift its ban on Japanese seafood soon.", "CHN>JPN 0354")]
    [InlineData("Ukraine condemned Russia, which withdrew its troops from the plant.", "RUS>UKR 0874")]
    public void Extract_ActNotAsked_KeepsItsEvent(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Theory]
    [InlineData("Ukraine demanded Russia withdraw its troops from the plant.", "RUS>UKR 0874")]
    [InlineData("Japan hopes China will lift its ban on seafood soon.", "CHN>JPN 0354")]
    public void Extract_SwitchedOff_LetsTheContentThrough(string text, string expected)
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.ThatlessContents };
        Assert.Contains(expected, Coded(text, off));
    }
}
