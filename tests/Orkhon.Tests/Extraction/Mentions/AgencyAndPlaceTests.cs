using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// State bodies named on their own (agencies, services, legislatures, armed movements) act for their state with
/// a role; sub-national places and large cities stand for their state only as where an act happens or lands.
/// </summary>
public sealed class AgencyAndPlaceTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 3));

    [Theory]
    [InlineData("USAID", "USA", ActorRole.Government)]
    [InlineData("JICA", "JPN", ActorRole.Government)]
    [InlineData("KOICA", "KOR", ActorRole.Government)]
    [InlineData("TIKA", "TUR", ActorRole.Government)]
    [InlineData("GIZ", "DEU", ActorRole.Government)]
    [InlineData("the Pentagon", "USA", ActorRole.Military)]
    [InlineData("State Department", "USA", ActorRole.ForeignMinistry)]
    [InlineData("Hamas", "PSE", ActorRole.Rebels)]
    [InlineData("Hezbollah", "LBN", ActorRole.Rebels)]
    [InlineData("Rapid Support Forces", "SDN", ActorRole.Rebels)]
    [InlineData("State Great Khural", "MNG", ActorRole.Legislature)]
    public void Agency_ResolvesToItsStateWithARole(string name, string code, ActorRole role)
    {
        var entry = ReferenceData.Default.Gazetteer.Resolve(name);
        Assert.Equal((code, NameForm.Agency, role), (entry?.Code, entry?.Form, entry?.Role));
    }

    [Theory]
    [InlineData("JICA signed a loan agreement with Uzbekistan on Monday.", "JPN", "UZB")]
    [InlineData("The Pentagon criticised China on Monday.", "USA", "CHN")]
    [InlineData("Hamas and Israel agreed on Monday to a pause in fighting.", "PSE", "ISR")]
    [InlineData("Houthis fired missiles at Israel on Monday.", "YEM", "ISR")]
    public void Agency_ActsForItsState(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target);

    [Fact]
    public void Acronyms_MatchOnlyInCapitals() =>
        // "giz" or "pla" in lower case is not the German agency or China's army.
        Assert.Null(ReferenceData.Default.Gazetteer.Resolve("pla"));

    [Theory]
    [InlineData("Xinjiang", "CHN")]
    [InlineData("Inner Mongolia", "CHN")]
    [InlineData("Hatay", "TUR")]
    [InlineData("Texas", "USA")]
    [InlineData("Gyeonggi", "KOR")]
    [InlineData("Kharkiv", "UKR")]
    [InlineData("Tuv", "MNG")]
    [InlineData("Almaty", "KAZ")] // a former capital: already a capital name, which wins
    [InlineData("Osaka", "JPN")]
    public void Place_ResolvesToItsState(string name, string code) => Assert.Equal(code, ReferenceData.Default.Gazetteer.Resolve(name)?.Code);

    [Theory]
    [InlineData("Georgia")] // the state, never the U.S. state
    [InlineData("Victoria")] // Seychelles' capital, Australia's state, a given name
    [InlineData("Washington")] // the capital, not the state
    public void AmbiguousPlaceNames_KeepTheirStateMeaning(string name) =>
        Assert.NotEqual(NameForm.Place, ReferenceData.Default.Gazetteer.Resolve(name)?.Form);

    [Fact]
    public void EnglishTownOnceAColonialCapital_NamesNoState()
    {
        // Salisbury was Harare's name until 1982, but news since names the English town (the 2018 poisoning).
        Assert.Null(ReferenceData.Default.Gazetteer.Resolve("Salisbury"));
        Assert.Contains(Extract("Russia poisoned a British citizen in Salisbury in 2018."), e => e.Source.Code == "RUS" && e.Target.Code == "GBR");
    }

    [Theory]
    [InlineData("Punjab")] // India's and Pakistan's
    [InlineData("Florida")] // a U.S. state and a department of Uruguay
    public void PlaceNamesInTwoStates_AreLeftOut(string name) => Assert.Null(ReferenceData.Default.Gazetteer.Resolve(name));

    [Theory]
    [InlineData("Shanghai criticised Japan on Monday.")]
    [InlineData("Xinjiang condemned the United States on Monday.")]
    [InlineData("Texas accused Mexico of negligence on Monday.")]
    public void Place_IsNeverTheSource(string text) => Assert.Empty(Extract(text));

    [Theory]
    [InlineData("Mongolia sent rescuers to Hatay province on Wednesday.", "MNG", "TUR")]
    [InlineData("Russia shelled Kharkiv on Monday.", "RUS", "UKR")]
    [InlineData("The Japanese foreign minister visited Shanghai on Monday.", "JPN", "CHN")]
    public void Place_IsWhereTheActLands(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target);

    [Theory]
    [InlineData("Indiana Governor Eric Holcomb met Taiwan's president in Taipei on Monday.", "USA", "TWN")]
    [InlineData("The government of Gyeonggi province signed a memorandum with Mongolia on Thursday.", "KOR", "MNG")]
    [InlineData("Inner Mongolia's regional government signed an agreement with Mongolia on Monday.", "CHN", "MNG")]
    public void PlaceWithAnOffice_ActsForItsStateAsGovernment(string text, string source, string target)
    {
        var e = Assert.Single(Extract(text), e => e.Source.Code == source && e.Target.Code == target);
        Assert.Equal(ActorRole.Government, e.Source.Role);
    }

    [Fact]
    public void PlaceNamingAThing_IsNoTarget() =>
        // "the Istanbul talks" are talks, not Turkey.
        Assert.DoesNotContain(Extract("Russia and Ukraine resumed the Istanbul talks on Monday."), e => e.Source.Code == "TUR" || e.Target.Code == "TUR");

    [Fact]
    public void TwoSidesAfterANeutralVenue_AreTheTwoStates()
    {
        // "talks in Geneva" name where they met, not a third party.
        var events = Extract("U.S. and Chinese officials held talks in Geneva on Monday. The two sides agreed to cut tariffs.");
        Assert.DoesNotContain(events, e => e.Source.Code == "CHE" || e.Target.Code == "CHE");
    }

    [Fact]
    public void EmbeddedPlacesAndAgencies_AreValidAndSourced()
    {
        Assert.True(ReferenceData.Default.Places.Count > 1000);
        Assert.All(ReferenceData.Default.Places, p => Assert.NotNull(ReferenceData.Default.FindCountry(p.Country)));
        Assert.All(ReferenceData.Default.Agencies, a => Assert.StartsWith("http", a.SourceUrl, StringComparison.Ordinal));
    }

    private const string CountryHeader = "code\tiso2\tm49\tname\tofficial_name\talt_names\tadjectives\tdemonyms\tcapital\tcapital_alts\tregion\tsubregion\tstatus\n";
    private const string OrgHeader = "code\tname\talt_names\tkind\tmembers\tobservers\tfounded\tsource_url\n";
    private const string AgencyHeader = "name\talt_names\tcountry\trole\tsector\tsource_url\n";
    private const string PlaceHeader = "name\tcountry\tkind\tiso_3166_2\tsource_url\n";

    private static DataFileException LoadFails(string agencies, string places) => Assert.Throws<DataFileException>(() => ReferenceData.Load(
        TsvTable.Read("c.tsv", new StringReader(CountryHeader + "AAA\tAA\t001\tAland\tAland\t\t\t\tAtown\t\tEurope\tNorthern Europe\tmember\n"
            + "BBB\tBB\t002\tBland\tBland\t\t\t\tBtown\t\tEurope\tNorthern Europe\tmember\n")),
        TsvTable.Read("o.tsv", new StringReader(OrgHeader)),
        TsvTable.Read("a.tsv", new StringReader(AgencyHeader + agencies)),
        TsvTable.Read("p.tsv", new StringReader(PlaceHeader + places))));

    [Theory]
    [InlineData("X Agency\t\tZZZ\tgovernment\tGOV\thttps://example.org\n", "not a country code")]
    [InlineData("X Agency\t\tAAA\tkings\tGOV\thttps://example.org\n", "role 'kings'")]
    [InlineData("X Agency\t\tAAA\tgovernment\tgov\thttps://example.org\n", "three-letter CAMEO agent code")]
    [InlineData("X Agency\t\tAAA\tgovernment\tGOV\tnot a url\n", "not an http(s) URL")]
    public void Load_BadAgencyRow_IsAnErrorWithFileAndLine(string row, string message)
    {
        var e = LoadFails(row, "");
        Assert.Contains(e.Errors, x => x.File == "a.tsv" && x.Line == 2 && x.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Northshire\tZZZ\tsubdivision\t\thttps://example.org\n", "not a country code")]
    [InlineData("Northshire\tAAA\tvillage\t\thttps://example.org\n", "kind 'village'")]
    public void Load_BadPlaceRow_IsAnErrorWithFileAndLine(string row, string message)
    {
        var e = LoadFails("", row);
        Assert.Contains(e.Errors, x => x.File == "p.tsv" && x.Line == 2 && x.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_PlaceNamedLikeAnotherStatesCapital_IsAnError()
    {
        // A place may not take a name that already means another state: the data file must leave it out.
        var e = LoadFails("", "Atown\tBBB\tcity\t\thttps://example.org\n");
        Assert.Contains(e.Errors, x => x.File == "p.tsv" && x.Message.Contains("'Atown'", StringComparison.Ordinal));
    }
}
