using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A compass word before the place an armed act hits ("shelled eastern Ukraine", class <c>region-modifier</c> of
/// <c>data/lexicon/phrase-words.tsv</c>) is skipped only for the place-taking rows of roots 18–20, in sentences of our own.
/// </summary>
public sealed class RegionModifierTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Israeli air strikes hit southern Lebanon on Monday.", "ISR", "LBN", "19")]
    [InlineData("Russian forces attacked southern Ukraine on Monday.", "RUS", "UKR", "19")]
    [InlineData("Turkish troops attacked north-eastern Syria in October 2019.", "TUR", "SYR", "19")]
    public void ArmedActOnARegion_HitsItsState(string text, string source, string target, string root) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Israeli officials hit out at southern European states on Monday.", "19")]
    [InlineData("Russian tariffs hit southern farmers hard in 2023.", "19")]
    [InlineData("The storm hit southern Japan on Monday.", "19")]
    public void NoArmedAct_GivesNoFight(string text, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));
}
