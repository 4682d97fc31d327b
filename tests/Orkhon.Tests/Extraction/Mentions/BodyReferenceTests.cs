using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// Bodies named without their owner when the excerpt makes the owner plain (<c>BodyReferences</c>): a ministry in a story filed
/// from its state's capital, an organisation's agency, organ or officer, "the South" of two Koreas, a team of a state's officials.
/// Sentences written for these tests.
/// </summary>
public sealed class BodyReferenceTests
{
    private static string[] Pairs(string text, DateOnly date) =>
        [.. EventExtractor.Default.Extract(text, date).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Fact]
    public void MinistryWithNoState_InAStoryFiledFromItsCapital_IsThatStates()
    {
        var pairs = Pairs("HANOI, May 3 (Reuters) - Vietnam's parliament on Monday passed a new maritime law. The foreign ministry summoned the Chinese ambassador on Tuesday.",
            new DateOnly(2024, 5, 3));
        Assert.Contains("VNM>CHN 114", pairs);
    }

    [Fact]
    public void MinistryWithAModifier_InAStoryFiledFromItsCapital_IsThatStates()
    {
        var pairs = Pairs("SANTIAGO, May 3 (Reuters) - Chile's government said on Friday it would review the deal. The mining ministry accused Peru of dumping copper on Thursday.",
            new DateOnly(2024, 5, 3));
        Assert.Contains(pairs, p => p.StartsWith("CHL>PER 112", StringComparison.Ordinal));
    }

    [Fact]
    public void MinistryWithNoState_WithoutADateline_IsNoActor()
    {
        var pairs = Pairs("Vietnam's parliament passed a new maritime law on Monday. The foreign ministry summoned the Chinese ambassador on Tuesday.",
            new DateOnly(2024, 5, 3));
        Assert.DoesNotContain(pairs, p => p.Contains(">CHN 114", StringComparison.Ordinal));
    }

    [Fact]
    public void MinistryWithNoState_WhenTheDatelinesStateWasNeverNamed_IsNoActor()
    {
        // Filed from Vienna, about Iran: Austria is no party, so "the foreign ministry" is nobody's.
        var pairs = Pairs("VIENNA, May 3 (Reuters) - Iran barred two inspectors on Monday. The foreign ministry summoned the German ambassador on Tuesday.",
            new DateOnly(2024, 5, 3));
        Assert.DoesNotContain(pairs, p => p.Contains(">DEU 114", StringComparison.Ordinal));
    }

    [Fact]
    public void MinistryAfterAnotherStatesCapital_InItsSentence_IsNoActor()
    {
        var pairs = Pairs("KYIV, May 3 (Reuters) - Ukraine's army said it had repelled attacks. In Moscow, the defence ministry accused Kyiv of shelling Belgorod on Friday.",
            new DateOnly(2024, 5, 3));
        Assert.DoesNotContain(pairs, p => p.StartsWith("UKR>UKR", StringComparison.Ordinal));
        Assert.DoesNotContain(pairs, p => p.StartsWith("UKR>RUS 112", StringComparison.Ordinal));
    }

    [Fact]
    public void TheAgencysChief_IsTheAgencyNamedBefore()
    {
        var pairs = Pairs("Iran expelled two inspectors of the International Atomic Energy Agency on Monday. The agency's chief condemned Tehran on Tuesday.",
            new DateOnly(2024, 5, 8));
        Assert.Contains("IAEA>IRN 111", pairs);
    }

    [Fact]
    public void TheOrganisationsTenthMember_IsTheOrganisationNamedBefore()
    {
        var pairs = Pairs("Leaders met at the Shanghai Cooperation Organisation summit in July 2024, where Belarus was admitted as the organisation's tenth member.",
            new DateOnly(2024, 7, 5));
        Assert.Contains("BLR>SCO 057", pairs);
    }

    [Fact]
    public void TheAgency_WithNoOrganisationOfThatNameBefore_IsNoActor()
    {
        var pairs = Pairs("The agency's chief condemned Iran on Tuesday.", new DateOnly(2024, 5, 8));
        Assert.Empty(pairs);
    }

