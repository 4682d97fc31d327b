using Orkhon.Analysis.Corridors;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Analysis;

public sealed class CorridorTests
{
    private static LandNetwork Network => LandNetwork.Default;

    [Fact]
    public void Mongolia_BordersOnlyChinaAndRussia() => Assert.Equal(["CHN", "RUS"], Network.NeighboursOf("MNG"));

    [Fact]
    public void MongoliaToUzbekistan_GoesThroughChinaOrRussia_NeitherUnavoidable()
    {
        var t = TransitAnalysis.Run(Network, "MNG", "UZB");
        Assert.Equal(["MNG", "CHN", "KGZ", "UZB"], t.ShortestPath); // the 2025 freight route's crossings
        Assert.Empty(t.UnavoidableTransit);
        Assert.Contains(t.Alternatives, a => a.Avoided == "CHN" && a.Path![1] == "RUS");
        Assert.Contains(t.Routes, r => r.Path.SequenceEqual(["UZB", "KGZ", "CHN", "MNG"]));
    }

    [Fact]
    public void MongoliaToKazakhstan_HasNoCommonBorder()
    {
        var t = TransitAnalysis.Run(Network, "MNG", "KAZ");
        Assert.Equal(3, t.ShortestPath!.Count);
    }

    [Fact]
    public void IslandState_IsUnreachableOverland()
    {
        var t = TransitAnalysis.Run(Network, "MNG", "JPN");
        Assert.False(t.Reachable);
        Assert.Empty(t.Routes);
    }

    [Fact]
    public void Dependence_ClosingChina_StillLeavesMostOfEurasiaReachableViaRussia()
    {
        var d = TransitAnalysis.Dependence(Network, "MNG").ToDictionary(x => x.Closed);
        Assert.True(d["CHN"].Share > 0.9);
        Assert.True(d["RUS"].Share > 0.9);
        Assert.Equal(d["CHN"].Reachable, Network.Reachable("MNG").Count - 1);
    }

    [Fact]
    public void Dependence_ClosingTheOnlyNeighbour_CutsEverything()
    {
        // Lesotho is enclosed by South Africa.
        var d = Assert.Single(TransitAnalysis.Dependence(Network, "LSO"));
        Assert.Equal("ZAF", d.Closed);
        Assert.Equal(0, d.StillReachable);
        Assert.Equal(0, d.Share);
    }

    [Fact]
    public void Load_UnknownCountry_IsAnErrorWithLine()
    {
        var borders = TsvTable.Read("b.tsv", new StringReader("a\tb\tlength_km\tsource_url\nCHN\tXXX\t1\thttps://x\n"));
        var routes = TsvTable.Read("r.tsv", new StringReader("id\tname\tkind\tpath\tstatus\tsince\tsource_url\tnote\nr\tR\troad\tMNG>ZZZ\toperating\t\thttps://x\t\n"));
        var e = Assert.Throws<DataFileException>(() => LandNetwork.Load(borders, routes, ReferenceData.Default));
        Assert.Contains(e.Errors, x => x.File == "b.tsv" && x.Line == 2);
        Assert.Contains(e.Errors, x => x.File == "r.tsv" && x.Line == 2 && x.Message.Contains("ZZZ", StringComparison.Ordinal));
    }
}
