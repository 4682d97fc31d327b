using Orkhon.Analysis.Frameworks;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Analysis;

public sealed class FrameworkTests
{
    [Fact]
    public void Catalog_ShipsMongoliaAndKazakhstan_DefaultIsEachCountrysLatest()
    {
        Assert.Equal(["kazakhstan-2014", "kazakhstan-2020", "mongolia-1994", "mongolia-2011", "mongolia-2023"], FrameworkCatalog.Default.All.Select(f => f.Id));
        Assert.Equal("mongolia-2023", FrameworkCatalog.Default.DefaultFor("MNG")!.Id);
        Assert.Equal("kazakhstan-2020", FrameworkCatalog.Default.DefaultFor("KAZ")!.Id);
        Assert.Null(FrameworkCatalog.Default.DefaultFor("FRA"));
    }

    [Theory]
    [InlineData("mongolia-1994", FrameworkProvenance.PolicyDocument)]
    [InlineData("mongolia-2011", FrameworkProvenance.PolicyDocument)]
    [InlineData("mongolia-2023", FrameworkProvenance.AnalystConstruct)] // the project's own grouping, sourced to a news article
    [InlineData("kazakhstan-2014", FrameworkProvenance.PolicyDocument)]
    [InlineData("kazakhstan-2020", FrameworkProvenance.PolicyDocument)]
    public void EveryShippedFramework_StatesItsProvenance(string id, FrameworkProvenance expected)
    {
        var f = FrameworkCatalog.Default.Find(id)!;
        Assert.Equal(expected, f.Provenance);
        Assert.False(string.IsNullOrWhiteSpace(f.ProvenanceNote));
    }

    [Fact]
    public void KazakhConcepts_FollowEachOther_TheDecreeOf6March2020ReplacesThe2014Concept()
    {
        var old = FrameworkCatalog.Default.Find("kazakhstan-2014")!;
        var current = FrameworkCatalog.Default.Find("kazakhstan-2020")!;
        Assert.Equal(new DateOnly(2014, 1, 21), old.Adopted);
        Assert.Equal(new DateOnly(2020, 3, 6), current.Adopted);
        Assert.Equal(current.ValidFrom!.Value.AddDays(-1), old.ValidTo);
        Assert.Null(current.ValidTo);
        Assert.Equal(["RUS", "CHN"], current.NeighbourCodes!);
    }

    [Theory]
    [InlineData("RUS", "russia")]
    [InlineData("KGZ", "central-asia")]
    [InlineData("TKM", "central-asia")] // a Caspian state, counted in Central Asia (the caspian pillar names Azerbaijan and Iran only)
    [InlineData("CHN", "china")] // also in Asia: the named direction comes first
    [InlineData("USA", "usa")]
    [InlineData("DEU", "europe")] // through EU membership
    [InlineData("EAEU", "eurasian-integration")]
    [InlineData("AZE", "caspian")] // also in the catch-all asia pillar, which comes later
    [InlineData("TUR", "turkic-islamic")]
    [InlineData("MNG", "asia")]
    [InlineData("SCO", "multilateral")]
    [InlineData("BRA", "other")]
    public void Kazakhstan2020_AssignsPartnersToPillars(string partner, string pillar) =>
        Assert.Equal(pillar, FrameworkCatalog.Default.Find("kazakhstan-2020")!.PillarOf(partner));

    [Theory]
    [InlineData("RUS", "neighbours")]
    [InlineData("CHN", "neighbours")] // also a G77 member and in Asia: priority decides
    [InlineData("USA", "third-neighbours")]
    [InlineData("FRA", "third-neighbours")] // through EU membership
    [InlineData("TUR", "third-neighbours")] // Western Asia, but named a third neighbour
    [InlineData("KGZ", "central-asia")]
    [InlineData("UZB", "central-asia")]
    [InlineData("VNM", "other-asia")]
    [InlineData("UN", "un")]
    [InlineData("BRA", "developing")]
    [InlineData("CHE", "other")]
    public void Mongolia2023_AssignsPartnersToPillars(string partner, string pillar) =>
        Assert.Equal(pillar, FrameworkCatalog.Default.Find("mongolia-2023")!.PillarOf(partner));

    [Fact]
    public void Mongolia2011_HasNoCentralAsiaPillar() =>
        Assert.Equal("other-asia", FrameworkCatalog.Default.Find("mongolia-2011")!.PillarOf("KAZ"));

    private const string Valid = """
        id: t
        country: MNG
        title: T
        source_url: https://example.org
        pillars:
          - id: a
            members: [RUS]
          - id: b
            members: [KAZ]
        provenance: analyst-construct
        """;

    [Fact]
    public void Load_Valid() => Assert.Equal(2, FrameworkLoader.Load("t.yaml", Valid, ReferenceData.Default).Pillars.Count);

    [Theory]
    [InlineData("members: [KAZ]", "members: [XYZ]", 9, "unknown actor code 'XYZ'")]
    [InlineData("members: [KAZ]", "members: [RUS]", 8, "add a 'priority' list")] // overlap without a priority rule
    [InlineData("members: [KAZ]", "members: []", 8, "is empty")]
    [InlineData("  - id: b", "  - id: B_b", 8, "kebab-case")]
    [InlineData("country: MNG", "country: QQQ", 2, "unknown country code")]
    public void Load_Invalid_ReportsFileLineAndReason(string replace, string with, int line, string message)
    {
        var e = Assert.Throws<DataFileException>(() => FrameworkLoader.Load("t.yaml", Valid.Replace(replace, with, StringComparison.Ordinal), ReferenceData.Default));
        var error = Assert.Single(e.Errors);
        Assert.Equal("t.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverlapWithPriority_IsAccepted_FirstWins()
    {
        var yaml = Valid.Replace("members: [KAZ]", "members: [RUS, KAZ]", StringComparison.Ordinal) + "\npriority: [b, a]\n";
        var f = FrameworkLoader.Load("t.yaml", yaml, ReferenceData.Default);
        Assert.Equal("b", f.PillarOf("RUS"));
    }

    [Theory]
    [InlineData("provenance: analyst-construct", "", 1, "missing 'provenance'")] // a result could not say whose pillars it used
    [InlineData("provenance: analyst-construct", "provenance: official", 10, "is not policy-document or analyst-construct")]
    [InlineData("provenance: analyst-construct", "provenance: analyst-construct\nneighbours: [RUS, XYZ]", 11, "neighbours: unknown actor code 'XYZ'")]
    public void Load_BadProvenanceOrNeighbours_ReportsFileLineAndReason(string replace, string with, int line, string message)
    {
        var e = Assert.Throws<DataFileException>(() => FrameworkLoader.Load("t.yaml", Valid.Replace(replace, with, StringComparison.Ordinal), ReferenceData.Default));
        var error = Assert.Single(e.Errors);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BrokenYaml_ReportsLine()
    {
        var e = Assert.Throws<DataFileException>(() => FrameworkLoader.Load("t.yaml", "id: [unclosed\ncountry: MNG", ReferenceData.Default));
        Assert.Equal("t.yaml", Assert.Single(e.Errors).File);
    }
}
