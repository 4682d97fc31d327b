using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A semicolon ends the clause an appeal or demand governs (<c>GovernedClauses.LeftBefore</c>, the
/// <see cref="ExtractionGuards.SemicolonClauses"/> switch, branch p40-asks2): "called on Ulaanbaatar to cancel the visit;
/// Mongolia refused" tells a refusal, which answers the appeal. Twins: a complementiser or modal after the semicolon carries
/// the asked content on. The sentences are our own.
/// </summary>
public sealed class SemicolonClauseTests
{
    private static string[] Coded(string text, ExtractionOptions? options = null) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options ?? ExtractionOptions.Default))
            .Extract(text, new DateOnly(2024, 5, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("In October Beijing called on Ulaanbaatar to cancel the visit; Mongolia refused, saying the trip was purely religious.", "MNG>CHN 120")]
    [InlineData("Washington urged Hanoi to expel the Russian ship; Vietnam refused on Friday.", "VNM>USA 120")]
    public void Extract_RefusalAfterASemicolon_IsAnAct(string text, string expected) =>
        Assert.Contains(expected, Coded(text));

    [Theory]
    [InlineData("Washington urged Hanoi to expel the Russian ship; to refuse would harm relations, it said.", "VNM>USA 120")]
    public void Extract_ContentCarriedOnAfterASemicolon_IsNoAct(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Coded(text));

    [Fact]
    public void Extract_SwitchedOff_KeepsTheRefusalInsideTheAppeal()
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.SemicolonClauses };
        Assert.DoesNotContain("MNG>CHN 120", Coded("In October Beijing called on Ulaanbaatar to cancel the visit; Mongolia refused, saying the trip was purely religious.", off));
    }
}
