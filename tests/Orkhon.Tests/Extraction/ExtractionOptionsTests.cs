using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>The named limits reach every stage: one record given to the extractor changes what its stages find.</summary>
public sealed class ExtractionOptionsTests
{
    private static string[] Coded(ExtractionOptions options, string text) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options))
            .Extract(text, new DateOnly(2024, 9, 5)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Fact]
    public void Default_IsWhatTheDefaultExtractorUses()
    {
        const string text = "Mongolia's foreign minister was the first foreign minister in a decade to travel to Canberra.";
        var shipped = EventExtractor.Default.Extract(text, new DateOnly(2024, 9, 5)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}");
        Assert.Equal(shipped, Coded(ExtractionOptions.Default, text));
    }

    // "the first … to travel" is an act done only while "first" stands within reach of the infinitive (modality stage).
    [Theory]
    [InlineData(8, new[] { "MNG>AUS 042" })]
    [InlineData(2, new string[0])]
    public void FirstToReach_BoundsTheModalityStage(int reach, string[] expected) =>
        Assert.Equal(expected, Coded(ExtractionOptions.Default with { FirstToReach = reach },
            "Mongolia's foreign minister was the first foreign minister in a decade to travel to Canberra."));

    // "arrived … on 15 September for a two-day visit": the stated length widens the date only within reach (dates stage).
    [Theory]
    [InlineData(12, "2024-09-15/2024-09-16")]
    [InlineData(3, "2024-09-15")]
    public void DurationReach_BoundsTheDateStage(int reach, string expected)
    {
        var options = ExtractionOptions.Default with { DurationReach = reach };
        var events = new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options))
            .Extract("Chancellor Scholz arrived in Astana on 15 September 2024 for a two-day visit.", null);
        Assert.Equal(expected, Assert.Single(events).Date?.ToString());
    }
}
