using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Orkhon.Web.Tests;

/// <summary>
/// Writers racing through <c>POST /api/documents</c>: the merge with stored events runs inside the write
/// transaction, so two articles telling one new event at the same moment still make one event.
/// </summary>
public sealed class ConcurrentIngestApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostDocuments_TenPairsTellingOneNewVisitEachAtOnce_StoreOneEventPerVisit()
    {
        const int pairs = 10;
        var texts = Enumerable.Range(1, pairs).SelectMany(day => new[]
        {
            $"Kazakh President Tokayev paid a state visit to Mongolia on {day} June 2031.",
            $"Tokayev, the president of Kazakhstan, arrived in Ulaanbaatar on {day} June 2031 for a state visit.",
        }).ToList();

        // All twenty requests wait at one gate and go together, so each pair's two merges overlap.
        using var gate = new SemaphoreSlim(0);
        var posts = texts.Select(async text =>
        {
            await gate.WaitAsync(Cancel);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { text }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.Token);
            using var response = await server.Client.SendAsync(request, Cancel);
            return response.StatusCode;
        }).ToList();
        gate.Release(texts.Count);
        Assert.All(await Task.WhenAll(posts), status => Assert.Equal(HttpStatusCode.Created, status));

        var body = await server.Client.GetStringAsync("/api/events?actor=KAZ&partner=MNG&from=2031&limit=1000", Cancel);
        var events = JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(pairs, events.Count);
        Assert.Equal(pairs, events.Select(e => e.GetProperty("date").GetString()).Distinct().Count());
    }
}
