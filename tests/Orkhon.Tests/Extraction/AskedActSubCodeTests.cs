using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// CAMEO codes an appeal, demand, intent or refusal by the act it asks for, promises or refuses. When that act is no phrase of
/// the event lexicon, <c>data/lexicon/asked-acts.tsv</c> names it (<see cref="AskedActs"/>): a golden list of sentences of our
/// own, code by code, with the frames whose content names no act left at the bare root. Then the light-verb passive with its
/// event noun first and its giver after "from" inside that noun phrase (<c>Clauses/NounFirstPassives</c>).
/// </summary>
public sealed class AskedActSubCodeTests
{
    private static List<string> Codes(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    // 025x appeals to yield
    [InlineData("Kenya called on Ethiopia to observe the truce in 2022.", "KEN>ETH 0256")]
    [InlineData("Brazil urged Russia and Ukraine to declare a ceasefire in 2023.", "BRA>UKR 0256")]
    [InlineData("Qatar urged Israel and Hamas to extend the truce in 2023.", "QAT>ISR 0256")]
    // 024x appeals for political reform
    [InlineData("The United States urged Venezuela's president to step down in 2019.", "USA>VEN 0241")]
    [InlineData("Sweden urged Georgia to repeal the law on foreign agents in 2024.", "SWE>GEO 0242")]
    [InlineData("Canada urged China to respect the rights of Uighurs in 2021.", "CAN>CHN 0243")]
    [InlineData("France urged Mali to hold elections in 2023.", "FRA>MLI 0244")]
    // 023x appeals for aid, told by the noun after "for"
    [InlineData("Kenya appealed to Britain for humanitarian aid in 2022.", "KEN>GBR 0233")]
    [InlineData("Sri Lanka appealed to India for financial assistance in 2022.", "LKA>IND 0231")]
    // 027 an appeal to settle a dispute
    [InlineData("Egypt urged Ethiopia to settle the dispute over the dam in 2021.", "EGY>ETH 027")]
    [InlineData("Ghana urged Togo to resolve its border dispute in 2020.", "GHA>TGO 027")]
    // 10x demands take the parallel code
    [InlineData("Vietnam demanded that China compensate its fishermen in 2020.", "VNM>CHN 1031")]
    [InlineData("Armenia demanded that Azerbaijan respect the ceasefire in 2022.", "ARM>AZE 1056")]
    [InlineData("Germany demanded that Hungary repeal the media law in 2021.", "DEU>HUN 1042")]
    // 03x intents
    [InlineData("Russia and Ukraine agreed to observe the truce in 2022.", "RUS>UKR 0356")]
    [InlineData("Serbia and Kosovo pledged to resolve their dispute in 2023.", "SRB>XKX 037")]
    // The complementiser inside the governing row ("agree * to"), and the rows of cooperation and aid
    [InlineData("Laos and Thailand agreed to explore a new rail link in 2024.", "LAO>THA 0311")]
    [InlineData("Nepal and India agreed to raise ties to a strategic partnership in 2024.", "NPL>IND 032")]
    [InlineData("Japan and South Korea agreed to revive talks on fisheries in 2023.", "JPN>KOR 036")]
    [InlineData("Mongolia asked Japan to extend a loan for the airport in 2019.", "MNG>JPN 0231")]
    // 0213 judicial cooperation, 0242 policy change, 0256 de-escalation
    [InlineData("Ukraine urged Hungary to arrest the suspect in 2023.", "UKR>HUN 0213")]
    [InlineData("The European Union urged Serbia to cooperate with the investigation in 2023.", "EU>SRB 0213")]
    [InlineData("China urged the Philippines to correct its mistakes in 2024.", "CHN>PHL 0242")]
    [InlineData("Turkey urged Greece to reconsider its decision on the islands in 2020.", "TUR>GRC 0242")]
    [InlineData("Norway urged Russia to abide by the ruling of the tribunal in 2021.", "NOR>RUS 0242")]
    [InlineData("Poland urged Belarus to halt the operation near the border in 2023.", "POL>BLR 0256")]
    [InlineData("Kenya urged Somalia to withdraw its personnel from the border in 2021.", "KEN>SOM 0256")]
    // 12x refusals: CAMEO has no refusal of judicial cooperation, so the material-cooperation code
    [InlineData("Hungary refused to hand over the suspects to Ukraine in 2022.", "HUN>UKR 121")]
    public void TheActAskedFor_GivesTheSubCode(string text, string expected) =>
        Assert.Contains(expected, Codes(text));

    // Content that names no act of the file: the frame keeps its bare code.
    [Theory]
    [InlineData("Japan urged China to release the economic data in 2020.", "JPN>CHN 020")]
    [InlineData("Spain called on Morocco for the second time in 2021.", "ESP>MAR 020")]
    [InlineData("Chile urged Peru to hold back in 2019.", "CHL>PER 020")]
    public void ContentNamingNoAct_KeepsTheBareCode(string text, string expected) =>
        Assert.Contains(expected, Codes(text));

    [Theory]
    [InlineData("0253", "020", "0253")]
    [InlineData("0253", "100", "1053")]
    [InlineData("0253", "030", "0353")]
    [InlineData("0253", "120", "1243")]
    [InlineData("0256", "120", "1246")]
    [InlineData("026", "120", "125")]
    [InlineData("027", "100", "107")]
    [InlineData("028", "120", "126")]
    [InlineData("0244", "120", "1234")]
    [InlineData("0231", "100", "1031")]
    [InlineData("0213", "120", "121")]
    public void Parallel_FollowsCameosSubCodes(string appeal, string governing, string expected) =>
        Assert.Equal(expected, AskedActs.Parallel(CameoCode.Parse(appeal), CameoCode.Parse(governing))?.Value);

    [Fact]
    public void Parallel_OfEveryAppealCode_IsACameoCodeOrNothing()
    {
        var cameo = CameoCatalog.Default;
        foreach (var appeal in cameo.All.Select(t => t.Code).Where(c => c.StartsWith("02", StringComparison.Ordinal) && c.Length >= 3))
        {
            foreach (var governing in new[] { "020", "030", "100", "120" })
            {
                if (AskedActs.Parallel(CameoCode.Parse(appeal), CameoCode.Parse(governing)) is { } code)
                {
                    Assert.True(cameo.Contains(code), $"{appeal} under {governing} gave {code.Value}, not a CAMEO code");
                }
            }
        }
    }

    [Fact]
    public void AFrameWithItsOwnSubCode_IsLeftAlone() =>
        Assert.Null(AskedActs.Parallel(CameoCode.Parse("0256"), CameoCode.Parse("0233")));

    // Noun-first light-verb passives: the giver named after "from" right before the auxiliary.
    [Theory]
    [InlineData("Aid worth $3 million from Japan was delivered to Nepal in 2015.", "JPN>NPL 07")]
    [InlineData("A loan from China was granted to Pakistan in 2024.", "CHN>PAK 071")]
    [InlineData("Emergency aid from India was delivered to Sri Lanka in 2022.", "IND>LKA 07")]
    public void NounFirstPassive_GiverAfterFrom_IsTheSource(string text, string expected) =>
        Assert.Contains(Codes(text), c => c.StartsWith(expected, StringComparison.Ordinal));

    // "from" inside another noun ("imports from Russia") names no giver.
    [Fact]
    public void FromInsideAnotherNoun_IsNoGiver() =>
        Assert.DoesNotContain(Codes("Sanctions on imports from Russia were imposed in 2022."), c => c.StartsWith("RUS>", StringComparison.Ordinal));
}
