using System.Net;
using System.Text.Json;

namespace Orkhon.Web.Tests;

/// <summary>
/// <c>GET /api/plover-events</c> on a real Kestrel over the parity database (its four kept PLOVER records and
/// one PLOVER record stored as a CAMEO event): the records, their fields, paging, order, and its OpenAPI entry.
/// </summary>
public sealed class PloverEventsApiTests(CliApiParityTests.Database database) : IClassFixture<CliApiParityTests.Database>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<JsonElement> Get(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await database.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<string> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];

    [Fact]
    public async Task PloverEvents_ListOnlyKeptRecords_OldestFirst_WithTheirPloverFields()
    {
        var page = await Get("/api/plover-events");
        Assert.Equal(["plover-kp-4", "plover-kp-2", "plover-kp-1", "plover-kp-3"], Ids(page));
        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.Equal(50, page.GetProperty("limit").GetInt32());
        var request = page.GetProperty("items")[2];
        Assert.Equal("REQUEST", request.GetProperty("plover").GetString());
        Assert.Equal("assist", request.GetProperty("mode").GetString());
        Assert.Equal(["economic"], request.GetProperty("contexts").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("imported", request.GetProperty("origin").GetString());
        Assert.Equal("https://example.org/kp-1", request.GetProperty("sources")[0].GetProperty("url").GetString());
        // The record that maps to CAMEO 057 is an event, listed by /api/events and not here.
        var events = await Get("/api/events?origin=imported");
        Assert.Contains("plover-kp-5", Ids(events));
        Assert.DoesNotContain("plover-kp-5", Ids(page));
    }

    [Fact]
    public async Task PloverEvents_PageAndSort_LikeApiEvents()
    {
        var first = await Get("/api/plover-events?sort=-date&limit=3");
        var second = await Get("/api/plover-events?sort=-date&limit=3&offset=3");
        Assert.Equal(["plover-kp-3", "plover-kp-1", "plover-kp-2"], Ids(first));
        Assert.Equal(["plover-kp-4"], Ids(second));
        Assert.Equal(1, second.GetProperty("count").GetInt32());
        Assert.Equal(4, second.GetProperty("total").GetInt32());
        Assert.Equal(3, second.GetProperty("offset").GetInt32());
        Assert.Equal(["plover-kp-2"], Ids(await Get("/api/plover-events?source=KAZ&target=MNG")));
    }

    [Theory]
    [InlineData("?limit=1001", "limit")]
    [InlineData("?limit=ten", "limit")]
    [InlineData("?offset=-1", "offset")]
    [InlineData("?sort=date,id", "sort")]
    [InlineData("?origin=guessed", "origin")]
    [InlineData("?to=2024-02-30", "to")]
    public async Task PloverEvents_BadInput_IsAProblemNamingTheParameter(string query, string parameter)
    {
        using var response = await database.Client.GetAsync(new Uri("/api/plover-events" + query, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task OpenApi_DescribesPloverEvents_WithSummaryAndFilters()
    {
        var doc = await Get("/openapi/v1.json");
        var get = doc.GetProperty("paths").GetProperty("/api/plover-events").GetProperty("get");
        Assert.Contains("orkhon events --plover", get.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var parameters = get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "actor", "partner", "source", "target", "from", "to", "code", "origin", "class", "pillar", "framework", "limit", "offset", "sort" }, parameters);
    }
}
