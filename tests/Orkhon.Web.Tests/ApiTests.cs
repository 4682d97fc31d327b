using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Orkhon.Web.Tests;

/// <summary>Every endpoint against a real Kestrel: data, paging, filters, problem details, the token rule, limits.</summary>
public sealed class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
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
    public async Task Events_FilterByActorAndPartner_ListsTheKyrgyzStateVisit()
    {
        var page = await Get("/api/events?actor=MNG&partner=KGZ");
        Assert.Contains(page.GetProperty("items").EnumerateArray(), e => e.GetProperty("source").GetString() == "KGZ" && e.GetProperty("date").GetString()!.StartsWith("2023-07", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Events_Paging_SortingAndCodeFilter()
    {
        var first = await Get("/api/events?limit=5&offset=0");
        var second = await Get("/api/events?limit=5&offset=5");
        Assert.Equal(5, first.GetProperty("count").GetInt32());
        Assert.NotEqual(first.GetProperty("items")[0].GetProperty("id").GetString(), second.GetProperty("items")[0].GetProperty("id").GetString());
        var newest = await Get("/api/events?sort=-date&limit=3");
        var dates = newest.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        var visits = await Get("/api/events?code=042&limit=1000");
        Assert.All(visits.GetProperty("items").EnumerateArray(), e => Assert.StartsWith("042", e.GetProperty("cameo").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/events?from=2023-13", "from")]
    [InlineData("/api/events?actor=ZZZ", "actor")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?code=4a", "code")]
    [InlineData("/api/events?origin=guessed", "origin")]
    [InlineData("/api/pivot?pillar=atlantis&before=2015..2022&after=2023..2025", "pillar")]
    [InlineData("/api/balance?by=decade", "by")]
    [InlineData("/api/search", "q")]
    public async Task BadInput_IsAProblemDetailsResponseNamingTheParameter(string path, string parameter)
    {
        using var response = await server.Client.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task UnknownEventAndEndpoint_Are404ProblemDetails()
    {
        var e = await Get("/api/events/no-such-id", HttpStatusCode.NotFound);
        Assert.Equal(404, e.GetProperty("status").GetInt32());
        await Get("/api/no-such-endpoint", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("MNG' OR '1'='1")]
    [InlineData("MNG\"; DROP TABLE events; --")]
    public async Task SqlLikeInput_IsHarmless(string hostile)
    {
        await Get($"/api/events?actor={Uri.EscapeDataString(hostile)}", HttpStatusCode.BadRequest);
        await Get($"/api/search?q={Uri.EscapeDataString(hostile)}", HttpStatusCode.BadRequest);
        Assert.True((await Get("/api/events?limit=1000")).GetProperty("count").GetInt32() > 100); // the table is still there
    }

    [Fact]
    public async Task Writes_NeedTheBearerToken()
    {
        var body = JsonContent.Create(new { text = "Mongolia and Japan signed an accord on 3 March 2025." });
        using (var anonymous = await server.Client.PostAsync("/api/documents", body, Cancel))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { text = "Mongolia and Japan signed an accord on 3 March 2025." }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");
        using (var wrong = await server.Client.SendAsync(request, Cancel))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
    }

    [Fact]
    public async Task NoTokenConfigured_WritesAreRefused()
    {
        var (app, address) = await ServerFixture.StartAsync(new ServerOptions { DatabasePath = server.DatabasePath, Urls = "http://127.0.0.1:0", ApiToken = null });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { text = "Mongolia signed." }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "");
        using var response = await client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PostDocument_StoresItAndItsEvents_ThenTheyAreReadable()
    {
        var result = await Post("/api/documents", new { text = "Kazakh President Tokayev paid a state visit to Ulaanbaatar on 12 May 2026. The two presidents signed a strategic partnership declaration.", title = "Test", date = "2026-05-13" });
        Assert.Equal(HttpStatusCode.Created, result.Status);
        var doc = result.Body.GetProperty("document").GetString()!;
        Assert.True(result.Body.GetProperty("events").GetArrayLength() >= 2);
        var stored = await Get($"/api/documents/{doc}");
        Assert.Equal(2, stored.GetProperty("sentences").GetArrayLength());
        var again = await Post("/api/documents", new { text = "Kazakh President Tokayev paid a state visit to Ulaanbaatar on 12 May 2026. The two presidents signed a strategic partnership declaration.", title = "Test", date = "2026-05-13" });
        Assert.Equal(HttpStatusCode.OK, again.Status); // already stored: nothing changes
        var hits = await Get("/api/search?q=Tokayev");
        Assert.NotEqual(0, hits.GetArrayLength());
        var extracted = await Get("/api/events?actor=KAZ&from=2026&origin=extracted");
        Assert.NotEqual(0, extracted.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Extract_ReturnsMentionsWithoutStoring()
    {
        var r = await Post("/api/extract", new { text = "<p>Russia offered to mediate between Kyrgyzstan and Tajikistan.</p>", format = "html" }, token: false);
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal(2, r.Body.GetProperty("mentions").GetArrayLength());
        var bad = await Post("/api/extract", new { text = "   " }, token: false);
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
    }

    [Fact]
    public async Task OversizedBody_IsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/extract")
        {
            Content = new StringContent("{\"text\":\"" + new string('a', (int)ServerOptions.MaxRequestBytes + 10) + "\"}", Encoding.UTF8, "application/json"),
        };

        // Asks before sending the body, so the 413 comes back before the client writes 2 MB into a connection the server may close.
        request.Headers.ExpectContinue = true;
        using var response = await server.Client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task MalformedJson_IsABadRequestProblem()
    {
        using var response = await server.Client.PostAsync("/api/extract", new StringContent("{\"text\": ", Encoding.UTF8, "application/json"), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/actors")]
    [InlineData("/api/actors?all=true")]
    [InlineData("/api/frameworks")]
    [InlineData("/api/balance?country=MNG&by=year")]
    [InlineData("/api/balance?by=quarter&from=2024&to=2024")]
    [InlineData("/api/pivot?country=MNG&pillar=central-asia&before=2015..2022&after=2023..2025")]
    [InlineData("/api/tone?by=pillar")]
    [InlineData("/api/reciprocity")]
    [InlineData("/api/corridors?from=MNG&to=UZB")]
    [InlineData("/api/timeline?actor=MNG&partner=CHN")]
    [InlineData("/openapi/v1.json")]
    public async Task ReadEndpoints_AnswerJson(string path)
    {
        var body = await Get(path);
        // Something to show: a non-empty array, or an object with content (the knowledge base is loaded).
        Assert.True(body.ValueKind switch
        {
            JsonValueKind.Array => body.GetArrayLength() > 0,
            JsonValueKind.Object => body.EnumerateObject().Any(),
            _ => false,
        }, $"{path}: {body}");
    }

    [Fact]
    public async Task Pivot_ReportsTheCentralAsiaIncrease()
    {
        var pivot = await Get("/api/pivot?pillar=central-asia&before=2015..2022&after=2023..2025");
        Assert.True(pivot.GetProperty("per_year").GetProperty("significant").GetBoolean());
        Assert.True(pivot.GetProperty("per_year").GetProperty("ci_lower").GetDouble() > 1);
    }

    [Fact]
    public async Task BalanceByMeasure_OneRowPerYear_MissingYearsNullNotZero_WithSources()
    {
        var rows = (await Get("/api/balance?measure=exports&from=1995&to=2024")).EnumerateArray().ToList();
        Assert.Equal(30, rows.Count);
        var y1998 = rows.Single(r => r.GetProperty("period").GetProperty("label").GetString() == "1998");
        Assert.True(y1998.GetProperty("has_data").GetBoolean());
        Assert.Equal(316.8, y1998.GetProperty("total_musd").GetDouble());
        var china = y1998.GetProperty("partners").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "CHN");
        Assert.Equal(0.301, china.GetProperty("share").GetDouble(), 10);
        Assert.NotEmpty(y1998.GetProperty("sources").EnumerateArray());
        var y1997 = rows.Single(r => r.GetProperty("period").GetProperty("label").GetString() == "1997");
        Assert.False(y1997.GetProperty("has_data").GetBoolean());
        Assert.All(y1997.GetProperty("pillars").EnumerateArray(), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("share").ValueKind));
        // The event balance is unchanged when no measure is named.
        Assert.True((await Get("/api/balance")).EnumerateArray().First().TryGetProperty("events", out _));
    }

    [Fact]
    public async Task OpenApi_DescribesEveryApiRoute()
    {
        var doc = await Get("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var route in new[] { "/api/events", "/api/events/{id}", "/api/documents", "/api/documents/{id}", "/api/extract", "/api/actors", "/api/frameworks", "/api/search", "/api/balance", "/api/dependence", "/api/pivot", "/api/tone", "/api/reciprocity", "/api/corridors", "/api/timeline", "/api/plover-events" })
        {
            Assert.Contains(route, paths);
        }
    }

    [Fact]
    public async Task NoCorsHeaders_AndSecurityHeadersPresent()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/actors");
        request.Headers.Add("Origin", "https://elsewhere.example");
        using var response = await server.Client.SendAsync(request, Cancel);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string path, object body, bool token = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.Token);
        }

        using var response = await server.Client.SendAsync(request, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }
}
