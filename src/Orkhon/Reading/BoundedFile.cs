using System.Diagnostics.CodeAnalysis;
using Mono.Unix;
using Mono.Unix.Native;

namespace Orkhon.Reading;

/// <summary>
/// Reads a whole regular file into memory without ever holding more than the limit plus one byte. The
/// size <c>stat</c> reports is only a hint: /proc files say 0, a link to /dev/zero has no end, a file can
/// grow while it is read. So the read loop itself stops at the limit, and special files are refused from
/// their <c>stat</c> before any <c>open</c> (opening a FIFO blocks until a writer comes).
/// </summary>
internal static class BoundedFile
{
    /// <summary>Buffer to start with when the size is unknown (reported as 0): enough for most /proc files.</summary>
    private const int UnknownSizeFirstBufferBytes = 16 * 1024;

    /// <summary>The largest byte array .NET allows bounds any limit, however high --max-size is set.</summary>
    private static readonly long s_largestReadable = Array.MaxLength - 1;

    public static bool TryRead(string path, long maxBytes, out ArraySegment<byte> bytes, out ReadProblem? problem)
    {
        bytes = default;
        if (!TryOpen(path, maxBytes, out var stream, out var size, out problem))
        {
            return false;
        }

        using (stream)
        {
            return TryRead(stream, path, size, maxBytes, out bytes, out problem);
        }
    }

    /// <summary>As <see cref="TryRead(string, long, out ArraySegment{byte}, out ReadProblem?)"/>, from a file <see cref="TryOpen"/> opened, read from where the stream stands.</summary>
    public static bool TryRead(UnixStream stream, string path, long sizeHint, long maxBytes, out ArraySegment<byte> bytes, out ReadProblem? problem)
    {
        try
        {
            return TryReadAll(stream, path, sizeHint, maxBytes, out bytes, out problem);
        }
        catch (IOException e)
        {
            bytes = default;
            problem = new ReadProblem(path, $"cannot read: {e.Message}");
            return false;
        }
    }

    /// <summary>
    /// Opens a regular file no larger than <paramref name="maxBytes"/> by its <c>stat</c>; <paramref name="sizeHint"/> is that
    /// size, only a hint (see the class comment).
    /// </summary>
    public static bool TryOpen(string path, long maxBytes, [NotNullWhen(true)] out UnixStream? stream, out long sizeHint, out ReadProblem? problem)
    {
        stream = null;
        sizeHint = 0;
        if (!FileStatus.TryGet(path, followLinks: true, out var status, out var error))
        {
            problem = new ReadProblem(path, error!);
            return false;
        }

        if (!IsReadable(path, status, maxBytes, out problem))
        {
            return false;
        }

        // O_NONBLOCK: if the path was swapped for a FIFO since the stat above, open returns at once instead
        // of waiting for a writer; fstat on the open descriptor then refuses it. It changes nothing for
        // reads of regular files.
        var fd = Syscall.open(path, OpenFlags.O_RDONLY | OpenFlags.O_NONBLOCK | OpenFlags.O_NOCTTY | OpenFlags.O_CLOEXEC);
        if (fd < 0)
        {
            problem = new ReadProblem(path, "cannot read: " + FileStatus.Reason(Stdlib.GetLastError()));
            return false;
        }

        var opened = new UnixStream(fd, ownsHandle: true);
        if (Syscall.fstat(fd, out var openedStatus) != 0)
        {
            problem = new ReadProblem(path, "cannot read: " + FileStatus.Reason(Stdlib.GetLastError()));
            opened.Dispose();
            return false;
        }

        status = FileStatus.From(openedStatus);
        if (!IsReadable(path, status, maxBytes, out problem))
        {
            opened.Dispose();
            return false;
        }

        stream = opened;
        sizeHint = status.Size;
        return true;
    }

    private static bool IsReadable(string path, FileStatus status, long maxBytes, out ReadProblem? problem)
    {
        problem = status.Kind switch
        {
            FileKind.Regular when status.Size > maxBytes =>
                new ReadProblem(path, $"file is {status.Size:N0} bytes, over the limit of {maxBytes:N0} (raise it with --max-size)"),
            FileKind.Regular => null,
            FileKind.Directory => new ReadProblem(path, "is a directory, not a file"),
            _ => new ReadProblem(path, $"{status.Describe()}, not a regular file: refused without reading it"),
        };
        return problem is null;
    }

    private static bool TryReadAll(UnixStream stream, string path, long sizeHint, long maxBytes, out ArraySegment<byte> bytes, out ReadProblem? problem)
    {
        var limit = Math.Min(maxBytes, s_largestReadable);
        // One byte past the limit tells "exactly at the limit" from "over it" without trusting the size.
        var most = limit + 1;
        var first = sizeHint > 0 ? sizeHint + 1 : UnknownSizeFirstBufferBytes;
        var buffer = new byte[(int)Math.Min(first, most)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length >= most)
                {
                    bytes = default;
                    problem = new ReadProblem(path, limit < maxBytes
                        ? $"file is larger than {limit:N0} bytes, the most one document can hold"
                        : $"file is larger than --max-size ({limit:N0} bytes): more was read than its size said");
                    return false;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, most));
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                bytes = new ArraySegment<byte>(buffer, 0, length);
                problem = null;
                return true;
            }

            length += read;
        }
    }
}
