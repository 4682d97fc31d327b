using System.Globalization;
using Orkhon.Domain;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Finance ministers of G20 states resolve to their state's government at the date; a later office of the same person keeps
/// its own role, and surnames that are common words ("Darling", "Lew") make no official alone.
/// </summary>
public sealed class FinanceMinisterTests
{
    private static OfficeHolderIndex People => OfficeHolderIndex.Default;

    private static DateOnly Day(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Geithner", "2011-05-01", "USA", ActorRole.Government)]
    [InlineData("Yellen", "2023-05-01", "USA", ActorRole.Government)]
    [InlineData("Osborne", "2013-05-01", "GBR", ActorRole.Government)]
    [InlineData("Sunak", "2021-05-01", "GBR", ActorRole.Government)] // chancellor, then prime minister
    [InlineData("Sunak", "2023-05-01", "GBR", ActorRole.HeadOfGovernment)]
    [InlineData("Schäuble", "2015-05-01", "DEU", ActorRole.Government)]
    [InlineData("Scholz", "2019-05-01", "DEU", ActorRole.Government)] // finance minister, then chancellor
    [InlineData("Scholz", "2023-05-01", "DEU", ActorRole.HeadOfGovernment)]
    [InlineData("Le Maire", "2020-05-01", "FRA", ActorRole.Government)]
    [InlineData("Siluanov", "2022-05-01", "RUS", ActorRole.Government)]
    [InlineData("Sitharaman", "2024-05-01", "IND", ActorRole.Government)]
    [InlineData("Morneau", "2018-05-01", "CAN", ActorRole.Government)]
    [InlineData("Jack Lew", "2015-05-01", "USA", ActorRole.Government)]
    [InlineData("Aso", "2009-05-01", "JPN", ActorRole.HeadOfGovernment)] // prime minister, later finance minister
    [InlineData("Aso", "2016-05-01", "JPN", ActorRole.Government)]
    [InlineData("Padoan", "2016-05-01", "ITA", ActorRole.Government)]
    [InlineData("Shunichi Suzuki", "2022-05-01", "JPN", ActorRole.Government)]
    public void Resolve_NameAtDate_GivesStateAndRole(string name, string date, string country, ActorRole role)
    {
        var term = People.Resolve(name, Day(date));
        Assert.NotNull(term);
        Assert.Equal((country, role), (term.Country, term.Role));
    }

    [Theory]
    [InlineData("Darling")]
    [InlineData("Lew")]
    [InlineData("Reeves")]
    [InlineData("Suzuki")]
    [InlineData("Franco")]
    public void CommonWordSurnames_AreNotIndexedAlone(string word) => Assert.False(People.IsKnownName(word));
}
