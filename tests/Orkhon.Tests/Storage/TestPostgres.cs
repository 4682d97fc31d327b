using System.Diagnostics;
using Npgsql;
using Orkhon.Storage;

[assembly: AssemblyFixture(typeof(Orkhon.Tests.Storage.TestPostgres))]

namespace Orkhon.Tests.Storage;

/// <summary>
/// The PostgreSQL server the tests use: <c>ORKHON_TEST_POSTGRES</c> (a connection URL; <c>.ci/run</c> sets it),
/// else a throwaway cluster this fixture starts with <c>.ci/throwaway-postgres</c> when PostgreSQL's binaries
/// are installed, so <c>dotnet test</c> alone works on a developer machine. With neither, PostgreSQL tests
/// are skipped with the reason (and <c>.ci/run</c> counts a skip as a failure). Each test gets a schema of its
/// own (<see cref="CreateSchema"/>), so tests run in parallel on one database without seeing each other.
/// </summary>
public sealed class TestPostgres : IDisposable
{
    public const string EnvironmentVariable = "ORKHON_TEST_POSTGRES";

    private readonly Lock _lock = new();
    private string? _url;
    private string? _clusterDir;
    private string? _unavailable;

    /// <summary>The server's URL; skips the calling test when there is no server to use.</summary>
    public string Url
    {
        get
        {
            lock (_lock)
            {
                if (_url is null && _unavailable is null)
                {
                    Start();
                }
            }

            Assert.SkipWhen(_url is null, _unavailable ?? "");
            return _url!;
        }
    }

    /// <summary>A fresh, empty schema on the server, dropped when disposed; its URL selects it by search_path.</summary>
    public Schema CreateSchema()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        Execute(Url, $"CREATE SCHEMA {name}");
        return new Schema(this, name, WithParameter(Url, "search_path", name));
    }

    /// <summary>Runs SQL on its own connection (to set up what a test needs beside the store).</summary>
    public static void Execute(string url, string sql)
    {
        using var connection = Connect(url);
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }

    /// <summary>A plain Npgsql connection to <paramref name="url"/>, as another program would hold.</summary>
    public static NpgsqlConnection Connect(string url)
    {
        var settings = StoreLocation.Parse(url).Postgres!;
        settings.Pooling = false;
        var connection = new NpgsqlConnection(settings.ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        if (_clusterDir is not null)
        {
            Run("stop", _clusterDir);
        }
    }

    private void Start()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } url)
        {
            _url = url;
            return;
        }

        var script = Path.Combine(RepositoryRoot.Path, ".ci", "throwaway-postgres");
        var hasBinaries = Directory.Exists("/usr/lib/postgresql") || Environment.GetEnvironmentVariable("PATH")!.Split(':').Any(d => File.Exists(Path.Combine(d, "initdb")));
        if (!hasBinaries || !File.Exists(script))
        {
            _unavailable = $"PostgreSQL tests skipped: {EnvironmentVariable} is unset and PostgreSQL's server binaries (initdb) are not installed; set {EnvironmentVariable} to a connection URL (postgres://user@host:port/db) or install Debian's postgresql package";
            return;
        }

        // A short folder name: a Unix socket's path is limited to about 100 bytes.
        var dir = Path.Combine("/tmp", "orkhon-pg-" + Guid.NewGuid().ToString("N")[..12]);
        _clusterDir = dir;
        _url = Run("start", dir).Trim();
    }

    private static string Run(string command, string dir)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, ".ci", "throwaway-postgres"));
        info.ArgumentList.Add(command);
        info.ArgumentList.Add(dir);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"throwaway-postgres {command} did not finish");
        }

        return process.ExitCode == 0
            ? stdout.Result
            : throw new InvalidOperationException($"throwaway-postgres {command} failed (exit {process.ExitCode}): {stderr.Result}");
    }

    private static string WithParameter(string url, string name, string value) =>
        url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + name + "=" + Uri.EscapeDataString(value);

    /// <summary>One test's schema.</summary>
    public sealed class Schema(TestPostgres server, string name, string url) : IDisposable
    {
        public string Name { get; } = name;

        /// <summary>The store URL: the server's with <c>search_path</c> set to this schema.</summary>
        public string Url { get; } = url;

        public void Dispose() => Execute(server.Url, $"DROP SCHEMA {Name} CASCADE");
    }
}
