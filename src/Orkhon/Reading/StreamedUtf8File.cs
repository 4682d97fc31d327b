using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Unicode;
using Mono.Unix;
using Orkhon.Text;

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
            return TryRead(stream, sizeHint, maxBytes);
        }
    }

    /// <summary>
    /// As <see cref="TryRead(string, long)"/>, from a file <see cref="BoundedFile.TryOpen"/> opened, read from its start. On null
    /// the stream may stand anywhere: the caller seeks back to its start for the whole read.
    /// </summary>
    public static string? TryRead(UnixStream stream, long sizeHint, long maxBytes) => TryRead(stream, sizeHint, maxBytes, null);

    /// <summary>
    /// As <see cref="TryRead(UnixStream, long, long)"/>, but folds the text through <see cref="TextNormaliser"/> as it is decoded,
    /// keeping aside only the characters folding changed: the document's text is never held whole beside its normalised form.
    /// </summary>
    public static FoldedText? TryReadFolded(UnixStream stream, long sizeHint, long maxBytes)
    {
        var changes = new List<(int At, char Original)>();
        return TryRead(stream, sizeHint, maxBytes, changes) is { } normalised ? new FoldedText(normalised, changes) : null;
    }

    private static string? TryRead(UnixStream stream, long sizeHint, long maxBytes, List<(int At, char Original)>? changes)
    {
        if (sizeHint < SmallestStreamedBytes)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var scratch = ArrayPool<char>.Shared.Rent(ChunkBytes);
        try
        {
            var (chars, bytes) = Decode(stream, buffer, scratch, counting: true, maxBytes, null);
            if (chars < 0 || chars > int.MaxValue)
            {
                return null;
            }

            stream.Seek(0, SeekOrigin.Begin);
            var same = new StrongBox<bool>();
            var text = string.Create((int)chars, (stream, buffer, maxBytes, bytes, same, changes), static (span, state) =>
            {
                var (decoded, read) = Decode(state.stream, state.buffer, span, counting: false, state.maxBytes, state.changes);
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

    /// <summary>
    /// One pass over the stream: the characters decoded and the bytes read, or -1 characters for anything the whole-file
    /// read must report. Counting, every chunk is decoded into <paramref name="target"/> from its start and dropped.
    /// </summary>
    private static (long Chars, long Bytes) Decode(UnixStream stream, byte[] buffer, Span<char> target, bool counting, long maxBytes, List<(int At, char Original)>? changes)
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

            if (changes is not null)
            {
                Fold(into[..written], (int)chars, changes);
            }

            chars += written;
            // The start of a sequence the next chunk completes moves to the front of the buffer.
            pending = chunk.Length - consumed;
            chunk[consumed..].CopyTo(buffer);
        }
    }

    // TextNormaliser.Normalise on a decoded chunk at offset `at` of the text, noting each character it changes. Decoded UTF-8
    // holds no lone surrogate, and a pair is never cut between chunks, so folding is Fold alone: on the backtick and on
    // the characters from U+00A0 up, each found by a vectorised search.
    private static void Fold(Span<char> chunk, int at, List<(int At, char Original)> changes)
    {
        var tick = chunk.IndexOf('`');
        var wide = chunk.IndexOfAnyInRange('\u00A0', '\uFFFF');
        while (tick >= 0 || wide >= 0)
        {
            var i = tick < 0 ? wide : wide < 0 ? tick : Math.Min(tick, wide);
            var original = chunk[i];
            var folded = TextNormaliser.Fold(original);
            if (folded != original)
            {
                chunk[i] = folded;
                changes.Add((at + i, original));
            }

            if (i == tick)
            {
                tick = Next(chunk, i, static rest => rest.IndexOf('`'));
            }
            else
            {
                wide = Next(chunk, i, static rest => rest.IndexOfAnyInRange('\u00A0', '\uFFFF'));
            }
        }
    }

    private delegate int Search(ReadOnlySpan<char> rest);

    private static int Next(Span<char> chunk, int after, Search search) =>
        search(chunk[(after + 1)..]) is var next and >= 0 ? after + 1 + next : -1;
}
