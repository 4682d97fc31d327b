using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>The office-holder table speaks the one role vocabulary (<see cref="ActorRoles"/>); anything else is a load error.</summary>
public sealed class OfficeHolderRoleTests
{
    private const string Header = "country\trole\ttitle\tname\talt_names\tfrom\tto\tsource_url\n";

    private static OfficeHolderIndex Load(string rows) =>
        OfficeHolderIndex.Load(TsvTable.Read("officeholders.tsv", new StringReader(Header + rows)), ReferenceData.Default);

    [Theory]
    [InlineData("foreign_minister")]  // the table's old spelling of foreign_ministry
    [InlineData("secretary_general")] // used to become "government" without a word
    [InlineData("other")]
    [InlineData("")]
    public void Load_UnknownRole_IsAnErrorWithFileAndLine(string role)
    {
        var rows =
            "MNG\thead_of_state\tPresident\tUkhnaagiin Khurelsukh\tKhurelsukh\t2021-06-25\t\thttps://example.org/a\n" +
            $"USA\t{role}\tSecretary of State\tAntony Blinken\tBlinken\t2021-01-26\t2025-01-20\thttps://example.org/b\n";
        var e = Assert.Throws<DataFileException>(() => Load(rows));
        var error = Assert.Single(e.Errors);
        Assert.Equal(("officeholders.tsv", 3), (error.File, error.Line));
        Assert.Contains($"role '{role}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("head_of_state", ActorRole.HeadOfState)]
    [InlineData("foreign_ministry", ActorRole.ForeignMinistry)]
    [InlineData("government", ActorRole.Government)]
    public void Load_KnownRole_IsTheTermsRole(string role, ActorRole expected)
    {
        var index = Load($"USA\t{role}\tSecretary of State\tAntony Blinken\tBlinken\t2021-01-26\t2025-01-20\thttps://example.org/b\n");
        Assert.Equal(expected, index.Resolve("Blinken", new DateOnly(2023, 8, 2))!.Role);
    }

    [Fact]
    public void Shipped_EveryRoleIsAnActorRoleName()
    {
        // Loading would throw on an unknown role; this also pins the exact spelling (lower case) in the file.
        var table = EmbeddedData.ReadTable(EmbeddedData.OfficeHolders);
        var role = table.ColumnIndex("role");
        Assert.All(table.Rows, r => Assert.True(ActorRoles.Names.Contains(r[role]), $"line {r.Line}: '{r[role]}'"));
        Assert.True(OfficeHolderIndex.Default.Terms > 300);
    }

    [Theory]
    [InlineData("Guterres", "2022-08-08", "UN", ActorRole.Government)]    // secretary-general: an organisation's government
    [InlineData("Stoltenberg", "2020-01-01", "NATO", ActorRole.Government)]
    [InlineData("Lavrov", "2022-07-05", "RUS", ActorRole.ForeignMinistry)]
    public void Shipped_RolesResolveAsBefore(string name, string date, string country, ActorRole role)
    {
        var term = OfficeHolderIndex.Default.Resolve(name, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(term);
        Assert.Equal((country, role), (term.Country, term.Role));
    }
}
