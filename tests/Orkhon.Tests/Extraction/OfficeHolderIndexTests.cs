using Orkhon.Domain;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Tests.Extraction;

public sealed class OfficeHolderIndexTests
{
    private static OfficeHolderIndex People => OfficeHolderIndex.Default;

    [Theory]
    [InlineData("Putin", "2024-09-03", "RUS", ActorRole.HeadOfState)]
    [InlineData("Putin", "2009-05-13", "RUS", ActorRole.HeadOfGovernment)] // "then prime minister"
    [InlineData("Blinken", "2023-08-02", "USA", ActorRole.ForeignMinistry)]
    [InlineData("Khurelsukh", "2024-06-20", "MNG", ActorRole.HeadOfState)]
    [InlineData("Japarov", "2023-07-09", "KGZ", ActorRole.HeadOfState)]
    [InlineData("Batmonkh", "1989-05-01", "MNG", ActorRole.HeadOfState)] // diacritics folded: Batmönkh
    [InlineData("Shoigu", "2022-03-01", "RUS", ActorRole.Military)] // defence ministers
    [InlineData("Belousov", "2024-06-01", "RUS", ActorRole.Military)]
    [InlineData("Dong Jun", "2024-05-31", "CHN", ActorRole.Military)]
    [InlineData("Hegseth", "2025-03-01", "USA", ActorRole.Military)]
    [InlineData("Pistorius", "2024-01-10", "DEU", ActorRole.Military)]
    [InlineData("Nakatani", "2025-03-01", "JPN", ActorRole.Military)]
    [InlineData("Koizumi", "2025-11-01", "JPN", ActorRole.Military)] // the defence minister, not the former prime minister
    [InlineData("Han Zheng", "2024-09-12", "CHN", ActorRole.Government)] // vice-presidents
    [InlineData("Vance", "2025-04-07", "USA", ActorRole.Government)]
    [InlineData("Biden", "2015-06-01", "USA", ActorRole.Government)] // vice-president then, president later
    [InlineData("Biden", "2022-06-01", "USA", ActorRole.HeadOfState)]
    [InlineData("Vieira", "2024-09-12", "BRA", ActorRole.ForeignMinistry)] // G20 foreign ministers
    [InlineData("Araghchi", "2025-01-10", "IRN", ActorRole.ForeignMinistry)]
    public void Resolve_NameAtDate_GivesStateAndRole(string name, string date, string country, ActorRole role)
    {
        var term = People.Resolve(name, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(term);
        Assert.Equal(country, term.Country);
        Assert.Equal(role, term.Role);
    }

    [Theory]
    [InlineData("Jun")] // "Dong Jun": Chinese names put the family name first, so the last word is a given name
    [InlineData("Zheng")] // "Han Zheng"
    [InlineData("Qiang")] // "Li Qiang"
    public void GivenNamesOfChineseAndKoreanOfficials_AreNotIndexedAsSurnames(string word) => Assert.False(People.IsKnownName(word));

    [Fact]
    public void Resolve_OutOfOffice_IsNull() => Assert.Null(People.Resolve("Elbegdorj", new DateOnly(2023, 6, 1)));

    [Fact]
    public void Resolve_WithoutDate_OnlyWhenAllTermsShareOneState()
    {
        Assert.Equal("RUS", People.Resolve("Putin", null)!.Country);
        Assert.True(People.Terms > 300);
    }
}
