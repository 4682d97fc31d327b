using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "no" right after an event verb is its object's determiner and denies the act ("offered no troops", "sent no envoy",
/// "signed no agreement"); "no fewer than", "no later than" measure the act and leave it standing.
/// </summary>
public sealed class DeterminerNoAfterVerbTests
{
    private static string[] Summary(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Georgia asked Turkey for help on Monday, but Ankara offered no assistance.")]
    [InlineData("Kazakhstan sent no delegation to the summit in Minsk on Friday.")]
    [InlineData("Japan and South Korea signed no agreement during the talks in Tokyo on Tuesday.")]
    public void NoAfterTheVerb_DeniesTheAct(string text)
    {
        var events = Summary(text);
        Assert.DoesNotContain(events, e => e.EndsWith(" 030", StringComparison.Ordinal) || e.EndsWith(" 057", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.StartsWith("KAZ>BLR 04", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Turkey offered Georgia assistance on Monday.", "TUR>GEO")]
    [InlineData("Japan signed an agreement with South Korea in Tokyo on Tuesday.", "JPN>KOR")]
    [InlineData("Japan signed no fewer than three agreements with South Korea in Tokyo on Tuesday.", "JPN>KOR")]
    public void AnObjectWithoutADenyingNo_KeepsTheAct(string text, string pair) =>
        Assert.Contains(Summary(text), e => e.StartsWith(pair, StringComparison.Ordinal));
}
