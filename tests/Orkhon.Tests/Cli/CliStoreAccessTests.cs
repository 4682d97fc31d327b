using Orkhon.Tests.Storage;

namespace Orkhon.Tests.Cli;

/// <summary>
/// The store's access rules as a user meets them through the real program: reading verbs beside a
/// writer, a writer that waits too long, and a database the user may only read.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class CliStoreAccessTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string InitDatabase()
    {
        var db = _dir.File("orkhon.db");
        var init = CliRunner.Run(db, "init");
        Assert.True(init.ExitCode == 0, init.ToString());
        return db;
    }

    [Fact]
    public void Events_WhileAnotherProgramHoldsTheWriteLock_Answers()
    {
        var db = InitDatabase();
        using var writer = WriteLock.Hold(db);
        // A reader that queued behind the writer would wait the whole busy timeout (5 minutes), past
        // CliRunner's two-minute limit, and fail; one that does not wait answers in seconds.
        var result = CliRunner.Run(db, new Dictionary<string, string> { ["ORKHON_BUSY_TIMEOUT"] = "300" }, "events", "--actor", "MNG", "--limit", "3", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\"id\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_WriteLockHeldPastTheTimeout_ExitsBusyWithOneLineAndStoresNothing()
    {
        var db = InitDatabase();
        var file = _dir.Write("in/a.txt", "Mongolia and Japan signed an accord on 3 March 2025.");
        CliResult result;
        using (WriteLock.Hold(db))
        {
            result = CliRunner.Run(db, new Dictionary<string, string> { ["ORKHON_BUSY_TIMEOUT"] = "1" }, "ingest", file);
        }

        Assert.True(result.ExitCode == 5, result.ToString());
        Assert.Contains("busy", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        var count = CliRunner.Run(db, "events", "--origin", "extracted", "--format", "json");
        Assert.True(count.ExitCode == 0, count.ToString());
        Assert.Equal("[]", count.Stdout.Trim());
    }

    [Fact]
    public void Verbs_OnAFileAndFolderTheUserMayOnlyRead_ReadButRefuseToWrite()
    {
        var db = InitDatabase();
        var folder = Path.GetDirectoryName(db)!;
        var article = _dir.Write("article.txt", "Mongolia and Japan signed an accord on 3 March 2025.");
        File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            // After a clean close SQLite removed its -wal and -shm files, and none can be created here.
            Assert.False(File.Exists(db + "-wal"));
            var before = File.ReadAllBytes(db);

            var events = AsUnprivilegedUser.Run(db, "events", "--actor", "MNG", "--limit", "3", "--format", "json");
            Assert.True(events.ExitCode == 0, events.ToString());
            Assert.Contains("\"id\"", events.Stdout, StringComparison.Ordinal);

            var balance = AsUnprivilegedUser.Run(db, "balance", "--by", "year", "--format", "json");
            Assert.True(balance.ExitCode == 0, balance.ToString());

            var ingest = AsUnprivilegedUser.Run(db, "ingest", article);
            Assert.True(ingest.ExitCode == 3, ingest.ToString());
            Assert.Contains("read-only", ingest.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", ingest.Stderr, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllBytes(db));
        }
        finally
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
            File.SetUnixFileMode(db, (UnixFileMode)0b110_100_100);
        }
    }
}
