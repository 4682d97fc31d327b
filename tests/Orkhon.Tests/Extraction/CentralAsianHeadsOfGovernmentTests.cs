using System.Globalization;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The prime ministers and cabinet chairmen of Kazakhstan, Kyrgyzstan, Uzbekistan and Tajikistan, 2008–2025: each resolves to
/// the state's head of government at the date, a president's earlier premiership keeps its own role, and surnames many people
/// bear ("Akhmetov", "Novikov") make no official alone.
/// </summary>
public sealed class CentralAsianHeadsOfGovernmentTests
{
    private static OfficeHolderIndex People => OfficeHolderIndex.Default;

    private static DateOnly Day(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Massimov", "2010-05-01", "KAZ", ActorRole.HeadOfGovernment)]
    [InlineData("Sagintayev", "2018-03-01", "KAZ", ActorRole.HeadOfGovernment)]
    [InlineData("Mamin", "2020-06-01", "KAZ", ActorRole.HeadOfGovernment)]
    [InlineData("Smailov", "2023-06-01", "KAZ", ActorRole.HeadOfGovernment)]
    [InlineData("Bektenov", "2025-03-01", "KAZ", ActorRole.HeadOfGovernment)]
    [InlineData("Babanov", "2012-03-01", "KGZ", ActorRole.HeadOfGovernment)]
    [InlineData("Jeenbekov", "2017-03-01", "KGZ", ActorRole.HeadOfGovernment)] // prime minister, then president
    [InlineData("Jeenbekov", "2019-03-01", "KGZ", ActorRole.HeadOfState)]
    [InlineData("Abylgaziev", "2019-03-01", "KGZ", ActorRole.HeadOfGovernment)]
    [InlineData("Kasymaliev", "2025-03-01", "KGZ", ActorRole.HeadOfGovernment)]
    [InlineData("Mirziyoyev", "2012-03-01", "UZB", ActorRole.HeadOfGovernment)] // prime minister, then president
    [InlineData("Mirziyoyev", "2018-03-01", "UZB", ActorRole.HeadOfState)]
    [InlineData("Aripov", "2022-03-01", "UZB", ActorRole.HeadOfGovernment)]
    [InlineData("Oqilov", "2010-03-01", "TJK", ActorRole.HeadOfGovernment)]
    [InlineData("Rasulzoda", "2020-03-01", "TJK", ActorRole.HeadOfGovernment)]
    [InlineData("Serik Akhmetov", "2013-03-01", "KAZ", ActorRole.HeadOfGovernment)]
    public void Resolve_NameAtDate_GivesStateAndRole(string name, string date, string country, ActorRole role)
    {
        var term = People.Resolve(name, Day(date));
        Assert.NotNull(term);
        Assert.Equal((country, role), (term.Country, term.Role));
    }

    [Theory]
    [InlineData("Sagintayev", "2020-03-01")] // dismissed with his government in February 2019
    [InlineData("Massimov", "2013-06-01")] // between his two premierships
    public void Resolve_OutOfOffice_IsNull(string name, string date) => Assert.Null(People.Resolve(name, Day(date)));

    [Theory]
    [InlineData("Akhmetov")] // Rinat Akhmetov, the Ukrainian businessman, and many others
    [InlineData("Novikov")]
    public void SharedSurnames_AreNotIndexedAlone(string word) => Assert.False(People.IsKnownName(word));

    [Fact]
    public void PrimeMinistersTrip_IsTheirStatesVisit() =>
        Assert.Contains(EventExtractor.Default.Extract("Kazakh Prime Minister Askar Mamin visited Tashkent on 12 March 2020.", null),
            e => e.Source.Code == "KAZ" && e.Source.Role == ActorRole.HeadOfGovernment && e.Target.Code == "UZB" && e.Cameo.Value == "042");
}
