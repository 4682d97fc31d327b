using Microsoft.Playwright;

namespace Orkhon.Web.Tests;

/// <summary>
/// The dashboard's pages live in scripts loaded after app.js (dependence.js, compare.js, …). When one of them
/// arrives late — a busy machine, a slow network — the API can answer first; the first route must still wait for
/// every script, or it calls a page function that does not exist yet and the page never draws. This was the
/// intermittent "chart never appears under load" of the Dependence and Side-by-side pages.
/// </summary>
[Collection(ChromiumPages.Collection)]
public sealed class ScriptOrderTests(ServerFixture server) : ChromiumPages(server), IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("dependence.js", "#/dependence", "#dependence-chart svg")]
    [InlineData("compare.js", "#/side-by-side", "#compare-side-1 svg")]
    [InlineData("overview-chart.js", "#/", "#overview-chart")]
    public async Task APageWhoseScriptArrivesAfterTheApi_StillDraws(string script, string hash, string drawn)
    {
        var page = await Browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        // Hold the page's script back until the API has answered the first request, so that order is forced where the
        // dashboard asks the API before its scripts have all run; where it waits for them (as it must), the API is not
        // asked until the script arrives, so the hold ends after a few seconds.
        var apiAnswered = new TaskCompletionSource();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/api/countries", StringComparison.Ordinal))
            {
                apiAnswered.TrySetResult();
            }
        };
        await page.RouteAsync("**/" + script, async route =>
        {
            await Task.WhenAny(apiAnswered.Task, Task.Delay(TimeSpan.FromSeconds(3)));
            await Task.Delay(300);
            await route.ContinueAsync();
        });

        await page.GotoAsync(new Uri(Server.Address, "/" + hash).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        // Either the page draws or the status line reports an error: wait for whichever comes first.
        await page.WaitForFunctionAsync(
            "selector => document.querySelector(selector) !== null || document.getElementById('status').className === 'error'", drawn);

        var status = await page.Locator("#status").TextContentAsync();
        Assert.NotEqual("error", await page.Locator("#status").GetAttributeAsync("class"));
        Assert.True(await page.Locator(drawn).CountAsync() > 0, $"nothing drawn; status '{status}'");
        Assert.Empty(errors);
        await page.CloseAsync();
    }
}