    [Fact]
    public void ANamedOrganOfAnOrganisation_ActsForIt()
    {
        var pairs = Pairs("UNESCO's World Heritage Committee urged Peru in July 2020 to halt the dam.", new DateOnly(2020, 8, 1));
        Assert.Contains(pairs, p => p.StartsWith("UNESCO>PER 02", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSouth_AfterBothKoreasWereNamed_IsSouthKorea()
    {
        var pairs = Pairs("North Korean jets crossed into South Korean airspace on Monday, and the South accused Pyongyang of a provocation.",
            new DateOnly(2022, 12, 27));
        Assert.Contains(pairs, p => p.StartsWith("KOR>PRK 112", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSouthOfAName_IsNoActor()
    {
        var pairs = Pairs("North Korea fired a missile on Monday. The South China Sea stayed calm.", new DateOnly(2022, 12, 27));
        Assert.DoesNotContain(pairs, p => p.StartsWith("KOR>", StringComparison.Ordinal));
    }

    [Fact]
    public void ATeamOfAStatesOfficers_IsThatState()
    {
        var pairs = Pairs("A team of Chinese police officers arrived in Hanoi on Thursday.", new DateOnly(2024, 5, 10));
        Assert.Contains("CHN>VNM 042", pairs);
    }

    [Fact]
    public void ATeamFromAnOrganisation_OpeningTheSentence_IsTheOrganisation()
    {
        var pairs = Pairs("A team from the International Atomic Energy Agency arrived in Tehran on Thursday.", new DateOnly(2024, 5, 10));
        Assert.Contains("IAEA>IRN 042", pairs);
    }

    [Fact]
    public void ATeamOfPeopleWhoAreNoActors_IsNoActor()
    {
        var pairs = Pairs("A team of Chinese scientists arrived in Hanoi on Thursday.", new DateOnly(2024, 5, 10));
        Assert.Empty(pairs);
    }

    [Fact]
    public void AFirmNamedByWhereItIsBased_IsThatStatesTarget()
    {
        var pairs = Pairs("Chile accused the London-based miner on Monday of hiding its profits.", new DateOnly(2024, 5, 10));
        Assert.Contains(pairs, p => p.StartsWith("CHL>GBR 11", StringComparison.Ordinal));
    }

    [Fact]
    public void AFirmNamedByWhereItIsListed_NeverActs()
    {
        var pairs = Pairs("A Canadian-listed mining company accused Chile on Monday of breaking the contract.", new DateOnly(2024, 5, 10));
        Assert.DoesNotContain(pairs, p => p.StartsWith("CAN>", StringComparison.Ordinal));
    }

    [Fact]
    public void APersonNamedByWhereTheyAreBased_IsNoFirm()
    {
        var pairs = Pairs("Chile criticised a London-based analyst on Monday.", new DateOnly(2024, 5, 10));
        Assert.DoesNotContain(pairs, p => p.Contains(">GBR", StringComparison.Ordinal));
    }

    [Fact]
    public void TheThreeEuropeanPowers_AreTheLastThreeEuropeanStatesNamed()
    {
        var pairs = Pairs("Iran blamed the United States, Britain, France and Germany for the crisis on Monday. The three European powers condemned Tehran on Tuesday.",
            new DateOnly(2024, 5, 10));
        Assert.Contains("GBR>IRN 111", pairs);
        Assert.Contains("FRA>IRN 111", pairs);
        Assert.Contains("DEU>IRN 111", pairs);
        Assert.DoesNotContain("USA>IRN 111", pairs);
    }

    [Fact]
    public void TheThreeCountries_WithFewerStatesNamed_IsNoActor()
    {
        var pairs = Pairs("Iran blamed Britain for the crisis on Monday. The three countries condemned Tehran on Tuesday.", new DateOnly(2024, 5, 10));
        Assert.DoesNotContain(pairs, p => p.EndsWith("IRN 111", StringComparison.Ordinal));
    }

    [Fact]
    public void Them_AfterOfficialsNamedByWhereTheySit_IsTheirState()
    {
        var pairs = Pairs("Peru's deputy prime minister spoke by telephone with officials in Chile's Atacama region on Wednesday and asked them to reopen the border.",
            new DateOnly(2021, 11, 11));
        Assert.Contains(pairs, p => p.StartsWith("PER>CHL 02", StringComparison.Ordinal));
    }

    [Fact]
    public void Them_WithNoGroupBeforeIt_IsNoActor()
    {
        var pairs = Pairs("Peru's president asked them to reopen the border on Wednesday.", new DateOnly(2021, 11, 11));
        Assert.Empty(pairs);
    }
}
