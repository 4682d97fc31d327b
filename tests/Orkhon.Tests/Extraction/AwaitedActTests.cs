using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// An act in a clause that a future or modal main clause waits for ("until", "once", "only when", "as soon as") is a
/// condition of that future, not an act done (<see cref="AwaitedActs"/>, the <see cref="ExtractionGuards.AwaitedActs"/>
/// switch, <c>awaiting</c>, <c>awaiting-lead</c> and <c>awaiting-led</c> of <c>data/lexicon/modality-cues.tsv</c>). Twins: the
/// same clause after a past main clause tells the act as done. The sentences are our own.
/// </summary>
public sealed class AwaitedActTests
{
    private static string[] Coded(string text, ExtractionOptions? options = null) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options ?? ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    // "until" after "would"
    [InlineData("Turkey said the border would stay closed until Armenia signed a peace treaty with Azerbaijan.", "ARM>AZE 057")]
    // "as soon as" after "will"
    [InlineData("The shipments to Hungary will resume as soon as Ukraine lifts its ban on Russian oil transit.", "UKR>RUS 085")]
    // "once" after "would"
    [InlineData("Beijing said imports of Japanese seafood would restart once Tokyo agreed to independent monitoring.", "JPN>CHN 030")]
    // "only when" after "would"
    [InlineData("Qatar said it would release the funds only when Iran allowed inspectors back into its nuclear sites.", "IRN>QAT 0862")]
    // a subject a few words after "until"
    [InlineData("Seoul said it would keep the sanctions in place until North Korea returned to talks with the United States.", "PRK>USA 046")]
    public void Extract_ActAwaitedByAFuture_IsNotCoded(string text, string awaited) => Assert.DoesNotContain(awaited, Coded(text));

    // Twins: a past main clause tells the act as done; a comma closes the awaited clause before a main clause of its own.
    [Theory]
    [InlineData("The border stayed closed until Armenia signed a peace treaty with Azerbaijan in 2021.", "ARM>AZE 057")]
    [InlineData("Shipments to Hungary resumed as soon as Ukraine lifted its ban on Russian oil transit.", "UKR>RUS 085")]
    [InlineData("Armenia signed a peace treaty with Azerbaijan on Monday.", "ARM>AZE 057")]
    public void Extract_ActAfterAPastMainClause_KeepsItsEvent(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Theory]
    [InlineData("Turkey said the border would stay closed until Armenia signed a peace treaty with Azerbaijan.", "ARM>AZE 057")]
    [InlineData("The shipments to Hungary will resume as soon as Ukraine lifts its ban on Russian oil transit.", "UKR>RUS 085")]
    public void Extract_SwitchedOff_LetsTheAwaitedActThrough(string text, string expected)
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.AwaitedActs };
        Assert.Contains(expected, Coded(text, off));
    }
}
