using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The base-form "that" clause of a proposal, a demand or a condition tells what is proposed, not what was done
/// (<see cref="ProposedContents"/>, the <see cref="ExtractionGuards.ProposedContents"/> switch, class <c>proposal-noun</c> of
/// <c>data/lexicon/modality-cues.tsv</c>). Twins: the same act told as done, and a relative clause after such a noun. The
/// sentences are our own.
/// </summary>
public sealed class ProposedContentTests
{
    private static string[] Coded(string text, ExtractionOptions? options = null) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options ?? ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    // "proposal that", an adverb between the subject and its verb
    [InlineData("Seoul rejected Tokyo's proposal that the two countries jointly take the dispute to the International Court of Justice.", "ICJ")]
    // an apposition between the noun and "that"
    [InlineData("Seoul rejected Tokyo's proposal, delivered on Aug. 21, that the two countries take the dispute to the International Court of Justice.", "ICJ")]
    // "suggestion that", "idea that", "the demand that"
    [InlineData("Kyiv rejected the suggestion that Ukraine cede territory to Russia.", "UKR>RUS 0842")]
    [InlineData("Hungary opposed the idea that the European Union impose sanctions on Russian gas.", "EU>RUS 163")]
    [InlineData("Moscow dismissed the demand that Russia withdraw its troops from Moldova.", "RUS>MDA 0874")]
    // base forms ending in "-ss" (review of p40-fixb)
    [InlineData("Korea rejected the proposal that Japan and China discuss the islands.", "JPN>CHN 04")]
    [InlineData("Korea rejected the proposal that Japan press China over the islands.", "JPN>CHN 10")]
    public void Extract_ContentOfAProposal_IsNotCodedAsDone(string text, string unexpected) =>
        Assert.DoesNotContain(Coded(text), c => c.Contains(unexpected, StringComparison.Ordinal));

    // Twins: the act told as done; a relative clause after a proposal noun keeps its done act; the rejection stays.
    [Theory]
    [InlineData("Ukraine ceded territory to Russia in 2022.", "UKR>RUS 0842")]
    [InlineData("Russia withdrew its troops from Moldova on Monday.", "RUS>MDA 0874")]
    [InlineData("Seoul rejected Tokyo's proposal that the two countries jointly take the dispute to the International Court of Justice.", "KOR>JPN 120")]
    // an irregular past is no base form (review of p40-fixb)
    [InlineData("Korea rejected the notion that Japan met China over the islands.", "JPN>CHN 040")]
    public void Extract_ActToldAsDone_KeepsItsEvent(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Theory]
    [InlineData("Kyiv rejected the suggestion that Ukraine cede territory to Russia.", "UKR>RUS 0842")]
    [InlineData("Moscow dismissed the demand that Russia withdraw its troops from Moldova.", "RUS>MDA 0874")]
    public void Extract_SwitchedOff_LetsTheProposedActThrough(string text, string expected)
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.ProposedContents };
        Assert.Contains(expected, Coded(text, off));
    }
}
