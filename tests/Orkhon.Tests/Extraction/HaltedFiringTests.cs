using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "Firing" is fighting for the rows that halt it: parties that agree together to stop firing have agreed a truce (0871), one
/// party that stops firing de-escalates (087), and a halt asked for or refused keeps the appeal's or the refusal's code. Before,
/// "agreed to stop all firing" came out as a bare intent to cooperate (030), the pair found under the wrong root. Sentences of
/// our own, agency and newspaper style.
/// </summary>
public sealed class HaltedFiringTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Armenia and Azerbaijan agreed on Tuesday to stop firing along their border.", "ARM>AZE 0871")]
    [InlineData("The two armies' commanders spoke by telephone, and India and Pakistan agreed to stop all firing on land and at sea.", "IND>PAK 0871")]
    [InlineData("Kyrgyzstan and Tajikistan have agreed to cease firing across the disputed frontier, officials in Bishkek said on Friday.", "KGZ>TJK 0871")]
    [InlineData("Ethiopia and Eritrea agreed on Saturday to stop firing along the border.", "ETH>ERI 0871")]
    [InlineData("Thailand and Cambodia agreed late on Monday to suspend firing at each other's posts.", "THA>KHM 0871")]
    public void PartiesAgreeingTogetherToStopFiring_AgreeATruce(string text, string truce)
    {
        var pairs = Pairs(text);
        Assert.Contains(truce, pairs);
        Assert.DoesNotContain(pairs, p => p.EndsWith(" 030", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sudan's army stopped firing at Chadian positions on Sunday.", "SDN>TCD 087")]
    [InlineData("The Indian army halted firing at Pakistani posts on Monday, officials in Islamabad said.", "IND>PAK 087")]
    public void OnePartyStoppingFiring_DeEscalates(string text, string act) =>
        Assert.Contains(act, Pairs(text));

    [Theory]
    [InlineData("Pakistan urged India on Friday to stop firing across the Line of Control.", "PAK>IND 02")]
    [InlineData("India refused to stop firing on Pakistani posts.", "IND>PAK 12")]
    public void AHaltAskedForOrRefused_KeepsTheAppealOrTheRefusal(string text, string prefix)
    {
        var pairs = Pairs(text);
        Assert.Contains(pairs, p => p.StartsWith(prefix, StringComparison.Ordinal));
        Assert.DoesNotContain(pairs, p => p.EndsWith(" 087", StringComparison.Ordinal) || p.EndsWith(" 0871", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Armenia and Azerbaijan did not agree to stop firing along the border.")]
    [InlineData("Armenia and Azerbaijan could agree to stop firing if the talks in Washington go well.")]
    [InlineData("Azerbaijani troops opened fire on Armenian positions on Tuesday.")]
    [InlineData("North Korea resumed firing artillery near the maritime border with South Korea.")]
    public void NoHalt_IsNoTruceAndNoDeEscalation(string text) =>
        Assert.DoesNotContain(Pairs(text), p => p.EndsWith(" 087", StringComparison.Ordinal) || p.EndsWith(" 0871", StringComparison.Ordinal));
}
