using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A refusal or a veto of a state's own law ("refused to sign into law a bill on compensating Swedish fishermen") is a domestic
/// act: the parties the law's description names are its topic, not the ones refused (PairFinder.LawNounAt, the
/// <see cref="ExtractionGuards.DomesticLaws"/> switch, <c>law-noun</c> of <c>data/lexicon/phrase-words.tsv</c>). A refusal aimed
/// at a party ("refused to sign a fishing agreement with Sweden") and a foreign state's law ("rejected Russia's new law") keep
/// their targets. The sentences are our own.
/// </summary>
public sealed class DomesticLawTests
{
    private static string[] Coded(string text, ExtractionOptions? options = null) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options ?? ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Norway's president refused on Monday to sign into law a bill on compensating Swedish fishermen.")]
    [InlineData("Brazil's president vetoed a bill on Monday that would have granted tax breaks to Argentine importers.")]
    [InlineData("Chile's president rejected legislation on Monday that would have eased visas for Peruvian workers.")]
    public void Extract_RefusedOwnLaw_GivesNoEvent(string text) => Assert.Empty(Coded(text));

    // Twins: a refusal with a partner, a foreign state's law named before the noun, a veto of another state's proposal.
    [Theory]
    [InlineData("Norway refused on Monday to sign a fishing agreement with Sweden.", "NOR>SWE 120")]
    [InlineData("Ukraine rejected Russia's new law on the Crimean peninsula on Monday.", "UKR>RUS 120")]
    [InlineData("Brazil vetoed Argentina's proposal on Monday.", "BRA>ARG 129")]
    public void Extract_RefusalOfAPartyOrItsLaw_KeepsItsTarget(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Fact]
    public void Extract_SwitchedOff_LetsTheLawsTopicThrough()
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.DomesticLaws };
        Assert.Contains("NOR>SWE 120", Coded("Norway's president refused on Monday to sign into law a bill on compensating Swedish fishermen.", off));
    }
}
