using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Orkhon.Analysis;
using Orkhon.Analysis.Corridors;
using Orkhon.Analysis.Frameworks;
using Orkhon.Knowledge;
using Orkhon.Reporting;

namespace Orkhon.Web.Tests;

/// <summary>
/// What the charts draw, checked on the drawn elements: the overview's continuous year axis and its counts,
/// the timeline's lanes and legend, corridors along their waypoints with the map's scales, and the
/// comparison view. Each test saves a screenshot (screenshots/chart-*.png) for a person to look at.
/// </summary>
[Collection(ChromiumPages.Collection)]
public sealed class DashboardChartTests(ServerFixture server) : ChromiumPages(server), IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Overview_YearAxisIsContinuous_WithACountOnEveryBar()
    {
        var rows = await Server.Client.GetFromJsonAsync<JsonElement>("/api/balance?country=MNG&by=year", TestContext.Current.CancellationToken);
        var withEvents = rows.EnumerateArray().Where(r => r.GetProperty("events").GetInt32() > 0).ToList();
        var first = int.Parse(withEvents[0].GetProperty("period").GetProperty("label").GetString()!, CultureInfo.InvariantCulture);
        var last = int.Parse(withEvents[^1].GetProperty("period").GetProperty("label").GetString()!, CultureInfo.InvariantCulture);
        var page = await Open("#/");
        await page.WaitForSelectorAsync("#overview-chart");

        // One tick and one count per year of the span, empty years included, in order.
        Assert.Equal(last - first + 1, await page.Locator("#overview-chart .x-axis .tick").CountAsync());
        var counts = await page.Locator("#overview-chart text.bar-count").AllTextContentsAsync();
        Assert.Equal(last - first + 1, counts.Count);
        var expected = Enumerable.Range(first, last - first + 1)
            .Select(y => rows.EnumerateArray().FirstOrDefault(r => r.GetProperty("period").GetProperty("label").GetString() == y.ToString(CultureInfo.InvariantCulture)))
            .Select(r => r.ValueKind == JsonValueKind.Undefined ? "0" : r.GetProperty("events").GetInt32().ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected, counts);
        Assert.True(await page.Locator("#overview-legend span i").CountAsync() >= 5);
        await Finish(page, "chart-overview");
    }

    [Fact]
    public async Task Timeline_LanesByPillarOrPartner_WithAxisTitlesAndLegend()
    {
        var page = await Open("#/timeline");
        await page.WaitForSelectorAsync("#timeline-chart svg");
        var lanes = await page.Locator("#timeline-chart .y-axis .tick text").AllTextContentsAsync();
        Assert.Contains("neighbours", lanes);
        Assert.Contains("central-asia", lanes);
        Assert.Contains("Rows: Pillar of", await page.Locator("#timeline-chart .lane-title").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("#timeline-legend span i").CountAsync());
        // Every dot sits inside its lane's band.
        var outside = await page.EvaluateAsync<int>("""
            () => { const bands = [...document.querySelectorAll('#timeline-chart .lanes rect')].map(r => [+r.getAttribute('y'), +r.getAttribute('y') + +r.getAttribute('height')]);
              return [...document.querySelectorAll('#timeline-chart circle')].filter(c => !bands.some(([a, b]) => +c.getAttribute('cy') >= a && +c.getAttribute('cy') <= b)).length; }
            """);
        Assert.Equal(0, outside);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "chart-timeline-pillar.png"), FullPage = true });

        await page.SelectOptionAsync("#f-lanes", "partner");
        await page.WaitForFunctionAsync("() => document.querySelector('#timeline-chart .lane-title')?.textContent.startsWith('Rows: Partner')");
        var partners = await page.Locator("#timeline-chart .y-axis .tick text").AllTextContentsAsync();
        Assert.Contains("RUS", partners);
        Assert.Contains("CHN", partners);
        await Finish(page, "chart-timeline-partner");
    }

    [Fact]
    public async Task Map_CorridorsFollowTheirWaypoints_WithScalesAndLegend()
    {
        var corridors = await Server.Client.GetFromJsonAsync<JsonElement>("/api/corridors?from=MNG", TestContext.Current.CancellationToken);
        var routed = corridors.GetProperty("routes").EnumerateArray().Where(r => r.GetProperty("waypoints").GetArrayLength() > 2).Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.True(routed.Count >= 8);
        var page = await Open("#/map");
        await page.WaitForSelectorAsync("#map path.corridor");
        foreach (var id in routed)
        {
            var points = await page.Locator($"#map path.corridor[data-route='{id}']").GetAttributeAsync("data-points");
            Assert.True(int.Parse(points!, CultureInfo.InvariantCulture) > 2, $"{id} drawn with {points} points");
        }

        var legend = await page.Locator("#map-legend").InnerTextAsync();
        foreach (var kind in new[] { "railway", "road", "freight-route", "economic-corridor", "border-crossing" })
        {
            Assert.Contains(kind, legend, StringComparison.Ordinal);
        }

        Assert.True(await page.Locator("#map .shade-legend .tick").CountAsync() >= 2); // the colour scale has values
        var placedCrossings = corridors.GetProperty("routes").EnumerateArray()
            .Count(r => r.GetProperty("kind").GetString() == "border-crossing" && r.GetProperty("waypoints").GetArrayLength() > 0);
        Assert.InRange(placedCrossings, 1, 100);
        Assert.Equal(placedCrossings, await page.Locator("#map circle.crossing").CountAsync());
        await Finish(page, "chart-map");
    }

    [Fact]
    public async Task Compare_TwoPeriodsSideBySide_WithCountsIntervalsAndTooFewFlags()
    {
        var page = await Open("#/side-by-side");
        await WaitForChart(page, "#compare-side-1 svg");
        var pillars = (await Server.Client.GetFromJsonAsync<JsonElement>("/api/balance?country=MNG&by=window&window=2010..2016", TestContext.Current.CancellationToken))[0]
            .GetProperty("pillars").GetArrayLength();
        foreach (var side in new[] { "#compare-side-0", "#compare-side-1" })
        {
            Assert.Equal(pillars, await page.Locator($"{side} rect.share").CountAsync());
            Assert.Equal(pillars, await page.Locator($"{side} text.share-label").CountAsync());
            Assert.All(await page.Locator($"{side} text.share-label").AllTextContentsAsync(), t => Assert.Contains("n = ", t, StringComparison.Ordinal));
        }

        Assert.True(await page.Locator("#compare-side-1 line.ci").CountAsync() > 0);
        Assert.Contains("2017..2024", await page.Locator("#compare-side-1 .compare-title").TextContentAsync() ?? "", StringComparison.Ordinal);

        // A one-year window early in the record is thin: the side says so instead of showing shares.
        await page.FillAsync("#compare-window-0", "1991..1991");
        await page.Locator("#compare-window-0").DispatchEventAsync("change");
        await page.WaitForFunctionAsync("() => document.querySelector('#compare-side-0 .compare-title')?.textContent.includes('1991')");
        Assert.Contains("too few events", await page.Locator("#compare-side-0").InnerTextAsync(), StringComparison.Ordinal);
        await Finish(page, "chart-compare");
    }

    [Fact]
    public async Task Report_PartnerLabelsFitTheChart_AndNoLocalPathIsPrinted()
    {
        var mongolia = FrameworkCatalog.Default.Find("mongolia-2023")!;
        Assert.True(Period.TryParseWindow("2015..2022", 2025, out var before));
        Assert.True(Period.TryParseWindow("2023..2025", 2025, out var after));
        var options = new HtmlReport.Options("MNG", mongolia, "central-asia", before, after, DateTimeOffset.UnixEpoch);
        var html = HtmlReport.Render(KnowledgeBase.Mongolia.Events, options, ReferenceData.Default, CameoCatalog.Default, LandNetwork.Default);
        var file = Path.Combine(Shots, "report.html");
        await File.WriteAllTextAsync(file, html, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(Server.DatabasePath, html, StringComparison.Ordinal);
        Assert.DoesNotContain("orkhon.db", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" from /", html, StringComparison.Ordinal);

        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } });
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        // Every label of the partner chart starts inside its drawing (a clipped label has a negative x).
        var clipped = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('svg[aria-label^="Engagements per partner"] text[text-anchor="end"]')]
              .filter(t => t.getBBox().x < 0).map(t => t.textContent)
            """);
        Assert.Empty(clipped);
        Assert.Equal(20, await page.Locator("svg[aria-label^='Engagements per partner'] rect").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "report.png"), FullPage = true });
        // The full page is long (the evidence table); the charts get their own pictures, readable at full size.
        await page.Locator("svg[aria-label^='Engagements per partner']").ScreenshotAsync(new() { Path = Path.Combine(Shots, "report-partners.png") });
        await page.Locator("svg[aria-label^='Share of engagements by pillar']").ScreenshotAsync(new() { Path = Path.Combine(Shots, "report-shares.png") });
        Assert.True(await page.Locator("svg[aria-label^='Share of engagements by pillar'] text.bar-count").CountAsync() > 10);
        await page.CloseAsync();
    }
}
