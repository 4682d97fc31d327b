using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "told X to…" directs X: a demand (10x) whose sub-code is the act it asks for (row <c>p29-demand-tell-to</c>, object word
/// <c>actor-to</c>); the act itself stays embedded. Without a "to"-infinitive after the object, "told" only reports speech.
/// Sentences of our own, in agency and newspaper styles, with hard negatives.
/// </summary>
public sealed class ToldToDemandTests
{
    private static List<string> Codes(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("China told the Philippines on Monday to withdraw its vessels from the shoal.", "CHN>PHL 1056")]
    [InlineData("Washington told Moscow to release the jailed journalist.", "USA>RUS 1053")]
    [InlineData("Beijing has told Vilnius to correct its mistake over the Taiwanese office.", "CHN>LTU 1042")]
    [InlineData("The International Court of Justice told Israel to let more humanitarian aid into the enclave.", "ICJ>ISR 1055")]
    [InlineData("Erdogan told Sweden and Finland last week to stop harbouring militants.", "TUR>FIN 100")]
    public void ToldAStateToAct_IsADemand(string text, string expected) =>
        Assert.Contains(expected, Codes(text));

    [Fact]
    public void WhatTheStateIsToldToDo_IsNotDone() =>
        Assert.DoesNotContain(Codes("China told the Philippines to withdraw its vessels."), c => c.StartsWith("PHL>", StringComparison.Ordinal));

    // Hard negatives: speech reported to the press, to a leader or to an assembly, with no direction in it.
    [Theory]
    [InlineData("Putin told reporters that Russia would respond.")]
    [InlineData("Tokayev told Xi that Kazakhstan wanted more trade.")]
    [InlineData("Lavrov told Blinken that Washington should not stir up a fuss.")]
    [InlineData("The minister told the Russian ambassador the visit was unwelcome.")]
    [InlineData("Erdogan told Reuters in an interview to expect more talks.")]
    public void SpeechWithNoDirection_IsNoDemand(string text) =>
        Assert.DoesNotContain(Codes(text), c => c.Split(' ')[1].StartsWith("10", StringComparison.Ordinal));
}
