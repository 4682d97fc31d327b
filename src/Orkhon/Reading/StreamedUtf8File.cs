using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Unicode;
using Mono.Unix;

namespace Orkhon.Reading;

/// <summary>
/// Decodes a large UTF-8 file straight into the one string a document keeps, in two passes over the file through a
/// small buffer (count the characters, then decode into a string of that length), so that the file's bytes are never
/// held whole beside the text: a 64 MB document then costs its text, not its text and its bytes. Anything out of the
/// ordinary — a UTF-16 byte-order mark, a NUL byte, an ill-formed sequence, a file that outgrew the limit or changed
/// between the passes, a read error — gives null, and the caller reads the whole file as before, so every problem is
/// still reported in the same words, at the same offset and line.
/// </summary>
internal static class StreamedUtf8File
{
    /// <summary>Below this size one read of the whole file costs less than two passes, and its bytes are no burden.</summary>
    public const long SmallestStreamedBytes = 1024 * 1024;

    private const int ChunkBytes = 64 * 1024;

    public static string? TryRead(string path, long maxBytes)
    {
        if (!BoundedFile.TryOpen(path, maxBytes, out var stream, out var sizeHint, out _))
        {
            return null;
        }

        using (stream)
        {
            if (sizeHint < SmallestStreamedBytes)
            {
                return null;
            }

            var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
            var scratch = ArrayPool<char>.Shared.Rent(ChunkBytes);
            try
            {
                var (chars, bytes) = Decode(stream, buffer, scratch, counting: true, maxBytes);
                if (chars < 0 || chars > int.MaxValue)
                {
                    return null;
                }

                stream.Seek(0, SeekOrigin.Begin);
                var same = new StrongBox<bool>();
                var text = string.Create((int)chars, (stream, buffer, maxBytes, bytes, same), static (span, state) =>
                {
                    var (decoded, read) = Decode(state.stream, state.buffer, span, counting: false, state.maxBytes);
                    state.same.Value = decoded == span.Length && read == state.bytes;
                });
                return same.Value ? text : null;
            }
            catch (IOException)
            {
                return null;
            }
            finally
            {
                ArrayPool<char>.Shared.Return(scratch);
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>
    /// One pass over the stream: the characters decoded and the bytes read, or -1 characters for anything the whole-file
    /// read must report. Counting, every chunk is decoded into <paramref name="target"/> from its start and dropped.
    /// </summary>
    private static (long Chars, long Bytes) Decode(UnixStream stream, byte[] buffer, Span<char> target, bool counting, long maxBytes)
    {
        long chars = 0, bytes = 0;
        var pending = 0;
        var first = true;
        while (true)
        {
            var read = stream.Read(buffer, pending, ChunkBytes - pending);
            bytes += read;
            if (bytes > maxBytes)
            {
                return (-1, bytes);
            }

            if (read == 0)
            {
                // A sequence cut off by the end of the file is ill-formed.
                return (pending == 0 ? chars : -1, bytes);
            }

            var chunk = buffer.AsSpan(0, pending + read);
            if (first)
            {
                first = false;
                if (chunk.Length < 3 || chunk.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || chunk.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
                {
                    return (-1, bytes);
                }

                if (chunk.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    chunk = chunk[3..];
                }
            }

            if (chunk.Contains((byte)0))
            {
                return (-1, bytes);
            }

            var into = counting ? target : target[(int)chars..];
            var status = Utf8.ToUtf16(chunk, into, out var consumed, out var written, replaceInvalidSequences: false, isFinalBlock: false);
            if (status is not (OperationStatus.Done or OperationStatus.NeedMoreData))
            {
                return (-1, bytes);
            }

            chars += written;
            // The start of a sequence the next chunk completes moves to the front of the buffer.
            pending = chunk.Length - consumed;
            chunk[consumed..].CopyTo(buffer);
        }
    }
}
