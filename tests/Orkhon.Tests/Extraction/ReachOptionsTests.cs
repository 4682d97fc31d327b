using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Limits named in review (branch <c>p10-review</c>) bound their stage: one <see cref="ExtractionOptions"/> value given to the
/// extractor changes what that stage reaches. Sentences of our own.
/// </summary>
public sealed class ReachOptionsTests
{
    private static string[] Pairs(ExtractionOptions options, string text) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options))
            .Extract(text, new DateOnly(2025, 3, 9)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // "launched missiles at eastern cities" under a KYIV dateline strikes Ukraine only while "cities" stands within reach.
    [Theory]
    [InlineData(5, true)]
    [InlineData(1, false)]
    public void PlaceKindReach_BoundsTheDatelineTarget(int reach, bool struck)
    {
        var pairs = Pairs(ExtractionOptions.Default with { PlaceKindReach = reach },
            "KYIV, March 9 (Reuters) - Ukraine's air force said on Sunday that Russia had launched missiles at eastern cities overnight.");
        Assert.Equal(struck, pairs.Any(p => p.StartsWith("RUS>UKR 19", StringComparison.Ordinal)));
    }
}
