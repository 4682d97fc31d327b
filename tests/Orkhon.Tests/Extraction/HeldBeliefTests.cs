using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A clause under a verb of belief, fear or suspicion is what its holder believes of another party, not that party's act or
/// plan (<see cref="HeldBeliefs"/>, the <see cref="ExtractionGuards.HeldBeliefs"/> switch, <c>belief</c>, <c>belief-holder</c>
/// and <c>belief-filler</c> of <c>data/lexicon/modality-cues.tsv</c>). Twins: the same clause after a reporting verb, and a
/// verb of fear with no clause of its own, keep their events. The sentences are our own.
/// </summary>
public sealed class HeldBeliefTests
{
    private static string[] Coded(string text, ExtractionOptions? options = null) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options ?? ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Poland worries that Russia will attack the Baltic states.")]
    [InlineData("Washington thinks Iran will supply missiles to Russia.")]
    [InlineData("Seoul has long feared that North Korea will attack Japan.")]
    [InlineData("Officials in Tallinn suspect Russia will cut gas supplies to Latvia.")]
    public void Extract_ClauseOfABelief_GivesNoEvent(string text) => Assert.Empty(Coded(text));

    // Twins: a reporting verb tells the act or plan as the speaker's report; a participle of fear has no clause of its own.
    [Theory]
    [InlineData("Poland said Russia will attack the Baltic states.", "RUS>EST 138")]
    [InlineData("Washington said Iran will supply missiles to Russia.", "IRN>RUS 0332")]
    [InlineData("Estonia, fearing an attack, closed its border with Russia.", "EST>RUS 191")]
    public void Extract_ReportedOrNoBeliefClause_KeepsItsEvent(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Theory]
    [InlineData("Poland worries that Russia will attack the Baltic states.", "RUS>EST 138")]
    [InlineData("Washington thinks Iran will supply missiles to Russia.", "IRN>RUS 0332")]
    public void Extract_SwitchedOff_LetsTheBelievedActThrough(string text, string expected)
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.HeldBeliefs };
        Assert.Contains(expected, Coded(text, off));
    }
}
