using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A joint agreement or pledge to halt fighting is the truce itself (0871, as "agreed a ceasefire" is), coded once, whatever
/// stands between "agreed" and "to"; one party alone, a halt that is only asked for, and an agreement to reopen a border are
/// not truces. Sentences of our own.
/// </summary>
public sealed class AgreedTruceTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 6, 30)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Armenia and Azerbaijan agreed on Friday to stop fighting along the border.", "ARM>AZE 0871")]
    [InlineData("Armenia and Azerbaijan agreed in Moscow on Friday to halt the fighting along the border.", "ARM>AZE 0871")]
    [InlineData("India and Pakistan agreed to stop fighting along the Line of Control.", "IND>PAK 0871")]
    [InlineData("Serbia and Kosovo agreed on Tuesday to suspend hostilities along the boundary.", "SRB>XKX 0871")]
    public void AJointAgreementToHaltFighting_IsATruceCodedOnce(string text, string truce)
    {
        var pairs = Pairs(text);
        Assert.Contains(truce, pairs);
        Assert.DoesNotContain(pairs, p => p.StartsWith("03", StringComparison.Ordinal) || p.Contains(" 03", StringComparison.Ordinal));
        Assert.Single(pairs, p => p.EndsWith(" 0871", StringComparison.Ordinal));
    }

    [Fact]
    public void OnePartyAloneAgreeingToHalt_StaysAnIntent() =>
        Assert.DoesNotContain(Pairs("Russia agreed on Friday to halt strikes on Ukraine's power stations."), p => p.EndsWith(" 0871", StringComparison.Ordinal));

    [Theory]
    [InlineData("The United Nations urged Armenia and Azerbaijan on Friday to stop fighting along the border.")]
    [InlineData("Armenia and Azerbaijan did not agree to stop fighting along the border.")]
    [InlineData("Armenia and Azerbaijan could agree to stop fighting along the border.")]
    public void AHaltAskedForDeniedOrOnlyPossible_IsNoTruce(string text) =>
        Assert.DoesNotContain(Pairs(text), p => p.EndsWith(" 0871", StringComparison.Ordinal));

    [Fact]
    public void AnAgreementToReopenTheBorder_IsNoTruce() =>
        Assert.DoesNotContain(Pairs("Serbia and Kosovo agreed on Friday to reopen the border crossing."), p => p.EndsWith(" 0871", StringComparison.Ordinal));
}
