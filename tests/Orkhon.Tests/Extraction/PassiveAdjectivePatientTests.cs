using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A passive with its agent named acts on the nationality adjective of the noun phrase that opens the sentence ("A Russian
/// proposal … was rejected by Ukraine", "A Taiwanese publisher was arrested by Chinese police"), as the active verb acts on the
/// adjective of its object. Before (branch <c>p30-metamorphic</c>, transform T3), such a passive gave nothing. Without an agent
/// the act has no source and stays uncoded. Sentences of our own.
/// </summary>
public sealed class PassiveAdjectivePatientTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 15)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Root.Value}")];

    [Theory]
    [InlineData("A Russian proposal for a ceasefire was rejected by Ukraine.", "UKR>RUS 12")]
    [InlineData("An Israeli offer of a six-week truce was rejected by Hamas.", "PSE>ISR 12")]
    [InlineData("A Taiwanese publisher was arrested by Chinese police in Shanghai.", "CHN>TWN 17")]
    [InlineData("Imports of Russian liquefied natural gas were banned by the European Union.", "EU>RUS 16")]
    [InlineData("Two Japanese nationals were detained by Chinese security agents in Beijing.", "CHN>JPN 17")]
    [InlineData("British ships in the Red Sea were threatened with attack by the Houthis.", "YEM>GBR 13")]
    public void APassiveWithItsAgent_ActsOnTheOpeningAdjective(string text, string act) =>
        Assert.Contains(act, Pairs(text));

    [Theory]
    [InlineData("An American journalist was arrested on spying charges.")]
    [InlineData("A Russian proposal for a ceasefire was rejected on Tuesday.")]
    [InlineData("Two French nationals were detained in Tehran last month.")]
    public void APassiveWithoutAnAgent_GivesNoEvent(string text) =>
        Assert.Empty(Pairs(text));
}
