using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Orkhon.Storage;

/// <summary>Which backend a store location names.</summary>
public enum StoreBackend
{
    /// <summary>An SQLite database: a file, or one held in the process's memory (<c>:memory:NAME</c>, <see cref="SqliteMemoryDatabases"/>).</summary>
    Sqlite,

    /// <summary>A database on a PostgreSQL server.</summary>
    Postgres,
}

/// <summary>
/// Where a store lives, as given with <c>--db</c> or <c>ORKHON_DB</c>: a file path (SQLite), or a
/// <c>postgres://</c> / <c>postgresql://</c> URL (PostgreSQL), including the Unix-socket form
/// <c>postgres:///db?host=/run/postgresql</c>, or <c>:memory:</c> / <c>:memory:NAME</c> for an SQLite database
/// held in the process's memory. <see cref="Display"/> is what may be shown: never a password.
/// </summary>
public sealed class StoreLocation
{
    // The URL parameters understood, mapped onto Npgsql's settings; anything else is refused rather than ignored.
    private static readonly string[] KnownParameters = ["host", "port", "user", "password", "dbname", "sslmode", "application_name", "connect_timeout", "search_path"];

    private StoreLocation(StoreBackend backend, string target, string display, NpgsqlConnectionStringBuilder? postgres)
    {
        Backend = backend;
        Target = target;
        Display = display;
        Postgres = postgres;
    }

    public StoreBackend Backend { get; }

    /// <summary>What the backend opens: the file path, or the URL as given (credentials included; never print it).</summary>
    public string Target { get; }

    /// <summary>For people: the file path, or the server URL without its password.</summary>
    public string Display { get; }

    /// <summary>Npgsql's settings for a PostgreSQL location (null for a file).</summary>
    internal NpgsqlConnectionStringBuilder? Postgres { get; }

    /// <summary>An SQLite database held in this process's memory rather than in a file.</summary>
    public bool IsMemory => Backend == StoreBackend.Sqlite && SqliteMemoryDatabases.IsMemoryLocation(Target);

    public override string ToString() => Display;

