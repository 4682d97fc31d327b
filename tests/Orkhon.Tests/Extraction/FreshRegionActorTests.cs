using System.Globalization;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Actors of the regions the fifth news batch covers (Latin America, the Sahel, the Horn of Africa, the Balkans, the Caucasus,
/// the Gulf, the Pacific): heads of state and government and foreign ministers the office-holder table lacked, armed movements,
/// forces, missions and firms of <c>data/reference/agencies.tsv</c>, and provinces and cities of <c>places.tsv</c>; and acts
/// named back by their noun ("called the deployment unacceptable"), which answer the act's author. Pair nouns for two people
/// ("the two generals") are tested in <c>Mentions/PairPeopleNounTests</c>.
/// </summary>
public sealed class FreshRegionActorTests
{
    private static OfficeHolderIndex People => OfficeHolderIndex.Default;

    private static DateOnly Day(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Museveni", "2016-02-18", "UGA", ActorRole.HeadOfState)]
    [InlineData("Nyusi", "2021-07-09", "MOZ", ActorRole.HeadOfState)]
    [InlineData("Bukele", "2024-02-04", "SLV", ActorRole.HeadOfState)]
    [InlineData("Noboa", "2024-01-09", "ECU", ActorRole.HeadOfState)]
    [InlineData("Kurti", "2023-06-01", "XKX", ActorRole.HeadOfGovernment)]
    [InlineData("Plenković", "2020-07-05", "HRV", ActorRole.HeadOfGovernment)]
    [InlineData("Sogavare", "2022-04-20", "SLB", ActorRole.HeadOfGovernment)]
    [InlineData("Natano", "2023-11-09", "TUV", ActorRole.HeadOfGovernment)]
    [InlineData("Conille", "2024-06-26", "HTI", ActorRole.HeadOfGovernment)] // his second term as prime minister
    [InlineData("Grlić Radman", "2022-03-01", "HRV", ActorRole.ForeignMinistry)]
    [InlineData("Gerasimov", "2016-04-05", "RUS", ActorRole.Military)]
    public void Resolve_NameAtDate_GivesStateAndRole(string name, string date, string country, ActorRole role)
    {
        var term = People.Resolve(name, Day(date));
        Assert.NotNull(term);
        Assert.Equal((country, role), (term.Country, term.Role));
    }

    [Theory]
    [InlineData("Conille", "2018-01-01")] // between his two terms
    [InlineData("Bainimarama", "2023-06-01")] // succeeded by Rabuka in December 2022
    [InlineData("Morales", "2015-01-01")] // Evo Morales and Jimmy Morales: the bare surname names no one
    public void Resolve_OutOfOfficeOrShared_IsNull(string name, string date) => Assert.Null(People.Resolve(name, Day(date)));

    [Theory]
    [InlineData("Evo Morales", "2015-01-01", "BOL")]
    [InlineData("Jimmy Morales", "2017-01-01", "GTM")]
    [InlineData("Ariel Henry", "2022-10-07", "HTI")]
    public void SharedSurnames_TheFullNameStillResolves(string name, string date, string country) =>
        Assert.Equal(country, People.Resolve(name, Day(date))!.Country);

    [Theory]
    [InlineData("Paktika", "AFG")]
    [InlineData("Heglig", "SDN")]
    [InlineData("Bentiu", "SSD")]
    [InlineData("Puntland", "SOM")]
    [InlineData("Mitrovica", "XKX")]
    [InlineData("Republika Srpska", "BIH")]
    [InlineData("Cúcuta", "COL")]
    [InlineData("Ras Laffan", "QAT")]
    [InlineData("Shabaab", "SOM")]
    [InlineData("Ryanair", "IRL")]
    [InlineData("Peninsula Shield Force", "GCC")]
    [InlineData("KFOR", "NATO")]
    public void Gazetteer_RegionalName_ResolvesToItsActor(string name, string code) =>
        Assert.Equal(code, ReferenceData.Default.Gazetteer.Resolve(name)?.Code);

    [Theory]
    [InlineData("Sahel")] // the region across several states, not Burkina Faso's province of that name
    [InlineData("Somaliland")] // its authorities act apart from Somalia's
    [InlineData("Abkhazia")]
    public void Gazetteer_RegionActingApart_IsNoActor(string name) => Assert.Null(ReferenceData.Default.Gazetteer.Resolve(name));

    [Fact]
    public void LowerCaseArticle_BeforeAnArmedMovement_StillNamesIt() =>
        Assert.Contains(Extract("Fighters of al Shabaab attacked a Kenyan army base near Lamu on 5 January 2020."),
            e => e.Source.Code == "SOM" && e.Source.Role == ActorRole.Rebels && e.Target.Code == "KEN");

    [Theory]
    // The deployment is an armed act of one party: the criticism answers it.
    [InlineData("Turkey sent troops into northern Syria on 9 October 2019. Iran called the deployment unacceptable on 10 October 2019.", "IRN", "TUR", "111")]
    // An airliner forced down is an assault on the carrier's state (181); the diversion names it back.
    [InlineData("Belarus forced a Ryanair airliner bound for Vilnius to come down in Minsk on 23 May 2021. Dublin called the diversion an act of piracy on 24 May 2021.", "IRL", "BLR", "111")]
    public void ActNamedByItsNoun_AnswersItsAuthor(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Fact]
    public void AirlinerForcedDown_IsAnAssaultOnTheCarriersState() =>
        Assert.Contains(Extract("Belarus forced a Ryanair airliner bound for Vilnius to come down in Minsk on 23 May 2021."),
            e => e.Source.Code == "BLR" && e.Target.Code == "IRL" && e.Cameo.Value == "181");

    [Fact]
    public void ForcedToDoSomethingElse_IsNoAssault() =>
        Assert.DoesNotContain(Extract("Washington forced Caracas to release the detained Americans in 2023."), e => e.Cameo.Value == "181");

}
