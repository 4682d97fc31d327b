using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A region's adjective before an office ("seven Latin American governments", "South American ministers") names no state, as it
/// names none before any other noun ("Latin American countries", class <c>region-prefix</c> of
/// <c>data/lexicon/mention-words.tsv</c>); the office read first made "American governments" the United States' government.
/// Twins: the state's own adjective before an office, and a state whose name opens with such a word ("South Korean"), keep
/// their events. The sentences are our own.
/// </summary>
public sealed class RegionAdjectiveOfficeTests
{
    private static string[] Coded(string text) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Venezuela expelled the diplomats of seven Latin American governments on Monday.")]
    [InlineData("South American ministers met Spanish officials in Madrid on Monday.")]
    [InlineData("Nicaragua criticised Central American governments on Tuesday.")]
    public void Extract_RegionAdjectiveBeforeAnOffice_NamesNoState(string text) =>
        Assert.DoesNotContain(Coded(text), e => e.Contains("USA", StringComparison.Ordinal));

    // Twins: the state's adjective before an office, and a state whose name opens with a region's word.
    [Theory]
    [InlineData("American officials met Venezuelan ministers in Caracas on Monday.", "USA>VEN 040")]
    [InlineData("South Korean officials met Japanese ministers in Tokyo on Monday.", "KOR>JPN 040")]
    [InlineData("Nicaragua criticised the American government on Tuesday.", "NIC>USA 111")]
    public void Extract_StateAdjectiveBeforeAnOffice_KeepsItsEvent(string text, string expected) => Assert.Contains(expected, Coded(text));
}
