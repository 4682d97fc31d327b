using Orkhon.Knowledge;

namespace Orkhon.Tests.Knowledge;

public sealed class ReferenceDataTests
{
    private static ReferenceData Reference => ReferenceData.Default;

    [Fact]
    public void Countries_HaveAll193UnMembersAndBothObservers()
    {
        Assert.Equal(193, Reference.Countries.Count(c => c.Status == "member"));
        Assert.Equal(["PSE", "VAT"], Reference.Countries.Where(c => c.Status == "observer").Select(c => c.Code).Order());
    }

    [Theory]
    [InlineData("Mongolia", "MNG", NameForm.Name)]
    [InlineData("Mongolian", "MNG", NameForm.Adjective)]
    [InlineData("Ulaanbaatar", "MNG", NameForm.Capital)]
    [InlineData("Ulan Bator", "MNG", NameForm.Capital)]
    [InlineData("Moscow", "RUS", NameForm.Capital)] // the successor keeps the capital, not the USSR
    [InlineData("Beijing", "CHN", NameForm.Capital)]
    [InlineData("Washington", "USA", NameForm.Capital)]
    [InlineData("Kyrgyz", "KGZ", NameForm.Adjective)]
    [InlineData("Turkmen", "TKM", NameForm.Adjective)]
    [InlineData("Uzbek", "UZB", NameForm.Adjective)]
    [InlineData("Kazakh", "KAZ", NameForm.Adjective)]
    [InlineData("Russian Federation", "RUS", NameForm.Name)]
    [InlineData("the United States", "USA", NameForm.Name)]
    [InlineData("Astana", "KAZ", NameForm.Capital)]
    [InlineData("Shanghai Cooperation Organization", "SCO", NameForm.Name)]
    [InlineData("SCO", "SCO", NameForm.Code)]
    [InlineData("Soviet", "SUN", NameForm.Adjective)]
    [InlineData("NAM", "NONAL", NameForm.Name)] // the acronym in prose means the movement, not Namibia
    public void Gazetteer_ResolvesNamesAdjectivesCapitalsAndAcronyms(string name, string code, NameForm form)
    {
        var entry = Reference.Gazetteer.Resolve(name);
        Assert.NotNull(entry);
        Assert.Equal(code, entry.Code);
        Assert.Equal(form, entry.Form);
    }

    [Theory]
    [InlineData("us")] // acronyms of up to five letters match only in capitals
    [InlineData("who")]
    [InlineData("Atlantis")]
    public void Gazetteer_DoesNotResolveCommonWordsOrUnknownNames(string name) => Assert.Null(Reference.Gazetteer.Resolve(name));

    [Fact]
    public void Organisations_MongoliaIsAnScoObserverNotAMember()
    {
        var sco = Reference.FindOrganisation("SCO")!;
        Assert.Contains("MNG", sco.Observers);
        Assert.DoesNotContain("MNG", sco.Members);
        Assert.Contains("KAZ", sco.Members);
    }

    [Theory]
    [InlineData("EU", 27)]
    [InlineData("NATO", 32)]
    [InlineData("CSTO", 6)]
    [InlineData("EAEU", 5)]
    public void Organisations_StableMemberships(string code, int members) =>
        Assert.Equal(members, Reference.FindOrganisation(code)!.Members.Count);

    [Theory]
    [InlineData("UN")]
    [InlineData("WTO")]
    [InlineData("OSCE")]
    [InlineData("ASEM")]
    [InlineData("ICC")]
    [InlineData("ASEAN")]
    [InlineData("ARF")]
    [InlineData("G77")]
    [InlineData("NONAL")]
    [InlineData("CIS")]
    [InlineData("IMF")]
    [InlineData("WB")]
    [InlineData("ADB")]
    [InlineData("AIIB")]
    [InlineData("WST")]
    public void Organisations_TheDocumentedCodesExist(string code) => Assert.NotNull(Reference.FindActor(code));

    [Fact]
    public void Countries_M49RegionsAndCapitalsArePresentForCurrentStates() =>
        Assert.All(Reference.Countries.Where(c => c.Status is "member" or "observer"), c =>
        {
            Assert.False(string.IsNullOrEmpty(c.Region), c.Code);
            Assert.False(string.IsNullOrEmpty(c.Subregion), c.Code);
            Assert.False(string.IsNullOrEmpty(c.Capital), c.Code);
            Assert.Matches("^[0-9]{3}$", c.M49 ?? "");
        });

    [Fact]
    public void CentralAsia_IsTheFiveFormerSovietRepublics() =>
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], Reference.Countries.Where(c => c.Subregion == "Central Asia").Select(c => c.Code).Order());

    private const string CountryHeader = "code\tiso2\tm49\tname\tofficial_name\talt_names\tadjectives\tdemonyms\tcapital\tcapital_alts\tregion\tsubregion\tstatus\n";
    private const string OrgHeader = "code\tname\talt_names\tkind\tmembers\tobservers\tfounded\tsource_url\n";

    [Fact]
    public void Load_UnknownMemberCode_IsAnErrorWithFileAndLine()
    {
        var countries = CountryHeader + "AAA\tAA\t001\tAland\tAland\t\t\t\tX\t\tEurope\tNorthern Europe\tmember\n";
        var orgs = OrgHeader + "XO\tX Org\t\tforum\tAAA;ZZZ\t\t\t\n";
        var e = Assert.Throws<DataFileException>(() => ReferenceData.Load(TsvTable.Read("c.tsv", new StringReader(countries)), TsvTable.Read("o.tsv", new StringReader(orgs))));
        Assert.Contains(e.Errors, x => x.File == "o.tsv" && x.Line == 2 && x.Message.Contains("ZZZ", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NameUsedByTwoActors_IsAnError()
    {
        var countries = CountryHeader +
            "AAA\tAA\t001\tAland\tAland\tFoo\t\t\tX\t\tEurope\tNorthern Europe\tmember\n" +
            "BBB\tBB\t002\tBland\tBland\tFoo\t\t\tY\t\tEurope\tNorthern Europe\tmember\n";
        var e = Assert.Throws<DataFileException>(() => ReferenceData.Load(TsvTable.Read("c.tsv", new StringReader(countries)), TsvTable.Read("o.tsv", new StringReader(OrgHeader))));
        Assert.Contains(e.Errors, x => x.File == "c.tsv" && x.Message.Contains("'Foo'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RowWithWrongFieldCount_IsAnErrorWithLine()
    {
        var e = Assert.Throws<DataFileException>(() => TsvTable.Read("x.tsv", new StringReader("a\tb\n1\t2\n\n3\n")));
        Assert.Equal(4, Assert.Single(e.Errors).Line);
    }
}
