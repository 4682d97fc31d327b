using System.Globalization;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// Office-holders of Europe and the former USSR: wire spellings resolve to the state and office held at the date, a
/// successor is not taken for the predecessor, and a surname that is a common name or word (shared-names.tsv) never stands
/// alone unless the row lists it.
/// </summary>
public sealed class EuropeanOfficeHolderTests
{
    private static OfficeHolderIndex People => OfficeHolderIndex.Default;

    private static DateOnly Day(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Poroshenko", "2016-02-20", "UKR", ActorRole.HeadOfState)]
    [InlineData("Yanukovich", "2012-03-01", "UKR", ActorRole.HeadOfState)]
    [InlineData("Lukashenka", "2021-05-23", "BLR", ActorRole.HeadOfState)]
    [InlineData("Pashinyan", "2023-09-20", "ARM", ActorRole.HeadOfGovernment)]
    [InlineData("Aliyev", "2023-09-20", "AZE", ActorRole.HeadOfState)]
    [InlineData("Orban", "2024-07-05", "HUN", ActorRole.HeadOfGovernment)]
    [InlineData("Meloni", "2023-03-01", "ITA", ActorRole.HeadOfGovernment)]
    [InlineData("Pedro Sanchez", "2019-01-10", "ESP", ActorRole.HeadOfGovernment)]
    [InlineData("Szijjarto", "2022-11-15", "HUN", ActorRole.ForeignMinistry)]
    [InlineData("Reznikov", "2022-06-15", "UKR", ActorRole.Military)]
    [InlineData("Tusk", "2016-05-01", "EU", ActorRole.Government)] // between his two terms as Polish prime minister
    [InlineData("Tusk", "2024-02-01", "POL", ActorRole.HeadOfGovernment)]
    [InlineData("Rutte", "2020-06-01", "NLD", ActorRole.HeadOfGovernment)]
    [InlineData("Rutte", "2025-06-01", "NATO", ActorRole.Government)]
    [InlineData("Kallas", "2022-06-01", "EST", ActorRole.HeadOfGovernment)]
    [InlineData("Stoltenberg", "2010-06-01", "NOR", ActorRole.HeadOfGovernment)]
    [InlineData("Shmyhal", "2024-01-10", "UKR", ActorRole.HeadOfGovernment)]
    [InlineData("Shmyhal", "2025-08-10", "UKR", ActorRole.Military)] // prime minister, then defence minister
    public void WireSpelling_ResolvesToTheOfficeAtTheDate(string name, string date, string country, ActorRole role)
    {
        var term = People.Resolve(name, Day(date));
        Assert.NotNull(term);
        Assert.Equal((country, role), (term.Country, term.Role));
    }

    [Theory]
    [InlineData("Poroshenko", "2020-01-15")] // out of office since 2019-05-20
    [InlineData("Yanukovych", "2014-03-01")] // removed on 2014-02-22
    [InlineData("Nawrocki", "2024-01-15")] // before his term
    [InlineData("Duda", "2025-09-01")] // succeeded by Nawrocki on 2025-08-06
    [InlineData("Rajoy", "2019-01-10")]
    public void OutOfOffice_ResolvesToNobody(string name, string date) => Assert.Null(People.Resolve(name, Day(date)));

    [Fact]
    public void Successor_IsNotThePredecessor()
    {
        Assert.Equal("Karol Nawrocki", People.Resolve("Nawrocki", Day("2025-09-01"))!.Name);
        Assert.Equal("Andrzej Duda", People.Resolve("Duda", Day("2025-08-05"))!.Name);
        Assert.Null(People.Resolve("Nawrocki", Day("2025-08-05")));
    }

    [Theory]
    [InlineData("Sanchez")]
    [InlineData("Costa")]
    [InlineData("May")]
    [InlineData("Johnson")]
    [InlineData("Hunt")]
    [InlineData("Montenegro")] // Luís Montenegro: the word is a state's name
    [InlineData("Martin")]
    [InlineData("Austin")]
    public void CommonSurnames_AreNeverIndexedAlone(string word) => Assert.False(People.IsKnownName(word));

    [Fact]
    public void SharedSurname_MarkedOnOneRow_StillFindsTheOther()
    {
        // "Orban" is a shared name: Viktor Orbán's row lists it, Ludovic Orban's (Romania, same years) does not.
        Assert.Equal("HUN", People.Resolve("Orban", Day("2020-05-01"))!.Country);
        Assert.Equal("ROU", People.Resolve("Ludovic Orban", Day("2020-05-01"))!.Country);
    }

    private static List<EventMention> Extract(string text, string date) => EventExtractor.Default.Extract(text, Day(date));

    [Fact]
    public void Sentence_NamesResolveAtTheDocumentDate()
    {
        var e = Assert.Single(Extract("Tusk criticised Lukashenka on Friday.", "2024-03-15"));
        Assert.Equal(("POL", "BLR"), (e.Source.Code, e.Target.Code));
        Assert.Equal((ActorRole.HeadOfGovernment, ActorRole.HeadOfState), (e.Source.Role, e.Target.Role));
    }

    [Fact]
    public void Sentence_SurnameAfterTheFullName_IsThatPerson()
    {
        // "Sanchez" alone is not indexed; after "Pedro Sanchez" the document has named him.
        var events = Extract("Spanish Prime Minister Pedro Sanchez arrived in Rabat on Monday. Sanchez praised Morocco on Tuesday.", "2023-02-01");
        Assert.Contains(events, e => e.Source.Code == "ESP" && e.Target.Code == "MAR" && e.Cameo.RootNumber == 5);
    }

    [Fact]
    public void Sentence_MontenegroIsStillTheState() =>
        Assert.Contains(Extract("Serbia criticised Montenegro on Monday.", "2024-06-10"), e => e.Source.Code == "SRB" && e.Target.Code == "MNE");
}
