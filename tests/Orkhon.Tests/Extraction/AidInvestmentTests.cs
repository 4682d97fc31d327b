using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Aid and investment as news paragraphs report them (the p9-aid3 block at the end of events.tsv): grants and loans
/// given are economic aid (071); two states building a railway or bridge cooperate (061); money invested or spent on
/// development "in" a country, a hospital opened or handed over there, projects carried out there and relief flown in
/// are aimed at that country. Spending on a war or at home, building along a neighbour's border, and "grants" used as
/// a noun after an actor give no such event.
/// </summary>
public sealed class AidInvestmentTests
{
    private static string[] Summary(string text) =>
        [.. EventExtractor.Default.Extract(text, null).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Japan has given Kyrgyzstan grants worth $150 million since 1993.", "JPN>KGZ 071")]
    [InlineData("Kuwait gave Jordan loans of $500 million in 2019.", "KWT>JOR 071")]
    [InlineData("Qatar gave Egypt $3 billion in 2013.", "QAT>EGY 070")]
    [InlineData("Saudi Arabia invested $5 billion in Pakistan in 2019.", "SAU>PAK 061")]
    [InlineData("The World Bank invested $400 million in water projects in Tajikistan in 2021.", "WB>TJK 061")]
    [InlineData("The EBRD has invested more than 3 billion euros in some 200 projects in Georgia since 1992.", "EBRD>GEO 061")]
    [InlineData("Japan spent $20 million on reconstruction projects in Iraq in 2006.", "JPN>IRQ 070")]
    [InlineData("Turkey has sheltered Syrian dissidents since 2012.", "TUR>SYR 075")]
    [InlineData("Russia opened a line of credit for Belarus worth $1 billion in 2020.", "RUS>BLR 071")]
    [InlineData("China extended a $2 billion credit line for Pakistan in 2019.", "CHN>PAK 071")]
    [InlineData("Turkmenistan and Afghanistan began building a railway last year.", "TKM>AFG 061")]
    [InlineData("Armenia and Georgia completed construction of a new bridge over the river in 2022.", "ARM>GEO 061")]
    [InlineData("Kazakhstan and China built a gas pipeline across their border in 2009.", "KAZ>CHN 061")]
    [InlineData("India inaugurated a new school in Kabul in 2019.", "IND>AFG 070")]
    [InlineData("Japan handed over a renovated clinic in Osh in 2023.", "JPN>KGZ 070")]
    [InlineData("Germany has implemented 200 projects in Uzbekistan since 1993.", "DEU>UZB 070")]
    [InlineData("Jordan flew three planes carrying 50 tonnes of medicine into Beirut in 2024.", "JOR>LBN 073")]
    public void TheAidOrInvestment_IsCodedAgainstItsRecipient(string text, string expected) =>
        Assert.Contains(expected, Summary(text));

    [Theory]
    [InlineData("Russia spent $100 billion on the war in Ukraine in 2023.")] // war spending is no aid
    [InlineData("Kazakhstan spent $2 billion on roads in 2023.")] // spending at home
    [InlineData("Mongolia grants worth $5 million were announced by Japan in 2023.")] // "grants" is a noun here
    [InlineData("Kazakhstan opened a new hospital in Almaty in 2023.")] // a state's own hospital is no aid
    public void TheOtherSenses_GiveNoAidEvent(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.Split(' ')[1].StartsWith("07", StringComparison.Ordinal));

    [Theory]
    [InlineData("Poland built a highway along its border with Belarus in 2023.")] // a neighbour is no partner
    [InlineData("Russia began building a railway to Crimea in 2019.")] // a place reached is no partner
    public void BuildingNearAForeignPlace_GivesNoCooperation(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.EndsWith(" 061", StringComparison.Ordinal));
}
