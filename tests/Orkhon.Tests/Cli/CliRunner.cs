using System.Diagnostics;

namespace Orkhon.Tests.Cli;

/// <summary>Runs the real <c>orkhon</c> program in a child process, as a user would, against a given database.</summary>
internal static class CliRunner
{
    private static readonly string s_cliDll = Path.Combine(AppContext.BaseDirectory, "Orkhon.Cli.dll");

    public static CliResult Run(string database, params string[] args) => Run(database, environment: null, args);

    public static CliResult Run(string database, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(database, environment, args);
        return Collect(process, args);
    }

    /// <summary>
    /// Waits for a started <c>orkhon</c> and returns what it printed. Ten minutes is a hang guard, not a speed limit:
    /// the 24 MB re-ingest of the crash test took over two minutes on a 2-core machine at load average 30.
    /// </summary>
    public static CliResult Collect(Process process, IEnumerable<string> args)
    {
        ArgumentNullException.ThrowIfNull(process);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("orkhon " + string.Join(' ', args) + " did not finish");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static Process Start(string database, params string[] args) => Start(database, environment: null, args);

    /// <summary>Starts the program with extra environment variables (e.g. the API token, a short busy timeout).</summary>
    public static Process Start(string database, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(s_cliDll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["ORKHON_DB"] = database;
        info.Environment["NO_COLOR"] = "1";
        info.Environment["COLUMNS"] = "200";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return Process.Start(info)!;
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
