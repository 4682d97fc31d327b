using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Coordination that news writes without "and" between the parties: an act told once and shared through an auxiliary
/// (", as did A and B"), a party joined by "along with" or "together with", and the land a joint route crosses, which is no
/// party to the act.
/// </summary>
public sealed class EllipsisAndCompanionTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 5)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Fact]
    public void AsDid_AddsTheNamedPartiesAsSubjects()
    {
        var pairs = Pairs("Germany condemned Iran on Tuesday, as did France and Italy.");
        Assert.Equal(["DEU>IRN 111", "FRA>IRN 111", "ITA>IRN 111"], pairs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AsHave_AfterAPerfect_AddsTheNamedParties()
    {
        var pairs = Pairs("Japan has imposed sanctions on Russia, as have Britain and Canada.");
        Assert.Contains("GBR>RUS 163", pairs);
        Assert.Contains("CAN>RUS 163", pairs);
        Assert.Contains("JPN>RUS 163", pairs);
    }

    [Fact]
    public void AsDid_PartiesAreNeverTheActsTargets() =>
        // The condemned act has no state named; the parties after "as did" condemn, they are not condemned.
        Assert.Empty(Pairs("Germany condemned the missile test on Tuesday, as did France and Italy."));

    [Fact]
    public void AsIfOrAsWell_IsNoSharedAct() =>
        Assert.Equal(["DEU>IRN 111"], Pairs("Germany condemned Iran on Tuesday, as expected by Italy."));

    [Theory]
    [InlineData("Canada, along with Britain and Australia, condemned Iran on Monday.")]
    [InlineData("Canada along with Britain and Australia condemned Iran on Monday.")]
    [InlineData("Canada, together with Britain and Australia, condemned Iran on Monday.")]
    public void AlongWith_JoinsTheSubject(string text)
    {
        var pairs = Pairs(text);
        Assert.Equal(["AUS>IRN 111", "CAN>IRN 111", "GBR>IRN 111"], pairs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WithAlone_IsStillAPreposition() =>
        Assert.DoesNotContain(Pairs("Canada, with Britain's backing, condemned Iran on Monday."), p => p.StartsWith("GBR>", StringComparison.Ordinal));

    [Theory]
    [InlineData("Kenya and Ethiopia launched a direct rail freight service through Somalia in May.")]
    [InlineData("Kenya and Ethiopia launched a new freight route via Somalia in May.")]
    public void ARoutesWaypoint_IsNoPartyToTheJointAct(string text)
    {
        var pairs = Pairs(text);
        Assert.Contains(pairs, p => p is "KEN>ETH 061" or "ETH>KEN 061");
        Assert.DoesNotContain(pairs, p => p.Contains("SOM", StringComparison.Ordinal));
    }

    [Fact]
    public void AGappedClause_RepeatsTheActForEachParty()
    {
        var pairs = Pairs("Poland expelled five Russian diplomats, Romania three and Bulgaria two.");
        Assert.Equal(["BGR>RUS 174", "POL>RUS 174", "ROU>RUS 174"], pairs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AGappedParty_IsNoObjectOfTheAct() =>
        Assert.DoesNotContain("POL>BGR 174", Pairs("Poland expelled five Russian diplomats on Monday and Bulgaria ten."));

    [Fact]
    public void ACountThatGoesOn_IsNoGappedClause() =>
        // "Bulgaria 10 percent" measures something; nothing is done again.
        Assert.DoesNotContain(Pairs("Poland expelled five Russian diplomats and Bulgaria 10 percent of its staff."), p => p.StartsWith("BGR>", StringComparison.Ordinal));

    [Fact]
    public void AListThatGoesOnPastItsLastState_KeepsEveryStateNamed()
    {
        var pairs = Pairs("Soldiers from Peru, Chile and more than 20 other countries began a joint naval exercise on Monday.");
        Assert.Contains(pairs, p => p is "PER>CHL 062" or "CHL>PER 062");
    }

    [Fact]
    public void TheCommaClosingAnOpeningClause_StillLinksNothing() =>
        Assert.Equal(["PER>BOL 111"], Pairs("Speaking with his Chilean counterpart, Peru's president criticised Bolivia on Monday."));

    [Fact]
    public void APartyBeforeATitledList_JoinsTheJointAct()
    {
        var pairs = Pairs("Peru's president and the foreign ministers of Chile and Bolivia signed a border accord in Lima on Tuesday.");
        Assert.Contains(pairs, p => p is "PER>CHL 057" or "CHL>PER 057");
        Assert.Contains(pairs, p => p is "PER>BOL 057" or "BOL>PER 057");
    }

    [Fact]
    public void TheSeatAJointActIsHeldAt_IsNoParty()
    {
        var pairs = Pairs("Peru's prime minister and the foreign ministers of Chile and Bolivia signed agreements at the White House on Tuesday.");
        Assert.DoesNotContain(pairs, p => p.Contains("USA", StringComparison.Ordinal));
        Assert.Contains(pairs, p => p is "PER>CHL 057" or "CHL>PER 057");
    }

    [Fact]
    public void Respectively_PairsTwoListsInOrder()
    {
        var pairs = Pairs("Brazil and Argentina signed trade and energy accords with Paraguay and Bolivia respectively on Monday.");
        Assert.Equal(["ARG>BOL 057", "BRA>PRY 057"], pairs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Respectively_AfterACommaAndADirectedAct()
    {
        var pairs = Pairs("Germany and France summoned the ambassadors of Russia and Iran, respectively, on Monday.");
        Assert.Equal(["DEU>RUS 114", "FRA>IRN 114"], pairs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WithoutRespectively_EverySubjectPairsWithEveryObject() =>
        Assert.Equal(4, Pairs("Germany and France summoned the ambassadors of Russia and Iran on Monday.").Count(p => p.EndsWith(" 114", StringComparison.Ordinal)));

    [Fact]
    public void AStatesFleet_IsItsNavy_InAListOfNavies()
    {
        var pairs = Pairs("The Chinese and Russian navies and Japan's fleet began joint exercises on Tuesday.");
        Assert.Equal(["CHN>JPN 062", "CHN>RUS 062", "RUS>JPN 062"], pairs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AndSoDid_AddsTheNamedParty()
    {
        var pairs = Pairs("Germany recalled its ambassador from Iran on Tuesday, and so did Italy.");
        Assert.Contains(pairs, p => p.StartsWith("ITA>IRN ", StringComparison.Ordinal));
        Assert.DoesNotContain(pairs, p => p.Contains(">ITA", StringComparison.Ordinal));
    }
}
