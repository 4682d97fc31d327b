using System.Diagnostics;

namespace Orkhon.Tests.Cli;

/// <summary>
/// Runs the real <c>orkhon</c> as a user without write permission where file modes say so. Tests (and CI)
/// often run as root, for whom permission bits mean nothing; then the program runs as <c>nobody</c> via
/// util-linux's <c>setpriv</c>, from a world-readable copy of the build output when the build folder is
/// not reachable for that user.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal static class AsUnprivilegedUser
{
    private const string Nobody = "65534";

    private static readonly Lazy<string> s_cliDll = new(FindRunnableCli);

    public static bool IsRoot => Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root" || GetUid() == 0;

    public static CliResult Run(string database, params string[] args)
    {
        if (!IsRoot)
        {
            return CliRunner.Run(database, args);
        }

        var info = Command(s_cliDll.Value, args);
        info.Environment["ORKHON_DB"] = database;
        using var process = Process.Start(info)!;
        return CliRunner.Collect(process, args);
    }

    private static ProcessStartInfo Command(string cliDll, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("setpriv")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var a in new[] { $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "dotnet", cliDll })
        {
            info.ArgumentList.Add(a);
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["HOME"] = "/tmp";
        info.Environment["DOTNET_CLI_HOME"] = "/tmp";
        info.Environment["NO_COLOR"] = "1";
        info.Environment["COLUMNS"] = "200";
        return info;
    }

    private static string FindRunnableCli()
    {
        var built = Path.Combine(AppContext.BaseDirectory, "Orkhon.Cli.dll");
        if (Probe(built))
        {
            return built;
        }

        // The build folder sits under a path the unprivileged user cannot enter: run a readable copy.
        var copy = Path.Combine(Path.GetTempPath(), "orkhon-tests-cli-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(AppContext.BaseDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var folder in Directory.EnumerateDirectories(copy, "*", SearchOption.AllDirectories).Append(copy))
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        }

        var dll = Path.Combine(copy, "Orkhon.Cli.dll");
        Assert.True(Probe(dll), "cannot run orkhon as an unprivileged user (setpriv and a readable copy both failed)");
        return dll;
    }

    private static bool Probe(string dll)
    {
        try
        {
            using var process = Process.Start(Command(dll, ["--version"]))!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            return process.WaitForExit(TimeSpan.FromMinutes(1)) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static int GetUid()
    {
        // /proc/self/status has "Uid:\treal\teffective\t…".
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("Uid:", StringComparison.Ordinal))
            {
                return int.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return -1;
    }
}
