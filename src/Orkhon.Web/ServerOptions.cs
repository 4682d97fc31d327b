namespace Orkhon.Web;

/// <summary>How the server runs: its database, its addresses, and the token that allows writes.</summary>
public sealed record ServerOptions
{
    /// <summary>Environment variable holding the bearer token for write endpoints; unset means writes are refused.</summary>
    public const string TokenVariable = "ORKHON_API_TOKEN";

    /// <summary>Largest request body accepted, in bytes (documents are posted as text).</summary>
    public const long MaxRequestBytes = 2 * 1024 * 1024;

    public required string DatabasePath { get; init; }

    public string Urls { get; init; } = "http://127.0.0.1:5080";

    public string? ApiToken { get; init; }

    /// <summary>How long a request waits for another program's write lock before answering 503; <see cref="Storage.BusyPolicy"/> decides when null.</summary>
    public TimeSpan? BusyTimeout { get; init; }
}
