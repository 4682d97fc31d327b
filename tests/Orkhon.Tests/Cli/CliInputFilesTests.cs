using System.Text.Json;
using Orkhon.Cli;
using Orkhon.Tests.Reading;

namespace Orkhon.Tests.Cli;

/// <summary>
/// <c>ingest</c> and <c>extract</c> over hostile trees, through the real program: before the walk was
/// fixed, a link loop ran for ever (2.1 GB after 6 minutes), a .txt link to /dev/zero died out of memory
/// and a FIFO hung. CliRunner kills a run that takes over two minutes; each of these takes about a second.
/// </summary>
public sealed class CliInputFilesTests : IDisposable
{
    private const string Esc = "\u001B";

    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("orkhon.db");

    public void Dispose() => _dir.Dispose();

    private CliResult Orkhon(params string[] args) => CliRunner.Run(Db, args);

    [Fact]
    public void Ingest_TreeWithLoopsLinksAndSpecialFiles_StoresEachGoodFileOnceAndWarnsAboutTheRest()
    {
        _dir.Write("d/good.txt", "Mongolia and China signed an agreement in Beijing on 3 May 2023.");
        _dir.Write("d/sub/two.md", "The Prime Minister of Japan visited Ulaanbaatar on 4 June 2023.");
        var oddName = $"d/odd{Esc}[31mred\nname.txt";
        _dir.Write(oddName, "Kazakhstan hosted the President of Mongolia in Astana on 5 July 2023.");
        Directory.CreateSymbolicLink(_dir.File("d/sub/up"), "..");
        Directory.CreateSymbolicLink(_dir.File("d/self"), ".");
        File.CreateSymbolicLink(_dir.File("d/link1.txt"), "good.txt");
        File.CreateSymbolicLink(_dir.File("d/link2.txt"), "good.txt");
        using var zero = SpecialFiles.Link(_dir.File("d/zero.txt"), "/dev/zero");
        using var fifo = SpecialFiles.Fifo(_dir.File($"d/fifo{Esc}[2J.txt"));
        using var socket = SpecialFiles.Socket(_dir.File("d/sock.txt"));

        var r = Orkhon("ingest", _dir.File("d"), "--format", "json");
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        var added = root.GetProperty("added").EnumerateArray().Select(a => a.GetProperty("path").GetString()).ToList();
        // JSON keeps the raw name (its own escaping makes it safe).
        Assert.Equal([_dir.File("d/good.txt"), _dir.File(oddName), _dir.File("d/sub/two.md")], added);
        Assert.Equal(3, root.GetProperty("skipped").GetInt32());

        Assert.DoesNotContain(Esc, r.Stderr, StringComparison.Ordinal);
        Assert.Contains($"orkhon: warning: {_dir.File("d/fifo\\x1B[2J.txt")}: a FIFO (named pipe), not a regular file: skipped", r.Stderr, StringComparison.Ordinal);
        Assert.Contains($"orkhon: warning: {_dir.File("d/sock.txt")}: a socket, not a regular file: skipped", r.Stderr, StringComparison.Ordinal);
        Assert.Contains($"orkhon: warning: {_dir.File("d/zero.txt")}: a character device, not a regular file: skipped", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Ingest_SpecialFilesNamedDirectly_AreRefusedWithExitTwoAndTheGoodFileIsStored()
    {
        var good = _dir.Write("good.txt", "Mongolia and China signed an agreement in Beijing on 3 May 2023.");
        using var zero = SpecialFiles.Link(_dir.File("zero.txt"), "/dev/zero");
        using var fifo = SpecialFiles.Fifo(_dir.File("fifo.txt"));

        var r = Orkhon("ingest", _dir.File("zero.txt"), _dir.File("fifo.txt"), good);
        Assert.True(r.ExitCode == ExitCodes.BadInput, r.ToString());
        Assert.Contains("1 added", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 failed", r.Stdout, StringComparison.Ordinal);
        Assert.Contains($"orkhon: error: {_dir.File("zero.txt")}: a character device, not a regular file: refused without reading it", r.Stderr, StringComparison.Ordinal);
        Assert.Contains($"orkhon: error: {_dir.File("fifo.txt")}: a FIFO (named pipe), not a regular file: refused without reading it", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_FileOfUnknownSizeOverMaxSize_IsRefusedNamingIt()
    {
        // A /proc file reports size 0, the case a size check before reading cannot catch.
        var good = _dir.Write("good.txt", "Mongolia and China signed an agreement in Beijing on 3 May 2023.");
        var proc = _dir.File("status.txt");
        File.CreateSymbolicLink(proc, "/proc/self/status");

        var r = Orkhon("extract", proc, good, "--max-size", "200", "--format", "jsonl");
        Assert.True(r.ExitCode == ExitCodes.BadInput, r.ToString());
        Assert.Contains($"orkhon: error: {proc}: file is larger than --max-size (200 bytes)", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("\"doc\":" + JsonSerializer.Serialize(good), r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_UnreadableFileWithEscapesAndNewlineInItsName_IsNamedEscapedOnOneLine()
    {
        var name = $"bad{Esc}[31m\r\nforged: line{Esc}[0m.txt";
        _dir.Write(name, "");

        var r = Orkhon("extract", _dir.File(name), "--explain");
        Assert.True(r.ExitCode == ExitCodes.BadInput, r.ToString());
        Assert.DoesNotContain(Esc, r.Stderr, StringComparison.Ordinal);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"orkhon: error: {_dir.File("bad\\x1B[31m\\r\\nforged: line\\x1B[0m.txt")}: empty document: no text to read", line);
    }

    [Fact]
    public void Extract_ExplainHeaderForAnOddName_IsEscaped()
    {
        var name = $"ok{Esc}]0;pwned\u0007.txt";
        _dir.Write(name, "Mongolia and China signed an agreement in Beijing on 3 May 2023.");

        var r = Orkhon("extract", _dir.File(name), "--explain", "--format", "json");
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        Assert.DoesNotContain(Esc, r.Stderr, StringComparison.Ordinal);
        Assert.Contains($"== {_dir.File("ok\\x1B]0;pwned\\x07.txt")}", r.Stderr, StringComparison.Ordinal);
    }
}
