using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Orkhon.Web;

namespace Orkhon.Tests.Cli;

/// <summary>
/// <c>orkhon events</c>, <c>orkhon timeline</c>, <c>orkhon demo</c> and <c>orkhon report</c> (the real
/// program) against <c>GET /api/events</c>, <c>/api/timeline</c> and <c>/api/partners</c> (a real server)
/// on one database holding the knowledge base and an ingested article: the same filters give the same
/// events with the same fields, and every total is the same number.
/// </summary>
public sealed class ListingParityTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private WebApplication? _app;
    private HttpClient _http = null!;

    private string Database => _dir.File("orkhon.db");

    public async ValueTask InitializeAsync()
    {
        Assert.Equal(0, CliRunner.Run(Database, "init").ExitCode);
        var article = _dir.Write("visit.txt", "Ulaanbaatar, 21 July 2025. President Khurelsukh met President Japarov of Kyrgyzstan in Bishkek.\n");
        Assert.Equal(0, CliRunner.Run(Database, "ingest", article).ExitCode);
        _app = OrkhonServer.Build(new ServerOptions { DatabasePath = Database, Urls = "http://127.0.0.1:0" });
        await _app.StartAsync(TestContext.Current.CancellationToken);
        _http = new HttpClient { BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _dir.Dispose();
    }

    [Theory]
    // The dashboard's own queries: a country's events, a partner, a pillar at the event's date, an event class.
    [InlineData("actor=MNG", "--actor MNG")]
    [InlineData("actor=MNG&partner=KGZ", "--actor MNG --partner KGZ")]
    [InlineData("actor=MNG&pillar=central-asia", "--actor MNG --pillar central-asia")]
    [InlineData("actor=MNG&pillar=other", "--actor MNG --pillar other")]
    [InlineData("actor=MNG&class=agreement", "--actor MNG --class agreement")]
    [InlineData("actor=MNG&class=visit&pillar=neighbours", "--actor MNG --class visit --pillar neighbours")]
    [InlineData("class=conflict", "--class conflict")]
    // Direction, dates (overlap), code prefix, origin (extracted: the ingested article's event), order and a page.
    [InlineData("source=KGZ&target=MNG&code=04", "--source KGZ --target MNG --code 04")]
    [InlineData("actor=MNG&from=2020&to=2023-06", "--actor MNG --from 2020 --to 2023-06")]
    [InlineData("origin=extracted", "--origin extracted")]
    [InlineData("actor=MNG&sort=-date&limit=7", "--actor MNG --newest-first --limit 7")]
    [InlineData("actor=MNG&class=agreement&sort=-date&limit=5", "--actor MNG --class agreement --newest-first --limit 5")]
    public async Task EventsListing_CliAndApi_SameEventsSameFields(string api, string cli)
    {
        var fromCli = Json(Cli(["events", .. cli.Split(' '), "--format", "json"]));
        var page = await Api($"/api/events?{api}{(api.Contains("limit=", StringComparison.Ordinal) ? "" : "&limit=1000")}");
        var fromApi = page["items"]!.AsArray();
        Assert.True(fromCli.AsArray().Count > 0, "the filter must select something, or the comparison proves nothing");
        Assert.Equal(Ids(fromCli), Ids(fromApi));
        Assert.True(JsonNode.DeepEquals(fromCli, fromApi), $"CLI and API disagree on the fields of '{cli}':\nCLI {fromCli.ToJsonString()[..300]}\nAPI {fromApi.ToJsonString()[..300]}");

        // The total is the whole selection, whatever the page: the CLI without --limit lists exactly that many.
        var all = cli.Contains("--limit", StringComparison.Ordinal)
            ? Json(Cli(["events", .. cli.Split(' ')[..cli.Split(' ').ToList().IndexOf("--limit")], "--format", "json"])).AsArray().Count
            : fromCli.AsArray().Count;
        Assert.Equal(all, (int)page["total"]!);
        Assert.Equal(fromApi.Count, (int)page["count"]!);
    }

    [Fact]
    public async Task EventsListing_PagedThroughTheApi_IsTheCliListing()
    {
        var cli = Ids(Json(Cli("events", "--actor", "MNG", "--format", "json")));
        var paged = new List<string>();
        for (var offset = 0; ; offset += 40)
        {
            var page = await Api($"/api/events?actor=MNG&limit=40&offset={offset}");
            paged.AddRange(Ids(page["items"]!));
            Assert.Equal(cli.Count, (int)page["total"]!);
            if (offset + 40 >= cli.Count)
            {
                break;
            }
        }

        Assert.Equal(cli, paged);
    }

    [Theory]
    [InlineData("actor=MNG&partner=CHN", "--actor MNG --partner CHN")]
    [InlineData("actor=MNG&from=2015&to=2019", "--actor MNG --from 2015 --to 2019")]
    public async Task Timeline_CliAndApi_SameYearsSameEvents(string api, string cli)
    {
        var fromCli = Json(Cli(["timeline", .. cli.Split(' '), "--format", "json"]));
        var fromApi = await Api($"/api/timeline?{api}");
        Assert.True(fromCli.AsArray().Count > 1);
        Assert.True(JsonNode.DeepEquals(fromCli, fromApi), $"timeline '{cli}': CLI and API disagree");
    }

    [Fact]
    public async Task Totals_DemoEventsReportAndApi_AreOneNumber()
    {
        var demo = Json(Cli("demo", "--format", "json"));
        var events = Json(Cli("events", "--actor", "MNG", "--format", "json")).AsArray().Count;
        var report = Json(Cli("report", "--out", _dir.File("report.html"), "--format", "json"));
        var api = (int)(await Api("/api/events?actor=MNG&limit=1"))["total"]!;
        var partners = await Api("/api/partners?country=MNG");

        Assert.Equal("MNG", (string)demo["country"]!); // the default country: the knowledge base's
        Assert.Equal(events, (int)demo["events"]!);
        Assert.Equal(events, (int)report["events"]!);
        Assert.Equal(events, api);
        Assert.Equal(events, (int)partners["events"]!);
        Assert.Contains($"{events.ToString(CultureInfo.InvariantCulture)} events of MNG, of which ", File.ReadAllText(_dir.File("report.html")), StringComparison.Ordinal);

        // The demo's partner summary and the API's partners: the same counts (one definition of visit and agreement).
        var fromDemo = demo["partner_summary"]!.AsArray().Select(p => $"{p!["partner"]} {p["events"]} {p["visits"]} {p["agreements"]} {p["first"]} {p["last"]}").ToList();
        var fromApi = partners["partners"]!.AsArray().Select(p => $"{p!["partner"]} {p["events"]} {p["visits"]} {p["agreements"]} {p["first"]} {p["last"]}").ToList();
        Assert.Equal(fromDemo, fromApi);
        Assert.True(fromApi.Sum(p => int.Parse(p.Split(' ')[3], CultureInfo.InvariantCulture)) > 0, "some partner must have agreements");
    }

    [Theory]
    [InlineData("pillar=central-asia", "--pillar central-asia", "pillar")] // no actor: no country to take a framework from
    [InlineData("actor=MNG&pillar=nowhere", "--actor MNG --pillar nowhere", "pillar")]
    [InlineData("actor=KGZ&pillar=neighbours", "--actor KGZ --pillar neighbours", "actor")] // no framework for Kyrgyzstan
    [InlineData("actor=MNG&pillar=un&framework=none", "--actor MNG --pillar un --framework none", "framework")]
    [InlineData("actor=MNG&class=treaty", "--actor MNG --class treaty", "class")]
    public async Task EventsListing_RefusedFilters_RefusedByBoth(string api, string cli, string parameter)
    {
        var run = Cli(["events", .. cli.Split(' ')], expectSuccess: false);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"--{parameter}", run.Stderr, StringComparison.Ordinal);
        using var response = await _http.GetAsync(new Uri($"/api/events?{api}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(400, (int)response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.NotNull(problem["errors"]![parameter]);
    }

    private CliResult Cli(params string[] args) => Cli(args, expectSuccess: true);

    private CliResult Cli(string[] args, bool expectSuccess)
    {
        var result = CliRunner.Run(Database, args);
        if (expectSuccess)
        {
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        return result;
    }

    private async Task<JsonNode> Api(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private static JsonNode Json(CliResult result) => JsonNode.Parse(result.Stdout)!;

    private static List<string> Ids(JsonNode list) => [.. list.AsArray().Select(e => (string)e!["id"]!)];
}
