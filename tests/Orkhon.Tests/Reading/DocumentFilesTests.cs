using Orkhon.Reading;

namespace Orkhon.Tests.Reading;

/// <summary>
/// The walk over the paths a user gives: before it, an <c>up -> ..</c> link made ingest run for ever,
/// a link to /dev/zero ran out of memory and a FIFO hung. Every walk here runs under a hang limit.
/// </summary>
public sealed class DocumentFilesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string P(string relative) => _dir.File(relative);

    private static Task<DocumentFileSet> Find(params string[] paths) => SpecialFiles.WithinHangLimit(() => DocumentFiles.Find(paths));

    [Fact]
    public async Task Find_UpLinkLoop_VisitsEachDirectoryOnce()
    {
        _dir.Write("d/a.txt", "a");
        _dir.Write("d/sub/b.txt", "b");
        Directory.CreateSymbolicLink(P("d/sub/up"), "..");
        var found = await Find(P("d"));
        Assert.Equal([P("d/a.txt"), P("d/sub/b.txt")], found.Files);
        Assert.Empty(found.Problems);
        Assert.Empty(found.Warnings);
    }

    [Fact]
    public async Task Find_SelfLinkedDirectory_ListsTheFileOnce()
    {
        _dir.Write("d/a.txt", "a");
        Directory.CreateSymbolicLink(P("d/self"), ".");
        Directory.CreateSymbolicLink(P("d/again"), P("d"));
        var found = await Find(P("d"));
        Assert.Equal([P("d/a.txt")], found.Files);
    }

    [Fact]
    public async Task Find_LinksToAFileBesideIt_TakesTheRealPathOnce()
    {
        _dir.Write("d/z.txt", "z");
        File.CreateSymbolicLink(P("d/a.txt"), "z.txt");
        File.CreateSymbolicLink(P("d/b.txt"), P("d/z.txt"));
        var found = await Find(P("d"));
        Assert.Equal([P("d/z.txt")], found.Files);
    }

    [Fact]
    public async Task Find_TwoLinksToAFileOutside_TakesTheFirstLinkOnce()
    {
        _dir.Write("outside/real.txt", "r");
        Directory.CreateDirectory(P("d"));
        File.CreateSymbolicLink(P("d/l2.txt"), P("outside/real.txt"));
        File.CreateSymbolicLink(P("d/l1.txt"), P("outside/real.txt"));
        var found = await Find(P("d"));
        Assert.Equal([P("d/l1.txt")], found.Files);
    }

    [Fact]
    public async Task Find_LinkToADirectorySortingFirst_ListsFilesUnderTheRealPath()
    {
        // "a" sorts before "b", but the walk finishes what it can reach without links first.
        _dir.Write("d/b/x.txt", "x");
        Directory.CreateSymbolicLink(P("d/a"), "b");
        var found = await Find(P("d"));
        Assert.Equal([P("d/b/x.txt")], found.Files);
    }

    [Fact]
    public async Task Find_LinkToADirectoryOutside_IsFollowed()
    {
        _dir.Write("outside/x.txt", "x");
        Directory.CreateDirectory(P("d"));
        Directory.CreateSymbolicLink(P("d/more"), P("outside"));
        var found = await Find(P("d"));
        Assert.Equal([P("d/more/x.txt")], found.Files);
    }

    [Fact]
    public async Task Find_TheSameFilesNamedSeveralWays_ListsEachOnce()
    {
        _dir.Write("d/a.txt", "a");
        _dir.Write("d/sub/b.txt", "b");
        var found = await Find(P("d"), P("d/sub"), P("d/a.txt"), P("d/sub/../a.txt"));
        Assert.Equal([P("d/a.txt"), P("d/sub/b.txt")], found.Files);
    }

    [Fact]
    public async Task Find_Order_IsOrdinalWithinADirectoryAndAsGivenAcrossPaths()
    {
        _dir.Write("d/b.txt", "b");
        _dir.Write("d/a/z.md", "z");
        _dir.Write("d/A.txt", "A");
        _dir.Write("e/c.txt", "c");
        var found = await Find(P("e"), P("d"));
        Assert.Equal([P("e/c.txt"), P("d/A.txt"), P("d/a/z.md"), P("d/b.txt")], found.Files);
    }

    [Theory]
    [InlineData(SpecialFileKind.Fifo)]
    [InlineData(SpecialFileKind.Socket)]
    [InlineData(SpecialFileKind.LinkToDevZero)]
    public async Task Find_SpecialFileInADirectory_IsSkippedWithAWarning(SpecialFileKind kind)
    {
        _dir.Write("d/good.txt", "good");
        using var special = SpecialFiles.Make(kind, P("d/special.txt"));
        var found = await Find(P("d"));
        Assert.Equal([P("d/good.txt")], found.Files);
        Assert.Empty(found.Problems);
        var warning = Assert.Single(found.Warnings);
        Assert.Equal(P("d/special.txt"), warning.Path);
        Assert.Contains("not a regular file", warning.Message, StringComparison.Ordinal);
        Assert.Equal(1, found.Skipped);
    }

    [Theory]
    [InlineData(SpecialFileKind.Fifo, "FIFO")]
    [InlineData(SpecialFileKind.Socket, "socket")]
    [InlineData(SpecialFileKind.LinkToDevZero, "character device")]
    public async Task Find_SpecialFileNamed_IsAProblem(SpecialFileKind kind, string described)
    {
        var good = _dir.Write("good.txt", "good");
        using var special = SpecialFiles.Make(kind, P("special.txt"));
        var found = await Find(P("special.txt"), good);
        Assert.Equal([good], found.Files);
        var problem = Assert.Single(found.Problems);
        Assert.Equal(P("special.txt"), problem.Path);
        Assert.Contains(described, problem.Message, StringComparison.Ordinal);
        Assert.Contains("not a regular file", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_SpecialFileOfAnotherType_IsSkippedQuietly()
    {
        // Not named like a document, so it would never have been read: counted, not warned about.
        _dir.Write("d/good.txt", "good");
        using var fifo = SpecialFiles.Fifo(P("d/control.pipe"));
        var found = await Find(P("d"));
        Assert.Equal([P("d/good.txt")], found.Files);
        Assert.Empty(found.Warnings);
        Assert.Equal(1, found.Skipped);
    }

    [Fact]
    public async Task Find_BrokenAndLoopingLinks_AreSkippedWithAWarning()
    {
        _dir.Write("d/good.txt", "good");
        File.CreateSymbolicLink(P("d/broken.txt"), "nowhere.txt");
        File.CreateSymbolicLink(P("d/loop.txt"), "loop.txt");
        var found = await Find(P("d"));
        Assert.Equal([P("d/good.txt")], found.Files);
        Assert.Collection(found.Warnings,
            w => Assert.Equal((P("d/broken.txt"), "no such file or directory: skipped"), (w.Path, w.Message)),
            w => Assert.Equal((P("d/loop.txt"), "too many levels of symbolic links: skipped"), (w.Path, w.Message)));
        Assert.Equal(2, found.Skipped);
    }

    [Fact]
    public async Task Find_MissingPath_IsAProblem()
    {
        var found = await Find(P("nothing.txt"));
        Assert.Empty(found.Files);
        Assert.Equal("no such file or directory", Assert.Single(found.Problems).Message);
    }

    [Fact]
    public async Task Find_OtherTypesAndHiddenEntries_AreLeftOut()
    {
        _dir.Write("d/a.txt", "a");
        _dir.Write("d/notes.pdf", "%PDF");
        _dir.Write("d/.hidden.txt", "h");
        _dir.Write("d/.git/x.md", "x");
        var found = await Find(P("d"));
        Assert.Equal([P("d/a.txt")], found.Files);
        Assert.Equal(1, found.Skipped);
    }

    [Fact]
    public async Task Find_NamedFileOfAnotherType_IsKeptForTheReaderToRefuse()
    {
        var pdf = _dir.Write("notes.pdf", "%PDF");
        var found = await Find(pdf);
        Assert.Equal([pdf], found.Files);
    }
}
