using System.Net.Sockets;
using Mono.Unix.Native;

namespace Orkhon.Tests.Reading;

/// <summary>Files that are not plain files, for theories over each (public: theory parameters must be).</summary>
public enum SpecialFileKind
{
    Fifo,
    Socket,
    LinkToDevZero,
}

/// <summary>Makes the files a reader must never open or read whole: FIFOs, sockets, links to devices.</summary>
internal static class SpecialFiles
{
    /// <summary>The time any of these reads may take before the test calls it a hang (they take milliseconds).</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    /// <summary>Creates a special file; dispose the result when the test ends.</summary>
    public static IDisposable Make(SpecialFileKind kind, string path) => kind switch
    {
        SpecialFileKind.Fifo => Fifo(path),
        SpecialFileKind.Socket => Socket(path),
        SpecialFileKind.LinkToDevZero => Link(path, "/dev/zero"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static IDisposable Fifo(string path)
    {
        if (Syscall.mkfifo(path, FilePermissions.S_IRUSR | FilePermissions.S_IWUSR) != 0)
        {
            throw new IOException($"mkfifo {path}: {Stdlib.GetLastError()}");
        }

        return new FifoRelease(path);
    }

    public static IDisposable Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    public static IDisposable Link(string path, string target)
    {
        File.CreateSymbolicLink(path, target);
        return new Nothing();
    }

    /// <summary>Runs <paramref name="read"/> on another thread and fails the test if it does not end in time.</summary>
    public static async Task<T> WithinHangLimit<T>(Func<T> read) =>
        await Task.Run(read, TestContext.Current.CancellationToken).WaitAsync(HangLimit, TestContext.Current.CancellationToken);

    /// <summary>
    /// If a regression opens the FIFO for reading, that thread blocks for ever; opening the write end
    /// (non-blocking, so this never waits itself) lets it go, and the test run can end.
    /// </summary>
    private sealed class FifoRelease(string path) : IDisposable
    {
        public void Dispose()
        {
            var fd = Syscall.open(path, OpenFlags.O_WRONLY | OpenFlags.O_NONBLOCK);
            if (fd >= 0)
            {
                Syscall.close(fd);
            }
        }
    }

    private sealed class Nothing : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
