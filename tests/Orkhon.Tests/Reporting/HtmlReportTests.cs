using System.Diagnostics;
using Orkhon.Analysis;
using Orkhon.Analysis.Corridors;
using Orkhon.Analysis.Frameworks;
using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Reporting;
using Orkhon.Tests.Cli;

namespace Orkhon.Tests.Reporting;

public sealed class HtmlReportTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Render(IReadOnlyList<Event> events)
    {
        Assert.True(Period.TryParseWindow("2015..2022", 2025, out var before));
        Assert.True(Period.TryParseWindow("2023..2025", 2025, out var after));
        var options = new HtmlReport.Options("MNG", FrameworkCatalog.Default.Find("mongolia-2023")!, "central-asia", before, after, DateTimeOffset.UnixEpoch);
        return HtmlReport.Render(events, options, ReferenceData.Default, CameoCatalog.Default, LandNetwork.Default);
    }

    [Fact]
    public void Render_KnowledgeBase_IsSelfContainedAndTraceable()
    {
        var html = Render(KnowledgeBase.Mongolia.Events);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal); // nothing fetched from the network
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Pivot test: central-asia", html, StringComparison.Ordinal);
        // Every event is listed with an anchor, and a count links to its list.
        var visit = KnowledgeBase.Mongolia.Events.First(e => e.Source.Code == "KGZ" && e.Cameo == "042");
        Assert.Contains($"id=\"ev-{visit.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#list-2023-central-asia\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"list-2023-central-asia\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileText_IsShownAsTextNeverAsMarkupOrLinks()
    {
        var e = new Event("x\"><script>alert(1)</script>", new ActorRef("MNG"), new ActorRef("KAZ"), CameoCode.MakeVisit, FuzzyDate.OfYear(2024), null, EventOrigin.Extracted, 0.5,
            [Evidence.FromSource("javascript:alert(1)", "<img src=x onerror=alert(1)>")], null, "<b onmouseover=alert(1)>bold</b>");
        var html = Render([e]);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onmouseover", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;b onmouseover=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoEvents_StillAValidPage()
    {
        var html = Render([]);
        Assert.Contains("</html>", html, StringComparison.Ordinal);
        Assert.Contains("0 engagements", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportCommand_OpensInChromium_WithChartsDrawn()
    {
        Assert.SkipUnless(File.Exists(Chromium) || Environment.GetEnvironmentVariable("CI") == "true", $"{Chromium} is not installed (.ci/run installs it)");
        var report = _dir.File("report.html");
        var r = CliRunner.Run(_dir.File("orkhon.db"), "report", "--country", "MNG", "--out", report, "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());

        var png = _dir.File("report.png");
        var info = new ProcessStartInfo(Chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                     "--disable-sync", "--hide-scrollbars", $"--user-data-dir={_dir.File("chromium-profile")}", "--window-size=1100,1400", $"--screenshot={png}", new Uri(report).AbsoluteUri })
        {
            info.ArgumentList.Add(arg);
        }

        using (var process = Process.Start(info)!)
        {
            _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            _ = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(90)), "chromium did not finish");
        }

        var image = PngImage.Read(File.ReadAllBytes(png));
        File.Copy(png, Path.Combine(AppContext.BaseDirectory, "report-screenshot.png"), overwrite: true); // kept with the test output for a look
        // The stacked-bar chart uses the palette's first colours; a blank or unstyled page has none of them.
        var chartPixels = 0;
        for (var y = 0; y < image.Height; y += 2)
        {
            for (var x = 0; x < image.Width; x += 2)
            {
                var (red, green, blue) = image[x, y];
                if ((red, green, blue) is (0x1f, 0x77, 0xb4) or (0xd6, 0x27, 0x28) or (0x2c, 0xa0, 0x2c))
                {
                    chartPixels++;
                }
            }
        }

        Assert.True(chartPixels > 2000, $"only {chartPixels} sampled chart pixels in the screenshot");
    }
}
