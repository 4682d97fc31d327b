using System.Globalization;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The office-holders of South and South-East Asia, Oceania and the Americas: people resolve to their state and role at the
/// event's date, successors are not confused with predecessors, and last words that are common words or widely shared names
/// (<c>data/reference/shared-names.tsv</c>) never make an official on their own.
/// </summary>
public sealed class OfficeHolderAsiaAmericasTests
{
    private static OfficeHolderIndex People => OfficeHolderIndex.Default;

    private static DateOnly Day(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Shehbaz Sharif", "2024-05-02", "PAK", ActorRole.HeadOfGovernment)]
    [InlineData("Imran Khan", "2020-05-02", "PAK", ActorRole.HeadOfGovernment)]
    [InlineData("Akhundzada", "2022-03-01", "AFG", ActorRole.HeadOfState)] // the Taliban's leader from August 2021
    [InlineData("Muttaqi", "2023-05-08", "AFG", ActorRole.ForeignMinistry)]
    [InlineData("Hasina", "2019-10-04", "BGD", ActorRole.HeadOfGovernment)]
    [InlineData("Yunus", "2025-01-20", "BGD", ActorRole.HeadOfGovernment)]
    [InlineData("Min Aung Hlaing", "2019-06-01", "MMR", ActorRole.Military)] // commander-in-chief before the coup
    [InlineData("Min Aung Hlaing", "2023-06-01", "MMR", ActorRole.HeadOfState)] // the junta's chief after it
    [InlineData("Suu Kyi", "2018-06-01", "MMR", ActorRole.HeadOfGovernment)]
    [InlineData("Prayuth", "2019-06-01", "THA", ActorRole.HeadOfGovernment)] // Thai leaders go by their given name
    [InlineData("Anwar", "2024-02-01", "MYS", ActorRole.HeadOfGovernment)]
    [InlineData("Marcos", "2024-02-01", "PHL", ActorRole.HeadOfState)]
    [InlineData("Prabowo", "2022-02-01", "IDN", ActorRole.Military)] // defence minister, then president
    [InlineData("Prabowo", "2025-02-01", "IDN", ActorRole.HeadOfState)]
    [InlineData("Albanese", "2023-11-04", "AUS", ActorRole.HeadOfGovernment)]
    [InlineData("Lula", "2009-03-14", "BRA", ActorRole.HeadOfState)] // two terms with a gap
    [InlineData("Lula", "2024-07-01", "BRA", ActorRole.HeadOfState)]
    [InlineData("Milei", "2024-04-01", "ARG", ActorRole.HeadOfState)]
    [InlineData("Maduro", "2010-06-01", "VEN", ActorRole.ForeignMinistry)] // foreign minister before the presidency
    [InlineData("Maduro", "2019-06-01", "VEN", ActorRole.HeadOfState)]
    [InlineData("Tsai", "2022-08-03", "TWN", ActorRole.HeadOfState)]
    [InlineData("Robert Gates", "2009-05-01", "USA", ActorRole.Military)]
    public void Resolve_NameAtDate_GivesStateAndRole(string name, string date, string country, ActorRole role)
    {
        var term = People.Resolve(name, Day(date));
        Assert.NotNull(term);
        Assert.Equal((country, role), (term.Country, term.Role));
    }

    [Theory]
    [InlineData("Imran Khan", "2023-01-10")] // Shehbaz Sharif's predecessor, out of office then
    [InlineData("Morrison", "2023-11-04")] // Albanese's predecessor
    [InlineData("Bolsonaro", "2024-07-01")]
    [InlineData("Ghani", "2022-03-01")] // fled in August 2021
    [InlineData("Trudeau", "2025-06-01")] // succeeded by Carney in March 2025
    [InlineData("Lula", "2017-03-01")] // between his terms
    public void Resolve_PredecessorAfterHandover_IsNull(string name, string date) => Assert.Null(People.Resolve(name, Day(date)));

    [Fact]
    public void Resolve_SuccessorAtHandover_IsNotThePredecessor()
    {
        Assert.Equal("Justin Trudeau", People.Resolve("Trudeau", Day("2025-03-13"))!.Name);
        Assert.Equal("Mark Carney", People.Resolve("Carney", Day("2025-03-15"))!.Name);
        Assert.Null(People.Resolve("Carney", Day("2025-03-13")));
    }

    [Theory]
    [InlineData("Key")] // John Key
    [InlineData("English")] // Bill English
    [InlineData("Khan")] // Imran Khan
    [InlineData("Sharif")] // Nawaz and Shehbaz Sharif
    [InlineData("Silva")] // Lula da Silva
    [InlineData("Sen")] // Hun Sen
    [InlineData("Minh")] // Pham Binh Minh, and Ho Chi Minh City
    [InlineData("Dar")] // Ishaq Dar, and Dar es Salaam
    public void CommonLastWords_AreNotIndexedAlone(string word) => Assert.False(People.IsKnownName(word));

    [Theory]
    [InlineData("John Key", "2012-04-01", "NZL")]
    [InlineData("Hun Sen", "2015-04-01", "KHM")]
    [InlineData("Ishaq Dar", "2025-05-10", "PAK")]
    public void CommonLastWords_TheFullNameStillResolves(string name, string date, string country) =>
        Assert.Equal(country, People.Resolve(name, Day(date))!.Country);

    [Fact]
    public void Load_SurnameWordListedAlone_IsIndexed()
    {
        // The row names "Key" on its own: the shared names keep out only the last word the index would have derived.
        const string rows = "country\trole\ttitle\tname\talt_names\tfrom\tto\tsource_url\n"
            + "NZL\thead_of_government\tPrime Minister\tJohn Key\tKey\t2008-11-19\t2016-12-12\thttps://example.org/a\n"
            + "AUS\thead_of_government\tPrime Minister\tScott Morrison\t\t2018-08-24\t2022-05-23\thttps://example.org/b\n";
        var index = OfficeHolderIndex.Load(TsvTable.Read("officeholders.tsv", new StringReader(rows)), ReferenceData.Default,
            new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Key", "Morrison" });
        Assert.Equal("NZL", index.Resolve("Key", Day("2010-01-01"))!.Country);
        Assert.False(index.IsKnownName("Morrison"));
        Assert.Equal("AUS", index.Resolve("Scott Morrison", Day("2020-01-01"))!.Country);
    }

    [Theory]
    [InlineData("Pakistani Prime Minister Shehbaz Sharif visited Beijing on 4 June 2024.", "PAK>CHN 042 2024-06-04")]
    [InlineData("Albanese met Chinese Premier Li Qiang in Canberra on 17 June 2024.", "AUS>CHN 040 2024-06-17")]
    [InlineData("Lula visited Beijing in April 2023.", "BRA>CHN 042 2023-04")]
    public void Extract_NewOfficeHolder_ActsForHisState(string text, string expected)
    {
        var events = EventExtractor.Default.Extract(text, null);
        Assert.Contains(expected, events.Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo} {e.Date}"));
    }

    [Fact]
    public void Extract_FormerLeaderAfterHandover_IsNotTheState()
    {
        // Morrison left office in May 2022: in 2023 he does not act for Australia.
        Assert.Empty(EventExtractor.Default.Extract("Morrison visited Tokyo in March 2023.", null));
        Assert.NotEmpty(EventExtractor.Default.Extract("Morrison visited Tokyo in March 2021.", null));
    }
}
