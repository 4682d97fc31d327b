using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A denial or rejection of a charge ("rejected claims that…", "dismissed allegations that…", "brushed off accusations of
/// helping…") is aimed at the accuser, never at a party named inside the charge's content (branch p25-precision2). An
/// accuser named before the charge noun ("U.S. accusations", "French allegations") stays the target. The sentences are our own.
/// </summary>
public sealed class ChargeContentTargetTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // Hard negatives: no accuser is named, so the denial has no target; the party inside the content is not one.
    [Theory]
    [InlineData("Kazakhstan rejected claims that it had helped Ukraine evade sanctions.", "KAZ>UKR")]
    [InlineData("Tehran on Monday dismissed allegations that Hezbollah had received drones from Iran.", "IRN>LBN 016")]
    [InlineData("The Kremlin denied charges that Moscow was arming Serbia.", "RUS>SRB")]
    [InlineData("Hungary brushed off accusations of helping Russia dodge sanctions.", "HUN>RUS")]
    [InlineData("Beijing has refuted accusations that it supplied Russia with weapons.", "CHN>RUS")]
    [InlineData("Pyongyang rejected the allegations that its hackers had attacked South Korean banks.", "PRK>KOR")]
    public void Extract_PartyInsideTheCharge_IsNoTarget(string text, string wrongPair) =>
        Assert.DoesNotContain(Coded(text), c => c.StartsWith(wrongPair, StringComparison.Ordinal));

    // The accuser named before the charge noun is the target.
    [Theory]
    [InlineData("Lavrov rejected U.S. accusations that Russia was preparing to invade Ukraine.", "RUS>USA 016")]
    [InlineData("Kazakhstan refuted Russian claims that it had helped Ukraine.", "KAZ>RUS 016")]
    [InlineData("Baku dismissed French allegations that it had stirred unrest in New Caledonia.", "AZE>FRA 016")]
    [InlineData("Kyiv rejected the accusations from Moscow.", "UKR>RUS 016")]
    public void Extract_AccuserBeforeTheCharge_StaysTheTarget(string text, string expected) =>
        Assert.Contains(expected, Coded(text));

    // An accusation or a demand names its target before the content: those stay.
    [Theory]
    [InlineData("Moscow accused Kyiv of shelling the plant.", "RUS>UKR 1123")]
    [InlineData("China demanded that Japan stop selling arms to Taiwan.", "CHN>JPN 100")]
    public void Extract_TargetBeforeTheContent_Stays(string text, string expected) =>
        Assert.Contains(expected, Coded(text));
}
