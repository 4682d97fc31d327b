using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// An event noun that a verb ends, lifts, eases, halts or suspends is not an act told: "lift all U.S. sanctions on Syria" gives
/// no sanction (163), "suspending visa-free visits by Japanese citizens" no visit (042). The undoing keeps its own row. Branch
/// p26-precision3; the sentences are our own.
/// </summary>
public sealed class UndoneActNounTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Trump announced that he would lift all U.S. sanctions on Syria.", "USA>SYR 163")]                        // an owner inside the noun's phrase
    [InlineData("Russia said on Monday it was suspending visa-free visits by Japanese citizens to the islands.", "JPN>RUS 042")]
    [InlineData("The European Union eased its sanctions on Belarus on Friday.", "EU>BLR 163")]
    [InlineData("Israel halted its strikes on Gaza on Sunday.", "ISR>PSE 19")]
    [InlineData("Seoul said on Tuesday it was relaxing its curbs on Japanese exports.", "KOR>JPN 163")]
    public void Extract_EventNounUndone_IsNotCoded(string text, string dropped) =>
        Assert.DoesNotContain(Coded(text), c => c.StartsWith(dropped, StringComparison.Ordinal));

    // The undoing is still told by its own row.
    [Theory]
    [InlineData("The European Union eased its sanctions on Belarus on Friday.", "EU>BLR 085")]
    [InlineData("Israel halted its strikes on Gaza on Sunday.", "ISR>PSE 087")]
    public void Extract_EventNounUndone_KeepsTheUndoing(string text, string expected) =>
        Assert.Contains(expected, Coded(text));

    // The noun with no undoing verb before it, or one the verb's "of" separates, is an act as before.
    [Theory]
    [InlineData("Washington imposed sanctions on Syria on Monday.", "USA>SYR 163")]
    [InlineData("Japan's foreign minister began a visit to China on Sunday.", "JPN>CHN 042")]
    [InlineData("At the end of the talks in Ankara, Turkey and Sweden signed a memorandum.", "TUR>SWE 057")]
    [InlineData("Paraguay's president ended his visit to Quito on Friday.", "PRY>ECU 042")] // an ended visit took place
    public void Extract_EventNounNotUndone_IsCoded(string text, string expected) =>
        Assert.Contains(expected, Coded(text));
}
