using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Orkhon.Reading;

/// <summary>
/// Turns a file's bytes into text, refusing rather than guessing: UTF-8 (with or without BOM) and
/// UTF-16 with a BOM are accepted; a NUL byte marks a binary file; invalid UTF-8 is reported at its
/// byte offset and line instead of being silently replaced.
/// </summary>
public static class TextDecoder
{
    public static bool TryDecode(ReadOnlySpan<byte> bytes, string path, out string text, out ReadProblem? problem)
    {
        text = "";
        problem = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return TryDecodeUtf16(bytes, path, out text, out problem);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            problem = new ReadProblem(path, "binary file (contains a NUL byte); expected text", nul, LineAt(bytes, nul));
            return false;
        }

        // Validate first, then decode straight into the one string the document keeps: no char buffer the size
        // of the file beside it (a pooled one would also stay alive in the pool after the read).
        if (!Utf8.IsValid(bytes))
        {
            var invalid = FirstInvalidByte(bytes);
            problem = new ReadProblem(path, "invalid UTF-8; save the file as UTF-8 and try again", invalid, LineAt(bytes, invalid));
            return false;
        }

        text = Encoding.UTF8.GetString(bytes);
        return true;
    }

    // Where Utf8.ToUtf16 stops on the first ill-formed sequence, decoding through a small buffer.
    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(16 * 1024);
        try
        {
            var offset = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false);
                offset += read;
                if (status != OperationStatus.DestinationTooSmall)
                {
                    return offset;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool TryDecodeUtf16(ReadOnlySpan<byte> bytes, string path, out string text, out ReadProblem? problem)
    {
        var encoding = bytes[0] == 0xFF
            ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true)
            : new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
        try
        {
            text = encoding.GetString(bytes[2..]);
            problem = null;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = "";
            problem = new ReadProblem(path, "invalid UTF-16 text", e.Index >= 0 ? e.Index + 2 : null);
            return false;
        }
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}