    /// <summary>True when <paramref name="text"/> is a PostgreSQL URL rather than a file path.</summary>
    public static bool IsPostgresUrl(string text) =>
        text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="StoreException">A PostgreSQL URL that cannot be understood (<see cref="StoreErrorKind.Unusable"/>).</exception>
    public static StoreLocation Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return IsPostgresUrl(text) ? ParsePostgres(text) : new StoreLocation(StoreBackend.Sqlite, text, text, null);
    }

    private static StoreLocation ParsePostgres(string text)
    {
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal) + 3;
        var rest = text[schemeEnd..];
        var queryStart = rest.IndexOf('?', StringComparison.Ordinal);
        var query = queryStart < 0 ? "" : rest[(queryStart + 1)..];
        rest = queryStart < 0 ? rest : rest[..queryStart];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var url = ReadAuthority(text, slash < 0 ? rest : rest[..slash]);
        url.Database = slash < 0 ? "" : Uri.UnescapeDataString(rest[(slash + 1)..]);
        var builder = new NpgsqlConnectionStringBuilder();
        ReadQuery(text, query, url, builder);
        url.ApplyLibpqDefaults();
        builder.Host = url.Host;
        builder.Port = url.Port ?? (int.TryParse(Environment.GetEnvironmentVariable("PGPORT"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 5432);
        builder.Username = url.User;
        builder.Database = url.Database;
        if (url.Password is not null)
        {
            builder.Password = url.Password;
        }

        return new StoreLocation(StoreBackend.Postgres, text, Shown(url, builder), builder);
    }

    // user:password@host:port, each part optional: host, host:port, [v6]:port, or a percent-encoded socket folder (%2Frun%2Fpostgresql).
    private static PostgresUrl ReadAuthority(string text, string authority)
    {
        var url = new PostgresUrl();
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var userInfo = authority[..at];
            authority = authority[(at + 1)..];
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            url.User = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
            url.Password = colon < 0 ? null : Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        }

        if (authority.Length > 0)
        {
            var portColon = authority.StartsWith('[') ? authority.IndexOf("]:", StringComparison.Ordinal) + 1 : authority.LastIndexOf(':');
            if (portColon > 0)
            {
                url.Port = ParsePort(text, authority[(portColon + 1)..]);
                authority = authority[..portColon];
            }

            url.Host = Uri.UnescapeDataString(authority.Trim('[', ']'));
        }

        return url;
    }

    // The URL's parameters, in order: those naming the server override the URL's parts, the others go to Npgsql's settings.
    private static void ReadQuery(string text, string query, PostgresUrl url, NpgsqlConnectionStringBuilder builder)
    {
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            switch (key)
            {
                case "host": url.Host = value; break;
                case "port": url.Port = ParsePort(text, value); break;
                case "user": url.User = value; break;
                case "password": url.Password = value; break;
                case "dbname": url.Database = value; break;
                case "sslmode":
                    builder.SslMode = Enum.TryParse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var mode)
                        ? mode : throw Invalid(text, $"sslmode '{value}' is not one of disable, allow, prefer, require, verify-ca, verify-full");
                    break;
                case "application_name": builder.ApplicationName = value; break;
                case "connect_timeout":
                    builder.Timeout = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                        ? seconds : throw Invalid(text, $"connect_timeout '{value}' is not a number of seconds");
                    break;
                case "search_path": builder.SearchPath = value; break;
                default:
                    throw Invalid(text, $"unknown parameter '{key}' (known: {string.Join(", ", KnownParameters)})");
            }
        }
    }

    // The server URL for people: no password, and the socket form for a socket folder.
    private static string Shown(PostgresUrl url, NpgsqlConnectionStringBuilder builder)
    {
        var (host, user, database) = (url.Host!, url.User!, url.Database);
        var socket = host.StartsWith('/');
        var display = socket
            ? $"postgres://{Uri.EscapeDataString(user)}@/{Uri.EscapeDataString(database)}?host={host}"
            : $"postgres://{Uri.EscapeDataString(user)}@{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{builder.Port}/{Uri.EscapeDataString(database)}";
        if (builder.SearchPath is { } searchPath)
        {
            display += (socket ? "&" : "?") + "search_path=" + Uri.EscapeDataString(searchPath);
        }

        return display;
    }

    /// <summary>The parts of a PostgreSQL URL that name the server, the user and the database, before the defaults fill the gaps.</summary>
    private sealed class PostgresUrl
    {
        public string? Host { get; set; }

        public int? Port { get; set; }

        public string? User { get; set; }

        public string? Password { get; set; }

        public string Database { get; set; } = "";

        // libpq's defaults, so a URL means what it means to psql: the PG* variables, then the local socket.
        [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Host), nameof(User))]
        public void ApplyLibpqDefaults()
        {
            Host ??= Environment.GetEnvironmentVariable("PGHOST") is { Length: > 0 } pgHost ? pgHost
                : Directory.Exists("/var/run/postgresql") ? "/var/run/postgresql" : "localhost";
            User ??= Environment.GetEnvironmentVariable("PGUSER") is { Length: > 0 } pgUser ? pgUser : Environment.UserName;
            if (Database.Length == 0)
            {
                Database = Environment.GetEnvironmentVariable("PGDATABASE") is { Length: > 0 } pgDatabase ? pgDatabase : User;
            }
        }
    }

    private static int ParsePort(string text, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw Invalid(text, $"port '{value}' is not a number from 1 to 65535");

    // The message names the URL without its password: the text as given may hold one.
    private static StoreException Invalid(string text, string why)
    {
        var shown = Regex.Replace(text, "://[^/@?]*@|password=[^&]*", m => m.Value.StartsWith("://", StringComparison.Ordinal) ? "://…@" : "password=…", RegexOptions.CultureInvariant);
        return new StoreException(StoreErrorKind.Unusable, shown, $"{shown}: not a usable PostgreSQL URL: {why}");
    }
}
