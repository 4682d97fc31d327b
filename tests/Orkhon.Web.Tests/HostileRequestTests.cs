using System.Net;
using System.Net.Http.Json;

namespace Orkhon.Web.Tests;

/// <summary>The requests from the "Reliability first" report that killed the server or answered 500.</summary>
public sealed class HostileRequestTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("span", 35_000)] // 210 KB: overflowed the stack and ended the process
    [InlineData("div", 30_000)]
    [InlineData("b", 30_000)]
    public async Task Extract_DeeplyNestedHtml_AnswersAndTheServerLives(string tag, int depth)
    {
        var html = string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + "Mongolia and Japan signed an accord on 3 March 2025.";
        using var response = await server.Client.PostAsJsonAsync("/api/extract", new { text = html, format = "html" }, Cancel);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}");
        using var alive = await server.Client.GetAsync("/api/frameworks", Cancel);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Theory]
    [InlineData("/api/events?from=9999-12")]
    [InlineData("/api/events?to=9999-12-31&from=9999-12")]
    [InlineData("/api/balance?to=9999&by=quarter")]
    [InlineData("/api/corridors?from=MNG&to=MNG")]
    public async Task Get_EdgeInputs_AreNeverServerErrors(string path)
    {
        using var response = await server.Client.GetAsync(path, Cancel);
        Assert.True((int)response.StatusCode < 500, $"{path}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Extract_DatedTextWithOutOfRangePhrases_CodesTheRest()
    {
        using var response = await server.Client.PostAsJsonAsync("/api/extract",
            new { text = "Nomads lived on the steppe 3000 years ago. Mongolia and Japan signed an accord on 3 March 2025.", date = "2024-05-01" }, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("JPN", body, StringComparison.Ordinal);
    }
}
