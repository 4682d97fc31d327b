using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Orkhon.Web;

/// <summary>
/// The headers every response carries, errors included. They are added as the response starts rather
/// than when the request arrives, because the exception handler clears the headers of a failed response
/// before writing its problem detail; and the middleware runs first of all (a startup filter placed ahead
/// of the host filter), so a request refused for its Host header carries them too.
/// </summary>
public sealed class SecurityHeaders : IStartupFilter
{
    /// <summary>Data is shown as text by the dashboard; the policy forbids inline and foreign scripts as a second line.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return app =>
        {
            app.Use(static (context, nextMiddleware) =>
            {
                context.Response.OnStarting(static state =>
                {
                    Apply(((HttpContext)state).Response.Headers);
                    return Task.CompletedTask;
                }, context);
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    public static void Apply(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
