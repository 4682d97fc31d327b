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
    private readonly byte[]? _expected = string.IsNullOrEmpty(token) ? null : Digest(token);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (_expected is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Writes are disabled",
                detail: $"Set {ServerOptions.TokenVariable} when starting the server to allow writes.");
        }

        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        var given = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : "";
        if (!Matches(given))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid bearer token is required");
        }

        return await next(context);
    }

    /// <summary>
    /// True when <paramref name="given"/> is the configured token. Both sides are hashed first, so the
    /// comparison always runs over 32 bytes: FixedTimeEquals on arrays of different lengths returns at
    /// once, which would tell a caller the token's length.
    /// </summary>
    public bool Matches(string given)
    {
        ArgumentNullException.ThrowIfNull(given);
        return _expected is not null && CryptographicOperations.FixedTimeEquals(Digest(given), _expected);
    }

    private static byte[] Digest(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
