using System.Collections.Frozen;
using Orkhon.Analysis;
using Orkhon.Analysis.Frameworks;
using static Orkhon.Tests.Analysis.AnalysisFixtures;

namespace Orkhon.Tests.Analysis;

/// <summary>
/// Frameworks that list the neighbours as pillars of their own (Kazakhstan's Russia and China) name them in
/// <c>neighbours</c>, so dependence and tilt are measured as for Mongolia and the two can be compared.
/// </summary>
public sealed class NeighbourCodesTests
{
    private static PolicyFramework Separate(IReadOnlyList<string>? neighbours) => new("sep", "MNG", "Separate", null, null, null, null, "https://example.org",
    [
        new Pillar("russia", "Russia", null, null, new[] { "RUS" }.ToFrozenSet(), ["RUS"], null, null),
        new Pillar("china", "China", null, null, new[] { "CHN" }.ToFrozenSet(), ["CHN"], null, null),
        new Pillar("central-asia", "Central Asia", null, null, new[] { "KGZ" }.ToFrozenSet(), ["KGZ"], null, null),
    ])
    {
        NeighbourCodes = neighbours,
    };

    // 2023: RUS×2, CHN×1, KGZ×1; dependence 3/4, tilt (2 − 1) / 3.
    private static List<Engagement> Events(PolicyFramework f) => Engagement.Select(
        [E("MNG", "RUS", "2023-01"), E("RUS", "MNG", "2023-02"), E("MNG", "CHN", "2023-03"), E("KGZ", "MNG", "2023-04")], "MNG", f, Orkhon.Analysis.SignificanceWeights.Default);

    [Fact]
    public void Compute_NeighbourCodes_DependenceAndTiltOverThosePartners()
    {
        var f = Separate(["RUS", "CHN"]);
        var r = Assert.Single(BalanceAnalysis.Compute(Events(f), f, [Period.Year(2023)], weighted: false));
        Assert.Equal(0.75, r.NeighbourDependence);
        Assert.Equal(1.0 / 3, r.NeighbourTilt!.Value, 10);
    }

    [Fact]
    public void Compute_NoNeighbourPillarNorCodes_DependenceAndTiltAreUndefined()
    {
        var f = Separate(null);
        var r = Assert.Single(BalanceAnalysis.Compute(Events(f), f, [Period.Year(2023)], weighted: false));
        Assert.Null(r.NeighbourDependence);
        Assert.Null(r.NeighbourTilt);
    }

    [Fact]
    public void Compute_Kazakhstan2020_MeasuresRussiaAndChina_AsMongoliasNeighboursPillarDoes()
    {
        var kaz = FrameworkCatalog.Default.Find("kazakhstan-2020")!;
        var engagements = Engagement.Select([E("KAZ", "RUS", "2022-01"), E("CHN", "KAZ", "2022-02"), E("KAZ", "CHN", "2022-03"), E("KAZ", "UZB", "2022-04")],
            "KAZ", kaz, Orkhon.Analysis.SignificanceWeights.Default);
        var r = Assert.Single(BalanceAnalysis.Compute(engagements, kaz, [Period.Year(2022)], weighted: false));
        Assert.Equal(0.75, r.NeighbourDependence);
        Assert.Equal((1.0 - 2) / 3, r.NeighbourTilt!.Value, 10);
    }
}
