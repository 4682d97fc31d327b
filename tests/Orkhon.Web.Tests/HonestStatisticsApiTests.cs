using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Orkhon.Web.Tests;

/// <summary>The minimum sample and the exact intervals through the API: the same parser and contract as the command line.</summary>
public sealed class HonestStatisticsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("/api/balance?min_events=many")]
    [InlineData("/api/pivot?pillar=central-asia&before=2015..2022&after=2023..2025&min_events=-3")]
    public async Task MinEvents_NotAWholeNumber_Is400NamingTheParameter(string url)
    {
        using var response = await server.Client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(body.GetProperty("errors").TryGetProperty("min_events", out _));
    }

    [Fact]
    public async Task Pivot_MinEvents_FlagsTheRateTests_AndKeepsTheValues()
    {
        var thin = await server.Client.GetFromJsonAsync<JsonElement>("/api/pivot?pillar=central-asia&before=2015..2022&after=2023..2025&min_events=1000", TestContext.Current.CancellationToken);
        Assert.Equal(1000, thin.GetProperty("min_events").GetInt32());
        Assert.True(thin.GetProperty("per_year").GetProperty("too_few_events").GetBoolean());
        Assert.True(thin.GetProperty("per_year").GetProperty("ci_lower").GetDouble() > 1);
        var plain = await server.Client.GetFromJsonAsync<JsonElement>("/api/pivot?pillar=central-asia&before=2015..2022&after=2023..2025&min_events=0", TestContext.Current.CancellationToken);
        Assert.False(plain.GetProperty("per_year").GetProperty("too_few_events").GetBoolean());
    }

    [Fact]
    public async Task Balance_Window_TiltIntervalContainsTheTilt()
    {
        var rows = await server.Client.GetFromJsonAsync<JsonElement>("/api/balance?by=window&window=2011..2025", TestContext.Current.CancellationToken);
        var row = rows[0];
        var tilt = row.GetProperty("neighbour_tilt").GetDouble();
        Assert.InRange(tilt, row.GetProperty("neighbour_tilt_ci_lower").GetDouble(), row.GetProperty("neighbour_tilt_ci_upper").GetDouble());
        Assert.True(row.GetProperty("neighbour_tilt_events").GetInt32() >= 10);
        Assert.False(row.GetProperty("neighbour_tilt_too_few").GetBoolean());
    }
}
