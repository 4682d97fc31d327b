using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orkhon.Storage;
using Orkhon.Web.Apis;

namespace Orkhon.Web;

/// <summary>
/// The HTTP server of <c>orkhon serve</c>: the JSON API under <c>/api/</c> (OpenAPI at
/// <c>/openapi/v1.json</c>, a readable page at <c>/api.html</c>) and the dashboard, all from one process.
/// Errors are RFC 7807 problem details; writes need the bearer token; no CORS.
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
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = ServerOptions.MaxRequestBytes);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<StoreExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // The same snake_case names as the command line's JSON; infinite rate ratios are written as strings.
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        });
        // Validated and migrated once per process, before the first request; requests get pooled connections.
        builder.Services.AddSingleton(SqliteDatabase.Open(options.DatabasePath, busyTimeout: options.BusyTimeout));
        builder.Services.AddScoped<StoreAccess>();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            // Data is shown as text by the dashboard; the policy forbids inline and foreign scripts as a second line.
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        var writes = new WriteAccess(options.ApiToken);
        app.MapEventsApi();
        app.MapDocumentsApi(writes);
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
