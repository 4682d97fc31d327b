using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Ingestion;
using Orkhon.Storage;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Coordinated subjects and objects: every coordinated party is found ("A, B and C", "A, B, and C" with the
/// Oxford comma, "both A and B", "A as well as B", "X and his counterpart Y"); directed acts give each
/// subject × each object; symmetric acts (04, 05, 06, 19) give the first-named party with each other one.
/// </summary>
public sealed class CoordinationTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Root}")];

    [Theory]
    [InlineData("Mongolia, Kazakhstan, and Uzbekistan signed a joint declaration in May 2024.")] // Oxford comma
    [InlineData("Mongolia, Kazakhstan and Uzbekistan signed a joint declaration in May 2024.")]
    public void SymmetricList_WithAndWithoutTheOxfordComma_GivesTheSamePairs(string text) =>
        Assert.Equal(["MNG>KAZ 05", "MNG>UZB 05"], Pairs(text));

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
        Assert.Equal(["RUS>CHN 04", "RUS>IND 04"], Pairs("The leaders of Russia, China, and India met in Kazan in October 2024."));
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
