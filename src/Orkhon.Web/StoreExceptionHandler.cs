using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Orkhon.Storage;

namespace Orkhon.Web;

/// <summary>
/// The database's expected failures as problem details: a writer that waited past the busy timeout, or a
/// read-only file, is 503 with a hint to retry, not a 500 — the request was refused, nothing was lost.
/// </summary>
public sealed class StoreExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>Seconds a client is asked to wait before retrying a refused write.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not StoreException store)
        {
            return false;
        }

        var (title, detail) = store.Kind switch
        {
            StoreErrorKind.Busy => ("The database is busy", "Another program held the database's write lock for too long; nothing was written. Try again."),
            StoreErrorKind.ReadOnly => ("The database is read-only", "The server's database file cannot be written; nothing was written."),
            _ => ("The database is unavailable", "The server cannot use its database."),
        };
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        if (store.Kind == StoreErrorKind.Busy)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // The exception (whose message names the server's file path) is not passed on: only the title and detail reach the client.
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = title, Detail = detail },
        });
    }
}
