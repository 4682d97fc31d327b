using Microsoft.Playwright;

namespace Orkhon.Web.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright against the test server: opens a dashboard page, collects console
/// errors, and saves a full-page screenshot under the test output (screenshots/NAME.png) before checking them.
/// </summary>
public abstract class ChromiumPages(ServerFixture server) : IAsyncLifetime
{
    /// <summary>
    /// The browser test classes share one xunit collection so they run one after another: two Chromiums and two
    /// servers at once on a busy 2-core machine pushed page loads past Playwright's 30 s waits.
    /// </summary>
    public const string Collection = "Chromium pages";

    private const string Chromium = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly List<string> _consoleErrors = [];

    protected ServerFixture Server { get; } = server;

    protected IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not started");

    protected static string Shots
    {
        get
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public async ValueTask InitializeAsync()
    {
        Assert.SkipUnless(File.Exists(Chromium) || Environment.GetEnvironmentVariable("CI") == "true", $"{Chromium} is not installed (.ci/run installs it)");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-gpu"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected async Task<IPage> Open(string hash)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _consoleErrors.Add(error);
        await page.GotoAsync(new Uri(Server.Address, "/" + hash).ToString());
        // Loaded: the route has run (the status is no longer "Loading…", and before the route starts it is empty)
        // and the page has drawn something or said why not.
        await page.WaitForFunctionAsync("""
            () => { const s = document.getElementById('status');
              return s.textContent !== 'Loading…' && (document.getElementById('page').childElementCount > 0 || s.className === 'error'); }
            """);
        return page;
    }

    /// <summary>
    /// Waits for <paramref name="selector"/> on a page <see cref="Open"/> has loaded; if it never appears, the page's
    /// status line and content go into the failure message. (Charts that sometimes never drew under load were pages
    /// routed before their script had run: app.js now starts after every script, see ScriptOrderTests.)
    /// </summary>
    protected static async Task WaitForChart(IPage page, string selector)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            await page.WaitForSelectorAsync(selector, new PageWaitForSelectorOptions { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            var state = await page.EvaluateAsync<string>("() => `status '${document.getElementById('status').textContent}' (${document.getElementById('status').className}), hash ${location.hash}, page: ${document.getElementById('page').innerHTML.slice(0, 400)}`");
            Assert.Fail($"{selector} did not appear in 60 s. {state}");
        }
    }

    protected async Task Finish(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
        Assert.True(_consoleErrors.Count == 0, string.Join("\n", _consoleErrors));
        Assert.DoesNotContain("error", await page.Locator("#status").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        await page.CloseAsync();
    }
}
