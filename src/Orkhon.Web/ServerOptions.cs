namespace Orkhon.Web;

/// <summary>
/// How the server runs: its database, its addresses, the token that allows writes, the host names it
/// answers to, and the limits that bound what one unauthenticated request can cost (docs/api.md).
/// </summary>
public sealed record ServerOptions
{
    /// <summary>Environment variable holding the bearer token for write endpoints; unset means writes are refused.</summary>
    public const string TokenVariable = "ORKHON_API_TOKEN";

    /// <summary>Environment variable holding the host names the server answers to, separated by commas or semicolons.</summary>
    public const string AllowedHostsVariable = "ORKHON_ALLOWED_HOSTS";

    /// <summary>Largest request body accepted, in bytes (documents are posted as text).</summary>
    public const long MaxRequestBytes = 2 * 1024 * 1024;

    /// <summary>
    /// Default for <see cref="MaxExtractChars"/>: 256 Ki characters, a long report. Extraction costs about a
    /// second of CPU per MiB and its answer is up to ~12 times the text (every mention repeats its sentence),
    /// so this bounds one anonymous request to a fraction of a second and a few MB.
    /// </summary>
    public const int DefaultMaxExtractChars = 256 * 1024;

    /// <summary>Default for <see cref="MaxExtractMentions"/>: far more than any real article holds.</summary>
    public const int DefaultMaxExtractMentions = 2_000;

    /// <summary>Default for <see cref="MaxConcurrentExtractions"/>: anonymous extraction may occupy two cores at most.</summary>
    public const int DefaultMaxConcurrentExtractions = 2;

    /// <summary>Extraction requests that may wait for a free slot; beyond that they are refused at once (503).</summary>
    public const int MaxQueuedExtractions = 16;

    /// <summary>Default for <see cref="ExtractTimeBudget"/>: how long a caller waits for a slot and then for its answer.</summary>
    public static readonly TimeSpan DefaultExtractTimeBudget = TimeSpan.FromSeconds(10);

    /// <summary>Most rows one listing returns (<c>limit</c> on <c>/api/events</c>); larger values are refused (400).</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Most hits one full-text search returns (<c>limit</c> on <c>/api/search</c>); larger values are refused (400).</summary>
    public const int MaxSearchHits = 200;

    /// <summary>Most events one <c>/api/timeline</c> answer holds; an actor with more is refused with a pointer to paged <c>/api/events</c>.</summary>
    public const int MaxTimelineEvents = 5_000;

    /// <summary>The host names a browser may reach the server under by default: loopback only, any port.</summary>
    public static IReadOnlyList<string> LoopbackHosts { get; } = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>The store: an SQLite file path or a <c>postgres://</c> URL (see <see cref="Storage.StoreLocation"/>).</summary>
    public required string DatabasePath { get; init; }

    public string Urls { get; init; } = "http://127.0.0.1:5080";

    public string? ApiToken { get; init; }

    /// <summary>How long a request waits for another program's write lock before answering 503; <see cref="Storage.BusyPolicy"/> decides when null.</summary>
    public TimeSpan? BusyTimeout { get; init; }

    /// <summary>
    /// Host header values accepted (port ignored; <c>*.example.org</c> matches subdomains; <c>*</c> accepts
    /// any). A request for another host is refused with 400, which stops DNS-rebinding pages from reading
    /// the API through a name that resolves to the loopback address.
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = LoopbackHosts;

    /// <summary>Most characters of text <c>POST /api/extract</c> accepts (413 beyond).</summary>
    public int MaxExtractChars { get; init; } = DefaultMaxExtractChars;

    /// <summary>Most mentions one <c>POST /api/extract</c> answer carries (422 beyond: the text should be split).</summary>
    public int MaxExtractMentions { get; init; } = DefaultMaxExtractMentions;

    /// <summary>Extractions that run at once for anonymous callers; the rest wait (up to <see cref="MaxQueuedExtractions"/>) or get 503.</summary>
    public int MaxConcurrentExtractions { get; init; } = DefaultMaxConcurrentExtractions;

    /// <summary>Longest a caller of <c>/api/extract</c> waits, first for a slot, then for the extraction (503 beyond).</summary>
    public TimeSpan ExtractTimeBudget { get; init; } = DefaultExtractTimeBudget;

    /// <summary>Splits a host list as given on the command line or in <see cref="AllowedHostsVariable"/>: commas, semicolons or spaces.</summary>
    public static IReadOnlyList<string> ParseHosts(string? text) =>
        (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
