using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A plan called off ("cancelled plans to visit", "postponed a plan to sign", "shelved its plans to expel") tells neither the
/// act nor an intent: before (branch <c>p30-metamorphic</c>, transform T12), "plans" made the act an intent (03) or a threat
/// (13) whatever verb governed the plan. A plan still standing stays an intent. Sentences of our own.
/// </summary>
public sealed class CalledOffPlanTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 15)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Root.Value}")];

    [Theory]
    [InlineData("Japan scrapped plans to send its foreign minister to Beijing.")]
    [InlineData("The Turkish president postponed his plan to visit Baghdad.")]
    [InlineData("Washington shelved its plans to impose sanctions on Ankara.")]
    [InlineData("Britain called off plans to expel the Iranian ambassador.")]
    [InlineData("Moldova put off plans to sign a trade agreement with Romania.")]
    [InlineData("Israel cancelled plans to carry out air strikes on villages in southern Lebanon.")]
    [InlineData("The United States postponed a plan to send food aid to Sudan until after the election.")]
    public void APlanCalledOff_GivesNoActAndNoIntent(string text) =>
        Assert.DoesNotContain(Pairs(text), p => p[^2..] is "03" or "04" or "05" or "07" or "13" or "17" or "19");

    [Theory]
    [InlineData("India plans to sign a trade agreement with Britain next month.", "IND>GBR 03")]
    [InlineData("Kazakhstan's president plans to visit Beijing in September.", "KAZ>CHN 03")]
    public void APlanStillStanding_StaysAnIntent(string text, string intent) =>
        Assert.Contains(intent, Pairs(text));
}
