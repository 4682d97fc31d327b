using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Orkhon.Knowledge;
using Orkhon.Storage;

namespace Orkhon.Web.Tests;

/// <summary>A real Kestrel server on 127.0.0.1 (random port) over a fresh database holding the shipped knowledge base (every slice), as the command line fills it.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string Token = "test-token-4f1c";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "orkhon-web-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri Address { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string DatabasePath => Path.Combine(_dir, "orkhon.db");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        using (var store = SqliteEventStore.Open(DatabasePath))
        {
            store.SyncCuratedEvents(KnowledgeBase.Shipped.Events, KnowledgeBase.Shipped.Version);
        }

        (_app, Address) = await StartAsync(new ServerOptions { DatabasePath = DatabasePath, Urls = "http://127.0.0.1:0", ApiToken = Token });
        await OrkhonServer.WarmUpAsync(Address); // as "orkhon serve" does before announcing itself
        Client = new HttpClient { BaseAddress = Address };
    }

    /// <param name="configure">Adds to the built application before it starts (e.g. an endpoint that fails, to test the error path).</param>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(ServerOptions options, Action<WebApplication>? configure = null)
    {
        var app = OrkhonServer.Build(options);
        configure?.Invoke(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A pooled connection may still hold the file for a moment; the temp folder is cleaned later.
        }
    }
}
