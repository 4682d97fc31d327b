using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A phrase opened by a fronted preposition ("After weeks of speculation, …", "Amid rumours of a rift, …") ends at its first
/// comma: the rumour or speculation it names is its own topic, not a doubt on the main clause, which keeps its act. Before
/// (branch <c>p30-metamorphic</c>, transform T5), every such sentence lost its event. Sentences of our own.
/// </summary>
public sealed class FrontedPhraseCueTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 15)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Root.Value}")];

    [Theory]
    [InlineData("After weeks of speculation, Germany expelled two Russian diplomats over an espionage case.", "DEU>RUS 17")]
    [InlineData("Amid rumours of a rift, Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Thursday.", "CHN>RUS 04")]
    [InlineData("Following months of speculation about his health, Kazakh President Kassym-Jomart Tokayev travelled to Moscow.", "KAZ>RUS 04")]
    [InlineData("After rumours that talks had collapsed, Armenia and Azerbaijan signed a peace treaty.", "ARM>AZE 05")]
    [InlineData("Despite speculation in the Turkish press, Ankara imposed new tariffs on Chinese cars.", "TUR>CHN 16")]
    public void ACueInsideAFrontedPhrase_LeavesTheMainClauseItsAct(string text, string act) =>
        Assert.Contains(act, Pairs(text));

    [Theory]
    // Hard negatives: the cue is the main clause's own, or the fronted clause is a condition.
    [InlineData("Rumours swirled that Germany had expelled two Russian diplomats.")]
    [InlineData("If Russia attacks, NATO will respond.")]
    [InlineData("Amid the crisis, analysts said China could send troops to the border.")]
    [InlineData("After the summit, Moscow denied that it had sent troops to Belarus.")]
    public void ACueOfTheMainClauseOrACondition_StillCancelsTheAct(string text) =>
        Assert.DoesNotContain(Pairs(text), p => p.EndsWith(" 17", StringComparison.Ordinal) || p.EndsWith(" 07", StringComparison.Ordinal) || p.EndsWith(" 19", StringComparison.Ordinal));
}
