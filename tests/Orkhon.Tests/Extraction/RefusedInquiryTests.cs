using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A refusal of an international inquiry told under the speaker's own negated future (<c>p40-reject-will-not-cooperate-inquiry</c>
/// of <c>events.tsv</c>, branch p40-asks2) is 1245, refusing international involvement. Twins: a promise to cooperate, and a
/// refusal to cooperate on something that is no inquiry. The sentences are our own.
/// </summary>
public sealed class RefusedInquiryTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Myanmar said on Tuesday it would not cooperate with the UN investigation into the killings in Rakhine.", "MMR>UN 1245")]
    [InlineData("Burundi will not cooperate with an International Criminal Court inquiry into the 2015 crackdown, its justice minister said.", "BDI>ICC 1245")]
    public void Extract_InquiryRefusedUnderANegatedFuture_Is1245(string text, string expected) =>
        Assert.Contains(expected, Coded(text));

    [Theory]
    [InlineData("Myanmar said on Tuesday it would cooperate with the UN investigation into the killings in Rakhine.")]
    [InlineData("Turkey said it would not cooperate with Russia on the gas hub this year.")]
    public void Extract_PromisedCooperationOrNoInquiry_IsNo1245(string text) =>
        Assert.DoesNotContain(Coded(text), c => c.EndsWith(" 1245", StringComparison.Ordinal));
}
