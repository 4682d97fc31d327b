using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Orkhon.Web;

/// <summary>
/// The rule for write endpoints: a bearer token equal to <c>ORKHON_API_TOKEN</c>. With no token configured
/// every write is refused (403); a missing or wrong token is 401. Compared in constant time.
/// </summary>
public sealed class WriteAccess(string? token) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (string.IsNullOrEmpty(token))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Writes are disabled",
                detail: $"Set {ServerOptions.TokenVariable} when starting the server to allow writes.");
        }

        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        var given = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : "";
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(token)))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid bearer token is required");
        }

        return await next(context);
    }
}
