using System.Text;
using Orkhon.Reading;

namespace Orkhon.Tests.Reading;

public sealed class StreamedUtf8FileTests
{
    // Over the streaming threshold, with two-, three- and four-byte sequences at every offset modulo the 64 KiB chunk.
    private static byte[] LargeUtf8()
    {
        var text = new StringBuilder();
        var (line, bytes) = (0, 0L);
        while (bytes < StreamedUtf8File.SmallestStreamedBytes)
        {
            var next = $"Ulaanbaatar – “Өргөө” 𝐀 talks, line {line++}.\n";
            text.Append(next);
            bytes += Encoding.UTF8.GetByteCount(next);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public void TryRead_LargeUtf8_GivesTheTextTheWholeReadGives()
    {
        using var dir = new TempDirectory();
        var bytes = LargeUtf8();
        var path = dir.WriteBytes("large.txt", bytes);
        Assert.Equal(Encoding.UTF8.GetString(bytes), StreamedUtf8File.TryRead(path, long.MaxValue));
    }

    [Fact]
    public void TryRead_ByteOrderMark_IsDropped()
    {
        using var dir = new TempDirectory();
        var bytes = LargeUtf8();
        var path = dir.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. bytes]);
        Assert.Equal(Encoding.UTF8.GetString(bytes), StreamedUtf8File.TryRead(path, long.MaxValue));
    }

    [Fact]
    public void TryRead_SmallFile_LeavesItToTheWholeRead()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("small.txt", "Mongolia joined the WTO in 1997.\n");
        Assert.Null(StreamedUtf8File.TryRead(path, long.MaxValue));
    }

    [Theory]
    [InlineData(0)]       // a NUL byte: a binary file
    [InlineData(0xFF)]    // a byte no UTF-8 sequence holds
    [InlineData(0xC3)]    // a lead byte whose sequence the next byte, ASCII, breaks
    public void TryRead_ProblemInTheMiddle_LeavesItToTheWholeRead(byte bad)
    {
        using var dir = new TempDirectory();
        var bytes = LargeUtf8();
        bytes[bytes.Length / 2 / 64 * 64] = bad;
        var path = dir.WriteBytes("bad.txt", bytes);
        Assert.Null(StreamedUtf8File.TryRead(path, long.MaxValue));
        // The whole read then names the problem as it always did.
        Assert.False(DocumentReader.ReadFile(path).IsSuccess);
    }

    [Fact]
    public void TryRead_SequenceCutOffByTheEnd_LeavesItToTheWholeRead()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("cut.txt", [.. LargeUtf8(), 0xE2, 0x80]);
        Assert.Null(StreamedUtf8File.TryRead(path, long.MaxValue));
        Assert.Contains("invalid UTF-8", DocumentReader.ReadFile(path).Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_Utf16_LeavesItToTheWholeRead()
    {
        using var dir = new TempDirectory();
        var text = Encoding.UTF8.GetString(LargeUtf8());
        var path = dir.WriteBytes("u16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        Assert.Null(StreamedUtf8File.TryRead(path, long.MaxValue));
        Assert.Equal(text, DocumentReader.ReadFile(path).Document!.Text);
    }

    [Fact]
    public void TryRead_OverTheLimit_LeavesItToTheWholeRead()
    {
        using var dir = new TempDirectory();
        var bytes = LargeUtf8();
        var path = dir.WriteBytes("large.txt", bytes);
        Assert.Null(StreamedUtf8File.TryRead(path, bytes.Length - 1));
        Assert.Equal(Encoding.UTF8.GetString(bytes), StreamedUtf8File.TryRead(path, bytes.Length));
    }
}
