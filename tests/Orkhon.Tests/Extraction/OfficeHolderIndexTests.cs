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
    public void Resolve_NameAtDate_GivesStateAndRole(string name, string date, string country, ActorRole role)
    {
        var term = People.Resolve(name, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(term);
        Assert.Equal(country, term.Country);
        Assert.Equal(role, term.Role);
    }

    [Fact]
    public void Resolve_OutOfOffice_IsNull() => Assert.Null(People.Resolve("Elbegdorj", new DateOnly(2023, 6, 1)));

    [Fact]
    public void Resolve_WithoutDate_OnlyWhenAllTermsShareOneState()
    {
        Assert.Equal("RUS", People.Resolve("Putin", null)!.Country);
        Assert.True(People.Terms > 300);
    }
}
