using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Ingestion;
using Orkhon.Knowledge;
using Orkhon.Storage;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Coordinated subjects and objects: every coordinated party is found ("A, B and C", "A, B, and C" with the
/// Oxford comma, "both A and B", "A as well as B", "X and his counterpart Y"); directed acts give each
/// subject × each object; a joint symmetric act (04, 05, 06, 19) gives every unordered pair of its parties once, and a
/// joint intent (03) each party's intent to each other (unless <see cref="ExtractionOptions.JointIntentsBothWays"/> is off).
/// </summary>
public sealed class CoordinationTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Root}")];

    private static string[] Pairs(ExtractionOptions options, string text) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options))
            .Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Root}")];

    [Theory]
    [InlineData("Mongolia, Kazakhstan, and Uzbekistan signed a joint declaration in May 2024.")] // Oxford comma
    [InlineData("Mongolia, Kazakhstan and Uzbekistan signed a joint declaration in May 2024.")]
    public void SymmetricList_WithAndWithoutTheOxfordComma_GivesTheSamePairs(string text) =>
        Assert.Equal(["MNG>KAZ 05", "MNG>UZB 05", "KAZ>UZB 05"], Pairs(text));

    [Theory]
    [InlineData("Both Kyrgyzstan and Tajikistan signed a border agreement in March 2025.", "KGZ>TJK 05")]
    [InlineData("Turkey as well as Azerbaijan signed a defence pact in June 2021.", "TUR>AZE 05")]
    [InlineData("Russian Foreign Minister Sergei Lavrov and his Chinese counterpart Wang Yi signed a joint statement in March 2023.", "RUS>CHN 05")]
    public void SymmetricPair_BothAsWellAsAndCounterpart(string text, string expected) => Assert.Equal([expected], Pairs(text));

    [Fact]
    public void DirectedAct_OxfordCommaSubjects_TimesCoordinatedObjects()
    {
        Assert.Equal(["JPN>PRK 11", "JPN>IRN 11", "KOR>PRK 11", "KOR>IRN 11", "AUS>PRK 11", "AUS>IRN 11"],
            Pairs("Japan, South Korea, and Australia condemned North Korea and Iran."));
    }

    [Fact]
    public void DirectedAct_OxfordCommaSubjects_OneObject()
    {
        Assert.Equal(["USA>RUS 16", "GBR>RUS 16", "FRA>RUS 16"], Pairs("The United States, Britain, and France imposed sanctions on Russia."));
    }

    [Fact]
    public void DirectedAct_ObjectsJoinedByAsWellAs()
    {
        Assert.Equal(["JPN>PRK 11", "JPN>IRN 11"], Pairs("Japan condemned North Korea as well as Iran."));
    }

    [Fact]
    public void SymmetricAct_ObjectsArePartnersOfTheSubjectOnly()
    {
        // "Putin met Xi and Modi": two meetings of Russia's; no China–India pair is claimed.
        Assert.Equal(["RUS>CHN 04", "RUS>IND 04"], Pairs("Putin met Xi and Modi in Kazan in October 2024."));
    }

    [Fact]
    public void LeadersOfAList_AllThreeAreTheSubject()
    {
        Assert.Equal(["RUS>CHN 04", "RUS>IND 04", "CHN>IND 04"], Pairs("The leaders of Russia, China, and India met in Kazan in October 2024."));
    }

    [Fact]
    public void FourPartyMeeting_GivesAllSixPairsOnce()
    {
        Assert.Equal(["CHL>PER 04", "CHL>BOL 04", "CHL>ECU 04", "PER>BOL 04", "PER>ECU 04", "BOL>ECU 04"],
            Pairs("The foreign ministers of Chile, Peru, Bolivia and Ecuador held talks in Quito on Monday."));
    }

    [Fact]
    public void PartyNamedTwice_IsPairedOnce()
    {
        // Four names, three parties ("Seoul's navy" is South Korea's): three pairs, not six, and never a pair of one country.
        Assert.Equal(["KOR>JPN 05", "KOR>USA 05", "JPN>USA 05"], Pairs("South Korea, Japan, the United States and Seoul's navy signed a joint statement in March 2024."));
    }

    [Fact]
    public void PassiveSymmetric_EveryTwoAgents()
    {
        Assert.Equal(["KGZ>KAZ 05", "KGZ>UZB 05", "KAZ>UZB 05"], Pairs("The treaty was signed by Japarov, Tokayev and Mirziyoyev in Bishkek in 2024."));
    }

    [Fact]
    public void PassiveBetweenThree_EveryTwoParties()
    {
        Assert.Equal(["ARM>AZE 04", "ARM>GEO 04", "AZE>GEO 04"], Pairs("Talks were held between Armenia, Azerbaijan and Georgia in Tbilisi in May 2024."));
    }

    [Fact]
    public void LongList_FirstNamedWithEachOther_StaysLinear()
    {
        // Nine parties are a list, not one meeting: eight pairs, not thirty-six.
        var pairs = Pairs("Mongolia, Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, Turkmenistan, Russia, China and Japan met in Astana in 2024.");
        Assert.Equal(8, pairs.Length);
        Assert.All(pairs, p => Assert.StartsWith("MNG>", p, StringComparison.Ordinal));
    }

    [Fact]
    public void JointActParties_IsTheLimitOfAListPairedWithEachOther()
    {
        const string text = "Chile, Peru and Bolivia met in La Paz in 2024.";
        Assert.Equal(["CHL>PER 04", "CHL>BOL 04", "PER>BOL 04"], Pairs(ExtractionOptions.Default with { JointActParties = 3 }, text));
        Assert.Equal(["CHL>PER 04", "CHL>BOL 04"], Pairs(ExtractionOptions.Default with { JointActParties = 2 }, text));
    }

    [Theory]
    [InlineData("Chile and Peru agreed on Monday to hold regular consultations on fisheries.", new[] { "CHL>PER 03", "PER>CHL 03" })]
    [InlineData("Chile, Peru and Bolivia pledged to expand trade in 2024.", new[] { "CHL>PER 03", "CHL>BOL 03", "PER>CHL 03", "PER>BOL 03", "BOL>CHL 03", "BOL>PER 03" })]
    public void JointIntent_EachPartyToEachOther_WhenBothWays(string text, string[] expected) =>
        Assert.Equal(expected, Pairs(ExtractionOptions.Default with { JointIntentsBothWays = true }, text));

    [Theory]
    [InlineData("Chile and Peru agreed on Monday to hold regular consultations on fisheries.", new[] { "CHL>PER 03", "PER>CHL 03" })]
    [InlineData("Chile, Peru and Bolivia pledged to expand trade in 2024.", new[] { "CHL>PER 03", "CHL>BOL 03", "PER>CHL 03", "PER>BOL 03", "BOL>CHL 03", "BOL>PER 03" })]
    public void JointIntent_ByDefault_EachPartyToEachOther(string text, string[] expected) => Assert.Equal(expected, Pairs(text));

    [Theory]
    [InlineData("Chile and Peru agreed on Monday to hold regular consultations on fisheries.", new[] { "CHL>PER 03" })]
    [InlineData("Chile, Peru and Bolivia pledged to expand trade in 2024.", new[] { "CHL>PER 03", "CHL>BOL 03", "PER>BOL 03" })]
    public void JointIntent_NotBothWays_OncePerTwoParties(string text, string[] expected) =>
        Assert.Equal(expected, Pairs(ExtractionOptions.Default with { JointIntentsBothWays = false }, text));

    [Fact]
    public void JointIntent_OfTheTwoSides_BothWays()
    {
        Assert.Equal(["CHL>PER 04", "CHL>PER 03", "PER>CHL 03"], Pairs(ExtractionOptions.Default with { JointIntentsBothWays = true },
            "Chile's president held talks with his Peruvian counterpart in Lima on Monday. The two sides agreed to set up a joint commission."));
    }

    [Fact]
    public void JointIntent_DirectedAtAThirdParty_IsEachSubjectsIntentOnly()
    {
        // With an object, the parties are not each other's partners: "A and B pledged aid to C" is A→C and B→C.
        Assert.Equal(["CHL>ECU 03", "PER>ECU 03"], Pairs(ExtractionOptions.Default with { JointIntentsBothWays = true }, "Chile and Peru pledged emergency aid to Ecuador on Monday."));
    }

    private static string[] Codes(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 3, 5)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Fact]
    public void VerbSeries_TheActorBeforeACommaIsThePreviousVerbsObject()
    {
        // "Lima" is what was visited, not who met: the series shares its subject, Chile's president.
        Assert.Equal(["CHL>PER 042", "CHL>PER 040", "CHL>PER 057"],
            Codes("Chile's president visited Lima, met Peru's president and signed three agreements on Monday."));
    }

    [Fact]
    public void VerbSeries_AnOpeningClauseAndAnAppositionStillGiveTheirSubject()
    {
        Assert.Equal(["PER>CHL 057"], Codes("After talks in Lima, Peru's president, Dina Boluarte, signed a deal with Chile."));
    }

    [Theory]
    [InlineData("Chile's president met his Peruvian counterpart in Lima on Monday and signed a fisheries accord.", new[] { "CHL>PER 040", "CHL>PER 057" })]
    [InlineData("Chile's foreign minister held talks with Peru's foreign minister on Monday and signed a fisheries accord.", new[] { "CHL>PER 040", "CHL>PER 057" })]
    [InlineData("Chile's president visited Lima on Monday and signed a fisheries accord.", new[] { "CHL>PER 042", "CHL>PER 057" })]
    public void CoordinatedAct_AfterAMeeting_IsWithItsPartner(string text, string[] expected) => Assert.Equal(expected, Codes(text));

    [Fact]
    public void CoordinatedAct_AfterAMeeting_WithTwoPartners_IsWithBoth()
    {
        Assert.Equal(["CHL>PER 040", "CHL>BOL 040", "CHL>PER 057", "CHL>BOL 057"],
            Codes("Chile's president met Peru's president and Bolivia's president on Monday and signed a water accord."));
    }

    [Fact]
    public void CoordinatedHostileAct_AfterAMeeting_TakesNoPartner()
    {
        // Only cooperation borrows the meeting's partner: "met X and condemned the test" condemned no one named.
        Assert.Equal(["CHL>PER 040"], Codes("Chile's president met Peru's president on Monday and condemned the missile test."));
    }

    [Fact]
    public void TripAndTalks_AreTwoEvents()
    {
        Assert.Equal(["CHL>PER 042", "CHL>PER 040"], Codes("Chile's president arrived in Lima on Monday and held talks with Peru's president."));
    }

    [Fact]
    public void PassiveAgents_AfterATitle_AreBothParties()
    {
        Assert.Equal(["CHL>PER 057"], Codes("A fisheries accord was signed by the foreign ministers of Chile and Peru in Lima on Monday."));
    }

    [Theory]
    [InlineData("Chile hosted the presidents of Peru and Bolivia on Monday.")]
    [InlineData("Chile's president received the foreign ministers of Peru and Bolivia on Monday.")]
    public void ObjectsAfterATitle_AreEachAnObject(string text) => Assert.Equal(["CHL>PER 043", "CHL>BOL 043"], Codes(text));

    [Fact]
    public void ANounThatIsNoTitle_DoesNotIntroduceAnActor()
    {
        // "the decision of Peru" is a decision welcomed, not Peru welcomed as a visitor.
        Assert.DoesNotContain(Codes("Chile welcomed the decision of Peru on Monday."), p => p.EndsWith(" 043", StringComparison.Ordinal));
    }

    [Fact]
    public void NounAgents_Coordinated_AreEachAnAgent()
    {
        Assert.Equal(["CHL>PER 042", "BOL>PER 042"], Codes("A visit to Lima by the presidents of Chile and Bolivia in March 2024 ended the dispute."));
    }

    [Fact]
    public void NounAgent_FollowedByAReportingClause_IsNoList()
    {
        // "by Chile, Bolivia said": a comma with no list going on is no coordination; Bolivia made no visit.
        Assert.Equal(["CHL>PER 042"], Codes("The visit to Lima by Chile, Bolivia said on Monday, was a success."));
    }

    [Fact]
    public void CoordinatedClause_ItsSubjectIsNotThePreviousPhrasesObject()
    {
        // "…, and Peru's central bank agreed…" opens a clause: Peru is its subject, not the one Chile and Bolivia pledged to.
        Assert.DoesNotContain(Codes("Chile and Bolivia have pledged about $3 billion of the package, and Peru's central bank agreed to extend a swap line."),
            p => p.StartsWith("CHL>PER", StringComparison.Ordinal) || p.StartsWith("BOL>PER", StringComparison.Ordinal));
    }

    [Fact]
    public void CoordinatedClause_AnActorAfterTheCommaThatOpensNoPhrase_IsStillTheObject()
    {
        // "…, and Peru" with no phrase of its own after it: Peru is what was pledged to.
        Assert.Equal(["CHL>PER 03"], Codes("Chile pledged about $3 billion in aid on Monday, and to Peru.").Select(p => p[..10]));
    }

    [Fact]
    public void CoordinationDoesNotReachAcrossAPreposition()
    {
        // "with Japan" is not a subject: Mongolia alone signed, with Japan as its partner.
        Assert.Equal(["MNG>JPN 05"], Pairs("Mongolia signed an agreement with Japan in 2022."));
    }

    [Fact]
    public void SymmetricPairsFromAList_MergeWithTheReverseDirectionInAnotherArticle()
    {
        using var dir = new TempDirectory();
        using var store = SqliteEventStore.Open(dir.File("o.db"));
        IngestPipeline.Default.Ingest(Document.Create("Mongolia, Kazakhstan, and Uzbekistan signed a joint declaration on 14 May 2024.", url: "https://a.example/1"), store);
        IngestPipeline.Default.Ingest(Document.Create("Kazakhstan and Mongolia signed a joint declaration on 14 May 2024 in Astana.", url: "https://b.example/2"), store);
        var both = Assert.Single(store.QueryEvents(new EventQuery { Actor = "MNG", Partner = "KAZ" }));
        Assert.Equal(2, both.Evidences.Count);
    }
}
