using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// An act told in the content of a report or a claim whose own predicate calls it false ("reports that Beijing would send troops
/// to Russia were false") was not done (<see cref="DeniedReports"/>, the <see cref="ExtractionGuards.DeniedReports"/> switch,
/// <c>report-noun</c> and <c>denial-predicate</c> of <c>data/lexicon/modality-cues.tsv</c>). A report its predicate confirms, an
/// act told plainly and a denial that is itself negated keep the act. The sentences are our own.
/// </summary>
public sealed class DeniedReportTests
{
    private static string[] Coded(string text, ExtractionOptions? options = null) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options ?? ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("China's foreign ministry said on Tuesday that reports Beijing would send troops to Russia were false.")]
    [InlineData("China's foreign ministry said on Tuesday that reports that Beijing would send troops to Russia were groundless.")]
    [InlineData("China's foreign ministry called reports that Beijing had sent troops to Russia untrue.")]
    [InlineData("Reports that Beijing had sent troops to Russia were false, China's foreign ministry said on Tuesday.")]
    [InlineData("Claims that Japan had expelled two Chinese diplomats were baseless, a spokesman said.")]
    public void Extract_ContentOfAReportCalledFalse_GivesNoEvent(string text) => Assert.Empty(Coded(text));

    // Twins: the act told plainly, a report confirmed, and a denial negated.
    [Theory]
    [InlineData("China's foreign ministry said on Tuesday that Beijing would send troops to Russia.", "CHN>RUS 0332")]
    [InlineData("China's foreign ministry said on Tuesday that reports Beijing would send troops to Russia were true.", "CHN>RUS 0332")]
    [InlineData("China's foreign ministry said on Tuesday that reports Beijing would send troops to Russia were not false.", "CHN>RUS 0332")]
    public void Extract_ReportNotDenied_KeepsItsAct(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Fact]
    public void Extract_SwitchedOff_LetsTheDeniedContentThrough()
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.DeniedReports };
        Assert.Contains("CHN>RUS 0332", Coded("China's foreign ministry said on Tuesday that reports Beijing would send troops to Russia were false.", off));
    }
}
