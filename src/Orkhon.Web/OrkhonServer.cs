using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orkhon.Contracts;
using Orkhon.Storage;
using Orkhon.Web.Apis;

namespace Orkhon.Web;

/// <summary>
/// The HTTP server of <c>orkhon serve</c>: the JSON API under <c>/api/</c> (OpenAPI at
/// <c>/openapi/v1.json</c>, a readable page at <c>/api.html</c>) and the dashboard, all from one process.
/// Errors are RFC 7807 problem details without exception details; writes need the bearer token; no CORS;
/// only the allowed host names are answered; every response carries the security headers.
/// </summary>
public static class OrkhonServer
{
    public static WebApplication Build(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),

            // Never Development, whatever ASPNETCORE_ENVIRONMENT says: that would turn on the developer
            // exception page, which shows stack traces and build paths to whoever caused the error.
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = ServerOptions.MaxRequestBytes;
            k.AddServerHeader = false;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // First of all startup filters, ahead of the host filter that the web host's defaults put in front.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter, SecurityHeaders>());
        builder.Services.Configure<HostFilteringOptions>(o =>
        {
            o.AllowedHosts = [.. options.AllowedHosts];
            o.IncludeFailureMessage = false;
        });
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            // A server error says that it happened and nothing about where: no message, no exception, no path.
            if (c.ProblemDetails.Status >= StatusCodes.Status500InternalServerError && c.Exception is not null)
            {
                c.ProblemDetails.Detail = null;
                c.ProblemDetails.Extensions.Remove("exception");
            }
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new ExtractionGate(options));
        builder.Services.AddExceptionHandler<StoreExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // The command line's JSON settings (snake_case names), so the same record prints the same JSON on both sides.
            ContractJson.Configure(o.SerializerOptions);
        });
        // Validated and migrated once per process, before the first request; requests get pooled connections.
        builder.Services.AddSingleton(EventStores.OpenDatabase(StoreLocation.Parse(options.DatabasePath), busyTimeout: options.BusyTimeout));
        builder.Services.AddScoped<StoreAccess>();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        var writes = new WriteAccess(options.ApiToken);
        app.MapEventsApi();
        app.MapPloverEventsApi();
        app.MapCountriesApi();
        app.MapDocumentsApi(writes);
        app.MapClaimsApi();
        app.MapReferenceApi();
        app.MapAnalysisApi();
        app.MapFallback("/api/{**rest}", (string rest) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such endpoint", detail: $"/api/{rest}"));
        return app;
    }

    /// <summary>
    /// Calls the endpoints the dashboard opens with once, so their code is compiled before the first user
    /// arrives (the first page then loads in well under a second instead of waiting for the JIT).
    /// </summary>
    public static async Task WarmUpAsync(Uri address, CancellationToken cancellationToken = default)
    {
        using var client = new HttpClient { BaseAddress = address };
        foreach (var path in new[] { "/api/balance?by=year", "/api/events?actor=MNG&sort=-date&limit=10", "/api/frameworks", "/api/actors", "/index.html", "/app.js" })
        {
            using var response = await client.GetAsync(path, cancellationToken);
        }
    }
}
