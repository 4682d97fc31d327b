using Orkhon.Reading;

namespace Orkhon.Tests.Reading;

/// <summary>
/// What <see cref="DocumentReader.ReadFile"/> does with paths that are not plain files, and with files
/// whose size cannot be trusted: it must neither block nor read past the limit.
/// </summary>
public sealed class DocumentReaderFileKindTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Task<ReadResult> Read(string path, long maxBytes = ReadOptions.DefaultMaxFileBytes) =>
        SpecialFiles.WithinHangLimit(() => DocumentReader.ReadFile(path, new ReadOptions { MaxFileBytes = maxBytes }));

    [Theory]
    [InlineData(SpecialFileKind.Fifo)]
    [InlineData(SpecialFileKind.Socket)]
    [InlineData(SpecialFileKind.LinkToDevZero)]
    public async Task ReadFile_SpecialFile_IsRefusedWithoutOpeningIt(SpecialFileKind kind)
    {
        var path = _dir.File("special.txt");
        using var special = SpecialFiles.Make(kind, path);
        var problem = (await Read(path)).Problem!;
        Assert.Equal(path, problem.Path);
        Assert.Contains("not a regular file", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFile_DirectoryNamedLikeADocument_IsRefused()
    {
        var path = _dir.File("folder.txt");
        Directory.CreateDirectory(path);
        Assert.Contains("is a directory", (await Read(path)).Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFile_LinkToItself_IsRefused()
    {
        var path = _dir.File("self.txt");
        File.CreateSymbolicLink(path, "self.txt");
        Assert.Equal("too many levels of symbolic links", (await Read(path)).Problem!.Message);
    }

    [Fact]
    public async Task ReadFile_LinkToARegularFile_IsRead()
    {
        var real = _dir.Write("real.txt", "Mongolia and Japan.");
        var link = _dir.File("link.txt");
        File.CreateSymbolicLink(link, real);
        Assert.Equal("Mongolia and Japan.", (await Read(link)).Document!.Text);
    }

    // /proc files say their size is 0: the read loop, not stat, has to find their end and hold the limit.
    [Fact]
    public async Task ReadFile_FileOfUnknownSize_IsReadToItsEnd()
    {
        // smaps of a .NET process runs to hundreds of kilobytes: past the first buffer, so growth is exercised.
        var path = _dir.File("smaps.txt");
        File.CreateSymbolicLink(path, "/proc/self/smaps");
        Assert.Equal(0, new FileInfo("/proc/self/smaps").Length);
        var document = (await Read(path)).Document!;
        Assert.True(document.Text.Length > 64 * 1024, $"{document.Text.Length} characters");
        Assert.Contains("Size:", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFile_FileOfUnknownSizeOverTheLimit_IsRefusedNamingIt()
    {
        var path = _dir.File("status.txt");
        File.CreateSymbolicLink(path, "/proc/self/status");
        var problem = (await Read(path, maxBytes: 100)).Problem!;
        Assert.Equal(path, problem.Path);
        Assert.StartsWith("file is larger than --max-size (100 bytes)", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(999, false)] // one byte short: refused from stat, before reading
    [InlineData(1000, true)] // exactly the limit is allowed
    [InlineData(1001, true)]
    [InlineData(0, false)]
    public async Task ReadFile_SizeLimit_HoldsAtTheBoundary(long maxBytes, bool read)
    {
        var path = _dir.Write("a.txt", new string('a', 1000));
        var result = await Read(path, maxBytes);
        Assert.Equal(read, result.IsSuccess);
        if (read)
        {
            Assert.Equal(1000, result.Document!.Text.Length);
        }
    }

    [Fact]
    public async Task ReadFile_EmptyFileUnderAZeroLimit_IsReadAndFoundEmpty()
    {
        var path = _dir.Write("empty.txt", "");
        Assert.Contains("empty document", (await Read(path, maxBytes: 0)).Problem!.Message, StringComparison.Ordinal);
    }
}
