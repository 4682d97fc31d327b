using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A truce told as coming after talks with no parties of their own ("agreed on a ceasefire …, after ten hours of talks in
/// Moscow") tells that its sides negotiated (046), once per pair, over the days the talks are told to have lasted; a signing
/// told so stays a meeting (040), and talks "with" a third party are that party's (branch p40-visits). The sentences are our own.
/// </summary>
public sealed class TalksBeforeATruceTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2026, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo} {e.Date}")];

    [Theory]
    [InlineData("Armenia and Azerbaijan agreed on a ceasefire in Nagorno-Karabakh on 10 October 2020, after ten hours of talks in Moscow.", "ARM>AZE 046 2020-10-10")]
    [InlineData("Putin and Poroshenko agreed on a ceasefire in eastern Ukraine on 12 February 2015 after all-night talks in the Belarusian capital.", "RUS>UKR 046 2015-02-11/2015-02-12")]
    [InlineData("Thailand and Cambodia agreed on a ceasefire on 27 December 2025 after three days of talks at a border checkpoint.", "THA>KHM 046 2025-12-25/2025-12-27")]
    // the talks' own time phrase dates them, not the truce's day (review of p40-fixb)
    [InlineData("Israel and Hamas agreed to a ceasefire on 3 March 2025, after talks in Cairo on 25 February 2025.", "ISR>PSE 046 2025-02-25")]
    public void Extract_TruceAfterTalks_GivesNegotiationOverTheTalksDays(string text, string expected) => Assert.Contains(expected, Coded(text));

    // twin of the failed talks: talks that did not fail still give the negotiation (review of p40-fixb)
    [Fact]
    public void Extract_TruceAfterTalksThatWentOn_StillNegotiates() =>
        Assert.Contains(Coded("Israel and Hamas agreed to a ceasefire on Monday, after talks in Cairo ended."), c => c.Contains(" 046 ", StringComparison.Ordinal));

    [Fact]
    public void Extract_TruceAfterTalks_CodesEachPairOnce() =>
        Assert.Single(Coded("Putin and Poroshenko agreed on a ceasefire in eastern Ukraine on 12 February 2015 after all-night talks in the Belarusian capital."),
            c => c.Contains(" 046 ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Armenia and Azerbaijan agreed on a ceasefire in Nagorno-Karabakh on 10 October 2020.")]
    [InlineData("Armenia and Azerbaijan agreed on a ceasefire in Nagorno-Karabakh on 10 October 2020 before talks in Moscow.")]
    [InlineData("Thailand and Cambodia agreed on a ceasefire on 28 July 2025 after talks with Malaysia's prime minister.")]
    // talks told as failed led to no negotiated truce (review of p40-fixb)
    [InlineData("Israel and Hamas agreed to a ceasefire on Monday, after talks in Cairo collapsed.")]
    [InlineData("Israel and Hamas agreed to a ceasefire on Monday after talks in Cairo broke down.")]
    public void Extract_TruceWithoutTalksOfItsSides_GivesNoNegotiation(string text) =>
        Assert.DoesNotContain(Coded(text), c => c.Contains(" 046 ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Xi Jinping and Vladimir Putin signed a joint statement after talks in the Kremlin on 21 March 2023.")]
    [InlineData("Xi Jinping and Vladimir Putin signed a joint statement in Moscow on 21 March 2023, after talks in the Kremlin.")]
    public void Extract_SigningAfterTalks_StaysAMeeting(string text)
    {
        var coded = Coded(text);
        Assert.Contains("CHN>RUS 040 2023-03-21", coded);
        Assert.DoesNotContain(coded, c => c.Contains(" 046 ", StringComparison.Ordinal));
    }
}
