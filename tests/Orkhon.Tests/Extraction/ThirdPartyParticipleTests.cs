using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A mediating or hosting participle after a noun or an object ("talks mediated by X", "a truce brokered by X", "talks hosted
/// by X"): its agent after "by" is a third party, neither a party of the talks nor the verb's object; it keeps its own
/// mediation toward each side.
/// </summary>
public sealed class ThirdPartyParticipleTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Bolivia and Chile agreed to a truce after talks in Lima mediated by Peru and Brazil.", "PER", "BRA")]
    [InlineData("Eritrea and Djibouti settled their dispute after talks in Riyadh brokered by Saudi Arabia and Kuwait.", "SAU", "KWT")]
    [InlineData("Kenya and Uganda reached a deal following negotiations facilitated by Tanzania and Rwanda.", "TZA", "RWA")]
    public void TalksMediatedByTwo_DoNotMakeTheMediatorsMeetEachOther(string text, string first, string second)
    {
        var pairs = Pairs(text);
        Assert.DoesNotContain(pairs, p => p.StartsWith($"{first}>{second} 04", StringComparison.Ordinal) || p.StartsWith($"{second}>{first} 04", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bolivia and Chile agreed to a truce after talks in Lima mediated by Peru and Brazil.", "PER", "BOL")]
    [InlineData("Guyana and Suriname held talks mediated by Barbados on Monday.", "BRB", "GUY")]
    [InlineData("Guyana and Suriname held talks mediated by Barbados on Monday.", "BRB", "SUR")]
    public void Mediator_KeepsItsMediationTowardEachSide(string text, string mediator, string side) =>
        Assert.Contains($"{mediator}>{side} 045", Pairs(text));

    [Theory]
    [InlineData("Guyana and Suriname held talks mediated by Barbados on Monday.", "BRB")]
    [InlineData("Lesotho and Eswatini agreed to a ceasefire brokered by Botswana.", "BWA")]
    [InlineData("Nepal and Bhutan held talks hosted by Bangladesh on Friday.", "BGD")]
    public void ThirdParty_IsNoObjectOfTheVerb(string text, string third)
    {
        var pairs = Pairs(text);
        Assert.DoesNotContain(pairs, p => p.Contains($">{third} ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Guyana and Suriname held talks mediated by Barbados on Monday.", "GUY>SUR 04")]
    [InlineData("Lesotho and Eswatini agreed to a ceasefire brokered by Botswana.", "LSO>SWZ 08")]
    public void TheSidesStillPairWithEachOther(string text, string prefix) =>
        Assert.Contains(Pairs(text), p => p.StartsWith(prefix, StringComparison.Ordinal));

    [Theory]
    [InlineData("Joint exercises by Russia and China began on Monday.", "RUS")]
    public void AnAgentAfterTheNounItself_IsStillTheNounsActor(string text, string source) =>
        Assert.Contains(Pairs(text), p => p.StartsWith($"{source}>", StringComparison.Ordinal));

    [Theory]
    [InlineData("Bolivia and Chile agreed to a truce after talks in Lima mediated by Peru and Brazil. The two sides also agreed to meet again in Quito next month.", "BOL", "CHL", "PER", "BRA")]
    [InlineData("Egypt and Qatar brokered a ceasefire between Sudan and Chad on Monday. Both sides agreed to hold talks in Cairo.", "SDN", "TCD", "EGY", "QAT")]
    public void TheSides_AfterAMediation_AreTheMediatedParties(string text, string first, string second, string mediator, string other)
    {
        var pairs = Pairs(text);
        Assert.Contains($"{first}>{second} 036", pairs);
        Assert.Contains($"{second}>{first} 036", pairs);
        Assert.DoesNotContain($"{mediator}>{other} 036", pairs);
        Assert.DoesNotContain($"{other}>{mediator} 036", pairs);
    }

    [Theory]
    [InlineData("Sudan and Chad agreed to reopen their border, Kenyan President William Ruto announced on Monday after brokering talks between Sudan and Chad.")]
    [InlineData("Ghana and Togo agreed to end the dispute, Nigeria said late on Friday after mediating talks between Ghana and Togo.")]
    public void SubordinateParticiple_AfterAReportingClause_IsTheSpeakers(string text)
    {
        var pairs = Pairs(text);
        Assert.Contains(pairs, p => p.EndsWith(" 045", StringComparison.Ordinal));
        Assert.All(pairs.Where(p => p.EndsWith(" 045", StringComparison.Ordinal)), p => Assert.True(p.StartsWith("KEN>", StringComparison.Ordinal) || p.StartsWith("NGA>", StringComparison.Ordinal), p));
    }
}
