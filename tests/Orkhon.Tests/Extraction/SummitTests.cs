using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Summits and joint acts told over several sentences: "the summit" attended or hosted is the meeting of the organisation
/// named last with a gathering; "the two leaders" are the two states named by their leaders, not an organisation named
/// since; a joint statement that pledges is each party's intent to the others; a gathering that brings leaders together is
/// a meeting of every two of them; "denounced the arrangement" is aimed at each party of the joint act told before.
/// </summary>
public sealed class SummitTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Fact]
    public void TheSummit_InALaterSentence_IsTheOrganisationsMeeting()
    {
        var pairs = Pairs("The CICA summit opened in Astana on 12 October 2022. Azerbaijan's president, who attended the meeting, "
            + "spoke about transport. Turkish President Recep Tayyip Erdogan also took part in the two-day summit.");
        Assert.Contains("AZE>CICA 042", pairs);
        Assert.Contains("TUR>CICA 042", pairs);
        Assert.DoesNotContain(pairs, p => p.StartsWith("TUR>KAZ", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSummit_HostedAfterTheOrganisationsGatheringWasNamed()
    {
        Assert.Contains("KAZ>CICA 043", Pairs("Leaders arrived for a summit of the CICA in October 2022. Kazakhstan hosted the summit in Astana."));
    }

    [Fact]
    public void TheSummit_WithNoOrganisationNamedBefore_IsNoOrganisation()
    {
        var pairs = Pairs("Qatar's emir took part in the summit in October 2022.");
        Assert.DoesNotContain(pairs, p => p.Contains("CICA", StringComparison.Ordinal) || p.Contains("SCO", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSummit_NamingItsOwnOrganisation_KeepsIt()
    {
        var pairs = Pairs("The CICA summit opened in Astana in October 2022. Turkey's president attended the summit of the SCO in Samarkand in September 2022.");
        Assert.Contains("TUR>SCO 042", pairs);
        Assert.DoesNotContain("TUR>CICA 042", pairs);
    }

    [Fact]
    public void TheTwoLeaders_AreTheStatesNamedByTheirLeaders_NotAnOrganisationNamedSince()
    {
        var pairs = Pairs("Indian Prime Minister Narendra Modi arrived in Tokyo in May 2023, and Japanese Prime Minister Fumio Kishida welcomed him. "
            + "India raised a dispute at the World Trade Organization. The two leaders agreed to exchange regular visits.");
        Assert.Contains("IND>JPN 036", pairs);
        Assert.Contains("JPN>IND 036", pairs);
        Assert.DoesNotContain(pairs, p => p.Contains("WTO", StringComparison.Ordinal));
    }

    [Fact]
    public void JointStatementPledging_IsEachPartysIntentToEachOther()
    {
        Assert.Equal(["EGY>JOR 030", "EGY>IRQ 030", "JOR>EGY 030", "JOR>IRQ 030", "IRQ>EGY 030", "IRQ>JOR 030"],
            Pairs("The leaders of Egypt, Jordan and Iraq issued a joint statement pledging to deepen cooperation in March 2024."));
    }

    [Fact]
    public void BroughtTogether_PairsThePartiesBroughtTogether_NotTheForum()
    {
        Assert.Equal(["AZE>GEO 040", "AZE>TUR 040", "GEO>TUR 040"],
            Pairs("The forum in Baku brought together the presidents of Azerbaijan, Georgia and Turkey in May 2024."));
    }

    [Fact]
    public void DenouncedTheArrangement_IsAimedAtEachPartyOfTheJointActBefore()
    {
        var pairs = Pairs("Poland, Lithuania and Latvia began sharing radar data on Belarusian air defences in June 2024. "
            + "Belarus denounced the arrangement as a threat to \"regional stability\".");
        Assert.Equal(["POL>LTU 064", "POL>LVA 064", "LTU>LVA 064", "BLR>POL 111", "BLR>LTU 111", "BLR>LVA 111"], pairs);
    }

    [Fact]
    public void DenouncedTheDealWithNamedParties_KeepsThem()
    {
        var pairs = Pairs("Poland and Lithuania signed a border accord in June 2024. Belarus denounced the deal with Ukraine.");
        Assert.Contains("BLR>UKR 111", pairs);
        Assert.DoesNotContain("BLR>POL 111", pairs);
    }

    [Fact]
    public void DenouncedTheArrangement_AfterADirectedActOfOneParty_NamesNoParties()
    {
        // "Japan urged Seoul and Manila…" is one state's act towards two, no joint act of the three.
        var pairs = Pairs("Japan urged South Korea and the Philippines to share radar data in June 2024. China denounced the arrangement.");
        Assert.DoesNotContain(pairs, p => p.StartsWith("CHN>", StringComparison.Ordinal));
    }

    [Fact]
    public void CoordinatedHostileAct_WithNoTargetOfItsOwn_TakesTheEarlierActsTargets()
    {
        var pairs = Pairs("Iran condemned Israel and the United States in June 2025 and vowed retaliation.");
        Assert.Equal(["IRN>ISR 11", "IRN>USA 11", "IRN>ISR 13", "IRN>USA 13"], pairs.Select(p => p[..^1]).ToArray());
    }

    [Fact]
    public void CoordinatedThreat_AfterAMeeting_DoesNotTakeTheMeetingsPartner()
    {
        var pairs = Pairs("Iran's president met Iraq's prime minister in June 2025 and warned of retaliation.");
        Assert.DoesNotContain(pairs, p => p.StartsWith("IRN>IRQ 13", StringComparison.Ordinal));
    }

    [Fact]
    public void AfterTheirMeeting_TheMainClausesPartiesMet()
    {
        var pairs = Pairs("After their meeting in Baku in May 2024, Azerbaijan, Georgia and Turkey signed a rail accord.");
        Assert.Contains("AZE>GEO 040", pairs);
        Assert.Contains("AZE>TUR 040", pairs);
        Assert.Contains("GEO>TUR 040", pairs);
    }

    [Fact]
    public void AfterTheirTalks_WithOneParty_IsNoMeeting()
    {
        var pairs = Pairs("After their talks in May 2024, Georgia condemned Russia.");
        Assert.DoesNotContain(pairs, p => p.EndsWith(" 040", StringComparison.Ordinal));
    }
}
