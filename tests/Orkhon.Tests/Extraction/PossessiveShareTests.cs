using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "all" before a possessive is a share of a standing flow, as "all the" is (<see cref="PossessiveShares"/>, the
/// <see cref="ExtractionGuards.PossessiveShares"/> switch, class <c>share-possessive</c> of <c>data/lexicon/modality-cues.tsv</c>).
/// Twins: the same flow told in the past or with a date keeps its act. The sentences are our own.
/// </summary>
public sealed class PossessiveShareTests
{
    private static string[] Coded(string text, ExtractionOptions? options = null) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options ?? ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Laos imports nearly all its fuel from Thailand.")]
    [InlineData("Tajikistan buys almost all its wheat from Kazakhstan.")]
    [InlineData("Bhutan buys all its fuel from India.")]
    [InlineData("Nepal imports nearly all their fuel from India, officials say.")]
    public void Extract_AllOfItsOwnFlow_GivesNoEvent(string text) => Assert.Empty(Coded(text));

    // Twins: a purchase told in the past is an act; "all its" after a past verb is not a statistic.
    [Theory]
    [InlineData("Tajikistan bought wheat from Kazakhstan on Monday.", "TJK>KAZ 061")]
    [InlineData("Laos bought all its fuel from Thailand in March after the border with China closed.", "LAO>THA 061")]
    public void Extract_PurchaseToldAsDone_KeepsItsEvent(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Theory]
    [InlineData("Laos imports nearly all its fuel from Thailand.", "LAO>THA 061")]
    [InlineData("Tajikistan buys almost all its wheat from Kazakhstan.", "TJK>KAZ 061")]
    public void Extract_SwitchedOff_LetsTheStatisticThrough(string text, string expected)
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.PossessiveShares };
        Assert.Contains(expected, Coded(text, off));
    }
}
