using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The p25-breadth rows of roots 01, 07, 10 and 12, written from the CAMEO manual's sub-codes rather than from corpus
/// misses: pacts ended as rejected cooperation, light verbs and nouns of refusal ("said no to", "dismissed the complaint",
/// "Petro's refusal to"), responsibility taken or an own act admitted, humanitarian aid and police sent with their kind
/// named, and demands told as nouns. Each sense in several phrasings of our own, with the hard negatives that keep the
/// broad words ("demand", "assistance", "took responsibility", "said no") to the event.
/// </summary>
public sealed class RejectDemandAidStatementBreadthTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    // 12: a cooperation pact ended, revoked or scrapped (military 1212, economic 1211)
    [InlineData("Mali ended its defence cooperation agreement with France in May 2022.", "MLI", "FRA", "1212")]
    [InlineData("Burkina Faso has scrapped the military accords with Paris, the junta said on Monday.", "BFA", "FRA", "1212")]
    [InlineData("The junta in Niamey revoked the security pact with Washington in March 2024.", "NER", "USA", "1212")]
    [InlineData("Moscow terminated its economic cooperation agreement with Kyiv in 2024.", "RUS", "UKR", "1211")]
    [InlineData("Britain cancelled the economic partnership deal with Rwanda in July 2024.", "GBR", "RWA", "1211")]
    // 12: refusal in a light verb, a dismissed complaint, a refusal told as a noun
    [InlineData("Ankara said no to Stockholm's request in January 2023.", "TUR", "SWE", "120")]
    [InlineData("Athens has said no to a Turkish proposal for a new maritime zone.", "GRC", "TUR", "120")]
    [InlineData("Caracas dismissed Guyana's complaint about the patrol boat in March 2025.", "VEN", "GUY", "120")]
    [InlineData("Beijing rebuffed Tokyo's protest over the survey ship on Tuesday.", "CHN", "JPN", "120")]
    [InlineData("Moscow dismissed Estonian objections to the border treaty in 2014.", "RUS", "EST", "120")]
    [InlineData("Petro's refusal to let two U.S. military planes land angered Washington in January 2025.", "COL", "USA", "120")]
    [InlineData("Iran's refusal to release the British tanker prolonged the crisis in 2019.", "IRN", "GBR", "1243")]
    [InlineData("Tbilisi threw out Moscow's proposal on the border in 2008.", "GEO", "RUS", "120")]
    [InlineData("Tehran turned a deaf ear to Washington's offer of talks in 2019.", "IRN", "USA", "120")]
    // 12: a cooperation the speaker will no longer give
    [InlineData("Moscow said it would no longer recognise Kyiv's passports in 2023.", "RUS", "UKR", "120")]
    [InlineData("Baku said it would no longer negotiate with Yerevan in Brussels in 2023.", "AZE", "ARM", "125")]
    [InlineData("Moscow said it would no longer discuss joint economic projects with Tokyo in 2022.", "RUS", "JPN", "1211")]
    [InlineData("Mali will no longer cooperate with France on security, the junta said.", "MLI", "FRA", "1211")]
    [InlineData("Russia said it would no longer participate in the grain deal with Ukraine.", "RUS", "UKR", "1211")]
    // 01: responsibility taken for an attack on a place; an own act admitted or denied as a gerund or a noun
    [InlineData("Israel took full responsibility for the strike in Doha in September 2025.", "ISR", "QAT", "015")]
    [InlineData("The Pakistani army took responsibility for the air strikes in Afghanistan on Monday.", "PAK", "AFG", "015")]
    [InlineData("North Korea admitted abducting Japanese citizens in September 2002.", "PRK", "JPN", "015")]
    [InlineData("Iran acknowledged shooting down the Ukrainian airliner in January 2020.", "IRN", "UKR", "015")]
    [InlineData("Russia acknowledged firing on Georgian positions in August 2008.", "RUS", "GEO", "015")]
    [InlineData("Pyongyang admitted to the abductions of Japanese citizens in 2002.", "PRK", "JPN", "015")]
    [InlineData("Iran denied shooting down the Ukrainian airliner in January 2020.", "IRN", "UKR", "016")]
    // 07: humanitarian aid with its kind named, rescue teams, police sent to another state, aid as a possessed noun
    [InlineData("South Korea provided $300,000 in humanitarian aid to Mongolia in March 2024.", "KOR", "MNG", "073")]
    [InlineData("Japan gave emergency assistance to Pakistan after the floods in 2022.", "JPN", "PAK", "073")]
    [InlineData("The European Union allocated 3 million euros in humanitarian aid for Turkey in February 2023.", "EU", "TUR", "073")]
    [InlineData("Turkey rushed rescue teams to Syria after the earthquake in February 2023.", "TUR", "SYR", "073")]
    [InlineData("China flew medical teams to Nepal after the earthquake in April 2015.", "CHN", "NPL", "073")]
    [InlineData("Kenya deployed 400 police officers to Haiti in June 2024.", "KEN", "HTI", "074")]
    [InlineData("Rwanda sent 1,000 soldiers and police to Mozambique in July 2021.", "RWA", "MOZ", "074")]
    [InlineData("Japan's assistance to Mongolia doubled in 2010.", "JPN", "MNG", "070")]
    [InlineData("South Korea's humanitarian aid to Mongolia arrived in March 2024.", "KOR", "MNG", "073")]
    [InlineData("Turkey financed a vocational school in Ulaanbaatar in 2020.", "TUR", "MNG", "070")]
    [InlineData("Britain gave Ukraine HIMARS launchers in 2023.", "GBR", "UKR", "072")]
    // 07: a loan, credit or sum granted, extended or provided is economic aid (071); aid itself stays 070
    [InlineData("A loan of $300 million was extended to Mongolia by Japan in 2017.", "JPN", "MNG", "071")]
    [InlineData("Mongolia was granted a $1 billion credit line by India in 2015.", "IND", "MNG", "071")]
    [InlineData("Japan has provided Laos with grants and loans since 1990.", "JPN", "LAO", "071")]
    [InlineData("China granted aid to Mongolia in 2014.", "CHN", "MNG", "070")]
    // 10: a demand told as a noun with its author; a list of demands handed over; the person to be released
    [InlineData("Moscow's demand for security guarantees from NATO went unanswered in December 2021.", "RUS", "NATO", "100")]
    [InlineData("Kyiv's demand that Russian troops leave was ignored in 2022.", "UKR", "RUS", "100")]
    [InlineData("Saudi Arabia handed Qatar a list of 13 demands in June 2017.", "SAU", "QAT", "100")]
    [InlineData("Washington demanded that Russia release the reporter in April 2023.", "USA", "RUS", "1053")]
    [InlineData("Tokyo urged Pyongyang to return the abductees in 2014.", "JPN", "PRK", "0253")]
    // 10: an explanation or answers demanded is 101, compensation 1031
    [InlineData("Seoul demanded an explanation from Beijing in May 2024.", "KOR", "CHN", "101")]
    [InlineData("Washington sought answers from Beijing about the balloon in February 2023.", "USA", "CHN", "101")]
    [InlineData("Washington demanded to know why Chinese jets had approached the plane.", "USA", "CHN", "101")]
    [InlineData("Iran demanded compensation from the United States for the downing in 1988.", "IRN", "USA", "1031")]
    public void BreadthRows_CodeTheirEvent(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    [InlineData("Russia sent riot police to Moscow on Monday.", "07")]
    [InlineData("China's demand for Mongolian coal rose in 2024.", "10")]
    [InlineData("Beijing's demand for Russian oil fell in 2023.", "10")]
    [InlineData("Moscow's refusal to comment on the reports puzzled analysts.", "12")]
    [InlineData("The ministry took responsibility for the delays in the visa system.", "01")]
    [InlineData("Tokyo did not admit abducting anyone.", "01")]
    [InlineData("Japan admitted that it had underestimated the storm.", "01")]
    [InlineData("Japan's assistance was praised by herders.", "07")]
    [InlineData("The company dismissed the complaint as groundless.", "12")]
    [InlineData("Mali did not end its defence agreement with France.", "12")]
    [InlineData("Niger may revoke its military agreement with the United States.", "12")]
    [InlineData("India suspended its trade talks with Canada in 2023.", "12")]
    [InlineData("The lawmakers said no to the budget in May.", "12")]
    [InlineData("Germany financed the school through a charity.", "07")]
    [InlineData("The court threw out the case against the Russian businessman.", "12")]
    [InlineData("Kyiv did not turn a deaf ear to Moscow's offer.", "12")]
    [InlineData("Moscow said it would no longer comment on the reports.", "12")]
    [InlineData("Russia said it could no longer guarantee the safety of ships.", "12")]
    public void NotTheAct_GivesNoEventOfTheRoot(string text, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));
}
