using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Two argument constructions of news text, each on sentences of our own that the extractor of 2026-12-05 18:04 (main
/// 7790493) got wrong:
/// <list type="bullet">
/// <item>A stance whose object is a definite noun naming a hostile act ("condemned the seizure", "called the incident
/// unacceptable", "the deployment", "the demolition") answers that act's author, whether the act was coded against a party or
/// told with no party acted on ("North Korea blew up a road bridge"; <see cref="ActAuthors"/>, class <c>hostile-act</c> of
/// <c>data/lexicon/act-nouns.tsv</c>).</item>
/// <item>A verb after "and" inside a clause that opens with its own subject ("…, a day after Minsk forced a jet to land and
/// arrested a journalist") shares that subject, not the subject of the phrase before the clause
/// (<c>Clauses.CoordinatedVerbPhrase.SubordinateSubject</c>); such an act of force in an earlier-time clause answers no act of
/// the main clause.</item>
/// <item>A clause headed by a state's office or body that no table names as one phrase ("Pakistan's director general of
/// military operations telephoned…", "Mali's military-led government ordered…") has that state as its subject
/// (<c>SubjectFinder.OwnedAgent</c>); the parties a characterisation names as the makers of the object ("rejected the findings
/// as a farce cooked up by the United States") are not acted on.</item>
/// </list>
/// </summary>
public sealed class ClauseArgumentTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    private static bool Has(List<EventMention> events, string source, string target, string root) =>
        events.Exists(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("North Korea blew up a road bridge on the border on Tuesday. Seoul condemned the demolition.", "KOR", "PRK", "11")]
    [InlineData("Iranian naval forces seized a cargo ship in the Gulf of Oman on Friday. The vessel had 21 crew members aboard. Britain condemned the seizure on Saturday.", "GBR", "IRN", "11")]
    [InlineData("Venezuelan troops shelled border posts in Guyana on Monday. Officials in Georgetown said nobody was hurt. Brazil's president called the incident unacceptable.", "BRA", "VEN", "11")]
    [InlineData("Russia sent 5,000 troops into Belarus on Tuesday. Poland condemned the deployment on Wednesday.", "POL", "RUS", "11")]
    [InlineData("Serbian police raided Kosovo border posts on Sunday. Pristina's officials said two officers were hurt. The European Union condemned the incursion.", "EU", "SRB", "11")]
    [InlineData("Chinese coast guard vessels rammed two Philippine supply boats near the shoal on Monday. The boats carried food for marines. Japan denounced the provocation.", "JPN", "CHN", "11")]
    [InlineData("Ethiopian troops shelled farms in the border area on Saturday. The farmers fled to the nearest town. Egypt criticised the incident on Monday.", "EGY", "ETH", "11")]
    [InlineData("Moscow annexed four regions of Ukraine on Friday. The ceremony was held in the Kremlin. Germany condemned the annexation.", "DEU", "RUS", "11")]
    [InlineData("Belarusian border guards detained three Lithuanian fishermen on the lake on Monday. The men were taken to Grodno. Latvia called the act a provocation.", "LVA", "BLR", "11")]
    [InlineData("Houthi fighters hijacked a car carrier in the Red Sea on Sunday. Its crew of 25 was taken to Hodeidah. The United States condemned the hijacking and demanded the crew's release.", "USA", "YEM", "11")]
    [InlineData("Israeli jets struck a village in southern Lebanon on Thursday. Rescue workers searched the rubble all night. Jordan condemned the violence on Friday.", "JOR", "ISR", "11")]
    [InlineData("Azerbaijani forces blockaded the Lachin road on Monday. The road is the only link to Armenia. France condemned the incident.", "FRA", "AZE", "11")]
    public void StanceOnAHostileActNoun_AnswersTheActsAuthor(string text, string source, string target, string root) =>
        Assert.True(Has(Extract(text), source, target, root), $"expected {source}->{target} root {root}");

    [Theory]
    [InlineData("The European Union agreed on Monday to ban Belarusian airlines, a day after Minsk forced a Polish airliner to land and arrested a German journalist.", "BLR", "DEU", "17")]
    [InlineData("Canada suspended trade talks with India, days after New Delhi issued a travel warning and expelled a Canadian diplomat.", "IND", "CAN", "17")]
    [InlineData("Britain summoned Iran's envoy on Sunday after Tehran tested a new missile and detained a British aid worker.", "IRN", "GBR", "17")]
    [InlineData("Ukraine cut diplomatic ties with Moscow on Monday, a day after Russia launched a new offensive and shelled Kyiv.", "RUS", "UKR", "19")]
    [InlineData("France criticised Mali on Wednesday after Bamako suspended two French broadcasters and expelled the French ambassador.", "MLI", "FRA", "17")]
    [InlineData("Seoul suspended a military pact on Tuesday after Pyongyang launched a satellite and threatened South Korea.", "PRK", "KOR", "13")]
    [InlineData("Hungary summoned Ukraine's ambassador because Kyiv passed a language law and expelled two Hungarian diplomats.", "UKR", "HUN", "17")]
    [InlineData("Australia suspended beef talks with Beijing after China changed its rules and arrested an Australian journalist.", "CHN", "AUS", "17")]
    [InlineData("Sweden recalled its ambassador from Tehran on Monday after Iran executed a dissident and detained a Swedish diplomat.", "IRN", "SWE", "17")]
    [InlineData("Denmark summoned Algeria's envoy after Algiers changed its visa rules and arrested a Danish journalist.", "DZA", "DNK", "17")]
    public void VerbCoordinatedInsideAClauseWithItsOwnSubject_TakesThatSubject(string text, string source, string target, string root)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, root), $"expected {source}->{target} root {root}");
    }

    [Fact]
    public void ActOfForceInAnEarlierClause_AnswersNoActOfTheMainClause() =>
        // The arrest's object is no actor: it is aimed at no one, least of all the EU whose ban the main clause tells.
        Assert.DoesNotContain(Extract("The European Union agreed on Monday to ban Belarusian airlines, a day after Minsk forced a Polish airliner to land and arrested a journalist."),
            e => e.Source.Code == "BLR" && e.Target.Code == "EU");

    [Fact]
    public void CutInTiesInAnEarlierClause_StillAnswersTheMainSubject() =>
        Assert.True(Has(Extract("Lithuania recalled its ambassador from Beijing on Tuesday after China downgraded ties and detained a Lithuanian businessman."), "CHN", "LTU", "16"));

    [Fact]
    public void PassiveToldByOfficials_GivesTheSpeakerNoAuthorship() =>
        // "two men were killed": the officials who say so did not kill them.
        Assert.DoesNotContain(Extract("Officials in Kabul said two men were killed in a raid on Monday. Pakistan condemned the violence."),
            e => e.Source.Code == "PAK");

    [Fact]
    public void OwnHostileAct_IsNoTarget() =>
        Assert.DoesNotContain(Extract("Russia sent 5,000 troops into Belarus on Tuesday. Moscow defended the deployment on Wednesday."),
            e => e.Source.Code == "RUS" && e.Target.Code == "RUS");

    [Fact]
    public void HostileNounAfterACooperativeAct_TakesNoAuthor() =>
        Assert.DoesNotContain(Extract("China signed a trade deal with Laos on Monday. Vietnam condemned the incident."), e => e.Source.Code == "VNM");

    [Fact]
    public void HostileActBeyondItsReach_IsNotAnswered() =>
        // Three sentences of detail stand between the seizure and the reaction: more than HostileActSentences.
        Assert.DoesNotContain(Extract("Iranian naval forces seized a cargo ship in the Gulf of Oman on Friday. The vessel had 21 crew members. Its owner is Greek. Its cargo was oil. Britain condemned the seizure on Saturday."),
            e => e.Source.Code == "GBR");

    [Fact]
    public void PassiveWithNoAgent_NamesNoAuthor() =>
        Assert.DoesNotContain(Extract("Iran's parliament was attacked on Monday. Britain condemned the attack."), e => e.Source.Code == "GBR");

    [Theory]
    [InlineData("Pakistan's director general of military operations telephoned his Indian counterpart on Saturday.", "PAK", "IND", "04")]
    [InlineData("Mali's military-led government ordered the French ambassador to leave the country on Monday.", "MLI", "FRA", "17")]
    [InlineData("Russia's newly appointed ambassador to Washington criticised the American sanctions on Thursday.", "RUS", "USA", "11")]
    [InlineData("Egypt's deputy head of intelligence held talks with Israeli officials in Cairo on Sunday.", "EGY", "ISR", "04")]
    [InlineData("Brazil's trade delegation in Beijing signed a soybean deal with Chinese buyers on Friday.", "BRA", "CHN", "05")]
    [InlineData("Sudan's army-backed government expelled the Kenyan ambassador on Thursday.", "SDN", "KEN", "17")]
    [InlineData("Ukraine's deputy head of military intelligence accused Russia of planning new strikes on Tuesday.", "UKR", "RUS", "11")]
    [InlineData("Niger's military-appointed prime minister visited Moscow on Monday.", "NER", "RUS", "04")]
    [InlineData("Poland's newly elected government criticised Hungary on Friday.", "POL", "HUN", "11")]
    [InlineData("Myanmar's junta-appointed foreign minister visited Beijing on Tuesday.", "MMR", "CHN", "04")]
    public void StatesOfficeOrBodyHeadingTheClause_GivesTheStateAsSubject(string text, string source, string target, string root) =>
        Assert.True(Has(Extract(text), source, target, root), $"expected {source}->{target} root {root}");

    [Theory]
    [InlineData("Japan's coach Hajime Moriyasu praised the Chinese team on Monday.", "JPN")]
    [InlineData("China's economy grew by five percent, and Beijing's officials said exports to Russia rose.", "CHN")]
    public void NamedPersonOrNoBodyAfterThePossessor_IsNoSubject(string text, string state) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == state);

    [Theory]
    [InlineData("Russia rejected the findings as a fabrication cooked up by Britain on Monday.", "RUS", "GBR")]
    [InlineData("Iran dismissed the report as a lie invented by Israel.", "IRN", "ISR")]
    public void MakerNamedInACharacterisation_IsOnlyAnsweredByADenial(string text, string source, string target)
    {
        // The rejection is no act against the maker; a denial (016) answers it, since the maker is who made the charge
        // (the corpus README: "dismissed accusations" is 016 towards the accuser).
        var events = Extract(text);
        Assert.DoesNotContain(events, e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value != "016");
        Assert.Contains(events, e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == "016");
    }

    [Fact]
    public void AuthorNamedBeforeTheCharacterisedNoun_IsStillTheTarget() =>
        Assert.True(Has(Extract("China condemned the killing as a new American crime."), "CHN", "USA", "11"));
}
