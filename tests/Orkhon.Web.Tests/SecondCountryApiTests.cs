using System.Net;
using System.Text.Json;

namespace Orkhon.Web.Tests;

/// <summary>Kazakhstan through the API beside Mongolia: countries, frameworks, balance, partners and compare, each with its framework's provenance.</summary>
public sealed class SecondCountryApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<JsonElement> Get(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await server.Client.GetAsync(path, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Countries_OffersKazakhstanWithBothConcepts_MongoliaStaysTheDefault()
    {
        var answer = await Get("/api/countries");
        Assert.Equal("MNG", answer.GetProperty("default").GetString());
        var kaz = Assert.Single(answer.GetProperty("countries").EnumerateArray(), c => c.GetProperty("code").GetString() == "KAZ");
        Assert.Equal(["kazakhstan-2014", "kazakhstan-2020"], kaz.GetProperty("frameworks").EnumerateArray().Select(f => f.GetString()));
        Assert.True(kaz.GetProperty("events").GetInt32() >= 40);
    }

    [Fact]
    public async Task Balance_Kazakhstan_EveryPeriodCarriesTheFrameworkAndItsProvenance()
    {
        var rows = await Get("/api/balance?country=KAZ&by=year");
        Assert.NotEmpty(rows.EnumerateArray());
        Assert.All(rows.EnumerateArray(), r =>
        {
            Assert.Equal("kazakhstan-2020", r.GetProperty("framework").GetString());
            Assert.Equal("policy-document", r.GetProperty("framework_provenance").GetProperty("kind").GetString());
        });
        var mongolia = await Get("/api/balance?country=MNG&by=year&from=2024");
        Assert.Equal("analyst-construct", mongolia[0].GetProperty("framework_provenance").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Partners_Kazakhstan_ChinaIsInItsOwnPillar()
    {
        var answer = await Get("/api/partners?country=KAZ");
        Assert.Equal("kazakhstan-2020", answer.GetProperty("framework").GetString());
        var china = Assert.Single(answer.GetProperty("partners").EnumerateArray(), p => p.GetProperty("partner").GetString() == "CHN");
        Assert.Equal("china", china.GetProperty("pillar").GetString());
        Assert.True(china.GetProperty("visits").GetInt32() >= 3);
    }

    [Fact]
    public async Task Compare_TwoCountries_SamePeriods_AsTheCommandLinePrintsThem()
    {
        var report = await Get("/api/compare?country=MNG&country=KAZ");
        var periods = report.GetProperty("periods").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Equal("2020", periods[0]);
        var countries = report.GetProperty("countries").EnumerateArray().ToList();
        Assert.Equal(["mongolia-2023", "kazakhstan-2020"], countries.Select(c => c.GetProperty("framework").GetString()));
        Assert.All(countries, c => Assert.Equal(periods.Count, c.GetProperty("periods").GetArrayLength()));

        // Each country's rows are its balance over the same years.
        var kazBalance = await Get($"/api/balance?country=KAZ&from={periods[0]}&to={periods[^1]}");
        Assert.Equal(kazBalance.EnumerateArray().Select(r => r.GetProperty("events").GetInt32()),
            countries[1].GetProperty("periods").EnumerateArray().Select(r => r.GetProperty("events").GetInt32()));
    }

    [Theory]
    [InlineData("/api/compare?country=MNG", "country")]
    [InlineData("/api/compare?country=MNG&country=KAZ&framework=kazakhstan-2020", "framework")]
    [InlineData("/api/compare?country=MNG&country=KAZ&by=window", "window")]
    [InlineData("/api/compare?country=MNG&country=KAZ&country=KGZ&country=UZB&country=TJK", "country")]
    public async Task Compare_BadRequests_Are400WithTheParameterNamed(string path, string parameter)
    {
        var problem = await Get(path, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task Frameworks_CarryProvenance_TheProjectsOwnConstructIsSaidToBeOne()
    {
        var all = await Get("/api/frameworks");
        var construct = Assert.Single(all.EnumerateArray(), f => f.GetProperty("provenance").GetString() == "analyst-construct");
        Assert.Equal("mongolia-2023", construct.GetProperty("id").GetString());
    }
}
