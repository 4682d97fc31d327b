using Orkhon.Analysis.Corridors;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Analysis;

public sealed class RouteGeometryTests
{
    [Fact]
    public void Default_LoadsTheMainRoutesWithMoreThanTwoSourcedPoints()
    {
        foreach (var id in new[] { "trans-mongolian-railway", "asian-highway-ah3", "asian-highway-ah4", "china-europe-rail-via-erenhot" })
        {
            var points = RouteGeometry.Default.Of(id);
            Assert.True(points.Count > 2, id);
            Assert.All(points, p => Assert.StartsWith("https://", p.SourceUrl, StringComparison.Ordinal));
        }

        Assert.Empty(RouteGeometry.Default.Of("no-such-route"));
    }

    [Fact]
    public void Default_EveryRouteStartsAndEndsNearItsFirstAndLastCountry()
    {
        // A cheap check on the coordinates: the first waypoint of the Trans-Mongolian line is in Russia (north
        // of 50° N) and the last in China (south of 42° N), as its path RUS>MNG>CHN says.
        var line = RouteGeometry.Default.Of("trans-mongolian-railway");
        Assert.True(line[0].Latitude > 50);
        Assert.True(line[^1].Latitude < 42);
    }

    [Theory]
    [InlineData("atlantis-line\t1\tX\t10\t10\thttps://example.org", "unknown route")]
    [InlineData("zamyn-uud-erenhot\t2\tX\t10\t10\thttps://example.org", "seq '2' should be 1")]
    [InlineData("zamyn-uud-erenhot\t1\tX\t95\t10\thttps://example.org", "latitude")]
    [InlineData("zamyn-uud-erenhot\t1\tX\t10\t10\tjavascript:alert(1)", "https")]
    public void Load_BadRow_IsAnErrorNamingFileAndLine(string row, string message)
    {
        var table = TsvTable.Read("waypoints.tsv", new StringReader("route\tseq\tplace\tlat\tlon\tsource_url\n" + row + "\n"));
        var error = Assert.Throws<DataFileException>(() => RouteGeometry.Load(table, LandNetwork.Default.Routes));
        Assert.Contains(message, error.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Errors[0].Line);
        Assert.Equal("waypoints.tsv", error.Errors[0].File);
    }
}
