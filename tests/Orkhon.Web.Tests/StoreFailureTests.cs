using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Orkhon.Knowledge;
using Orkhon.Storage;

namespace Orkhon.Web.Tests;

/// <summary>The server beside other programs on its database: reads never wait, a starved write is a 503, not a 500.</summary>
public sealed class StoreFailureTests : IDisposable
{
    private const string Token = "store-failure-token-8b1";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "orkhon-web-tests", Guid.NewGuid().ToString("N"));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A pooled connection may still hold the file for a moment; the temp folder is cleaned later.
        }
    }

    [Fact]
    public async Task WhileAnotherProgramHoldsTheWriteLock_ReadsAnswerAndWritesGet503WithRetryAfter()
    {
        Directory.CreateDirectory(_dir);
        var db = Path.Combine(_dir, "orkhon.db");
        using (var store = SqliteEventStore.Open(db))
        {
            store.SyncCuratedEvents(KnowledgeBase.Mongolia.Events, KnowledgeBase.Mongolia.Version);
        }

        var (app, address) = await ServerFixture.StartAsync(new ServerOptions { DatabasePath = db, Urls = "http://127.0.0.1:0", ApiToken = Token, BusyTimeout = TimeSpan.FromSeconds(1) });
        await using var _ = app;
        using var http = new HttpClient { BaseAddress = address };
        using var holder = new SqliteConnection($"Data Source={db};Pooling=False");
        holder.Open();
        using (var cmd = holder.CreateCommand())
        {
            cmd.CommandText = "BEGIN IMMEDIATE; INSERT INTO meta (key, value) VALUES ('lock-holder', 'test');";
            cmd.ExecuteNonQuery();
        }

        using (var read = await http.GetAsync("/api/events?actor=MNG&limit=5", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { text = "Mongolia and Japan signed an accord on 3 March 2025." }) };
        request.Headers.Authorization = new("Bearer", Token);
        using var write = await http.SendAsync(request, Cancel);
        var body = await write.Content.ReadAsStringAsync(Cancel);
        Assert.True(write.StatusCode == HttpStatusCode.ServiceUnavailable, body);
        Assert.NotNull(write.Headers.RetryAfter);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("The database is busy", problem.GetProperty("title").GetString());
        Assert.DoesNotContain(db, body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);

        // Once the other program lets go, the same write goes through.
        using (var rollback = holder.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            rollback.ExecuteNonQuery();
        }

        using var again = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { text = "Mongolia and Japan signed an accord on 3 March 2025." }) };
        again.Headers.Authorization = new("Bearer", Token);
        using var retried = await http.SendAsync(again, Cancel);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
    }
}
