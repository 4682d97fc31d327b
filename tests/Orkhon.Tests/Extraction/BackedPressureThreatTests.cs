using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "Japan urged China to release the businessman. Tokyo warned that relations would suffer": a threat aimed at no one named
/// backs the same party's pressure told just before, and is aimed at those it pressed (CrossSentenceLinks.PressedParties).
/// Sentences of our own.
/// </summary>
public sealed class BackedPressureThreatTests
{
    private static List<string> Events(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Value[..2]}")];

    [Theory]
    // An appeal in the sentence before.
    [InlineData("Japan urged China on 3 May 2024 to release the detained businessman. Tokyo warned that relations would suffer.", "JPN>CHN 13")]
    // A demand in the sentence before, the threat by a pronoun.
    [InlineData("Poland demanded on 2 May 2024 that Belarus withdraw the mercenaries from the border. It threatened to close the last crossing.", "POL>BLR 13")]
    public void ThreatWithNoAddressee_AfterTheSamePartysPressure_IsAimedAtThePressed(string text, string expected) =>
        Assert.Contains(expected, Events(text));

    [Theory]
    // Hard negative: the act before was a meeting, which presses no one.
    [InlineData("Japan met China on 3 May 2024. Tokyo warned that relations would suffer.")]
    // Hard negative: the pressure is two sentences back, past a sentence on something else.
    [InlineData("Japan urged China on 3 May 2024 to release the detained businessman. The man was arrested in March. Tokyo warned that relations would suffer.")]
    // Hard negative: no act was told before.
    [InlineData("Tokyo warned that relations would suffer.")]
    public void ThreatWithNoAddressee_WithNoPressureJustBefore_HasNoTarget(string text) =>
        Assert.DoesNotContain("JPN>CHN 13", Events(text));
}
