using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// A person named in full once is named by one word of the name later in the same document: "Kim" after "Kim Jong Un" (a
/// family name the office-holder table cannot index alone), and officials the table does not list, given once with a
/// nationality and an office ("Peruvian Foreign Minister Elmer Schialer") and later by surname.
/// </summary>
public sealed class NamesInDocumentTests
{
    private static string[] Pairs(string text, DateOnly date) =>
        [.. EventExtractor.Default.Extract(text, date).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Fact]
    public void KoreanFamilyName_AfterTheFullName_IsThatPerson()
    {
        var pairs = Pairs("North Korean leader Kim Jong Un arrived in Vladivostok on 24 April 2019. Russian President Vladimir Putin welcomed Kim at a university campus.",
            new DateOnly(2019, 4, 25));
        Assert.Contains("RUS>PRK 043", pairs);
    }

    [Fact]
    public void FamilyName_OfSomeoneElseInTheTable_IsStillThePersonTheDocumentNamed()
    {
        // The table also lists a South Korean "Kim" (a prime minister of 1998–2000); the document's Kim wins.
        var pairs = Pairs("Kim Jong Un crossed into Russia on Tuesday. Kim met Putin at the cosmodrome.", new DateOnly(2023, 9, 14));
        Assert.Contains(pairs, p => p is "PRK>RUS 040" or "RUS>PRK 040");
    }

    [Fact]
    public void OfficialNotInTheTable_GivenWithNationalityAndOffice_IsFoundBySurnameLater()
    {
        var pairs = Pairs("Peruvian Defence Minister Walter Astudillo arrived in Santiago on Monday. Astudillo held talks with Chile's president.",
            new DateOnly(2024, 7, 2));
        Assert.Contains(pairs, p => p is "PER>CHL 040" or "CHL>PER 040");
    }

    [Fact]
    public void AfterAComma_TheNameOfTheOfficeHolderIsRemembered()
    {
        var pairs = Pairs("Uruguay's foreign minister, Omar Paganini, flew to Asuncion on Monday. Paganini met Paraguay's president the next day.",
            new DateOnly(2024, 5, 7));
        Assert.Contains(pairs, p => p is "URY>PRY 040" or "PRY>URY 040");
    }

    [Fact]
    public void AWordOfANameNeverNamedInTheDocument_IsNoActor()
    {
        var pairs = Pairs("Astudillo held talks with Chile's president on Monday.", new DateOnly(2024, 7, 2));
        Assert.Empty(pairs);
    }
}
