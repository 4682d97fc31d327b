using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Mediation (045) named by a participle or a noun whose parties stand in the act mediated ("swapped prisoners in a deal
/// brokered by X", "after mediation by X"): the mediator's pairs go to the sentence's other actors, or to the sides after
/// "between"; an offer of or a request for mediation is no mediation; a visit noun needs a destination after "to"/"in".
/// </summary>
public sealed class MediationTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Fact]
    public void BrokeredBy_InTheActMediated_PairsTheMediatorWithEachSide()
    {
        var pairs = Pairs("Armenia and Azerbaijan exchanged 30 detainees on Monday in an arrangement brokered by Kazakhstan.");
        Assert.Contains("KAZ>ARM 045", pairs);
        Assert.Contains("KAZ>AZE 045", pairs);
    }

    [Fact]
    public void BrokeredBy_InAnObject_StillTellsAMediation()
    {
        var pairs = Pairs("The visit comes after a truce brokered by Egypt under which Sudan and Chad reopened their border.");
        Assert.Contains("EGY>SDN 045", pairs);
        Assert.Contains("EGY>TCD 045", pairs);
        Assert.DoesNotContain(pairs, p => p.EndsWith(" 042", StringComparison.Ordinal));
    }

    [Fact]
    public void MediationBy_AsANoun_PairsTheAgentWithTheOthers()
    {
        var pairs = Pairs("Georgia released two Russian fishermen on Friday after mediation by Switzerland.");
        Assert.Contains("CHE>GEO 045", pairs);
        Assert.Contains("CHE>RUS 045", pairs);
    }

    [Fact]
    public void Mediation_WithSidesAfterBetween_PairsOnlyThoseSides()
    {
        var pairs = Pairs("Jordan welcomed the ceasefire mediated by Oman between Iran and Bahrain.");
        Assert.Contains("OMN>IRN 045", pairs);
        Assert.Contains("OMN>BHR 045", pairs);
        Assert.DoesNotContain("OMN>JOR 045", pairs);
    }

    [Theory]
    [InlineData("Serbia asked for mediation by Hungary in its dispute with Kosovo.")]
    [InlineData("An offer of mediation by Norway was turned down by Colombia.")]
    public void MediationSoughtOrOffered_IsNoMediation(string text) =>
        Assert.DoesNotContain(Pairs(text), p => p.EndsWith(" 045", StringComparison.Ordinal));

    [Fact]
    public void VisitNoun_WithNoDestinationAfterToOrIn_VisitsNoStateNamedLater()
    {
        var pairs = Pairs("Kazakhstan's president arrived in Hanoi on Tuesday, his first trip beyond the Commonwealth of Independent States since the election.");
        Assert.Contains("KAZ>VNM 042", pairs);
        Assert.DoesNotContain(pairs, p => p.Contains(">CIS", StringComparison.Ordinal));
    }
}
