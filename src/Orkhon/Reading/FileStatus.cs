using Mono.Unix;
using Mono.Unix.Native;

namespace Orkhon.Reading;

/// <summary>
/// The kind, identity and size of a file, taken with <c>stat</c>/<c>lstat</c> and never by opening it:
/// opening a FIFO for reading blocks until a writer comes, and .NET has no public API for the file type.
/// Device and inode identify a file however many links lead to it, which is what lets a walk visit each
/// directory and file once.
/// </summary>
internal readonly record struct FileStatus(FileKind Kind, ulong Device, ulong Inode, long Size)
{
    /// <summary>Stats <paramref name="path"/>, following symbolic links unless <paramref name="followLinks"/> is false.</summary>
    /// <param name="error">Why the call failed (no such file, a loop of links, permission denied), in the C library's words.</param>
    public static bool TryGet(string path, bool followLinks, out FileStatus status, out string? error)
    {
        var rc = followLinks ? Syscall.stat(path, out var stat) : Syscall.lstat(path, out stat);
        if (rc != 0)
        {
            status = default;
            error = Reason(Stdlib.GetLastError());
            return false;
        }

        status = From(stat);
        error = null;
        return true;
    }

    public static FileStatus From(Stat stat) => new(KindOf(stat.st_mode), stat.st_dev, stat.st_ino, stat.st_size);

    /// <summary>A name for messages: "a FIFO", "a character device".</summary>
    public string Describe() => Kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a directory",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Socket => "a socket",
        _ => "not a regular file",
    };

    /// <summary>The C library's description of an error, lower-cased to read well after "PATH: ".</summary>
    public static string Reason(Errno errno) => UnixMarshal.GetErrorDescription(errno).ToLowerInvariant();

    private static FileKind KindOf(FilePermissions mode) => (mode & FilePermissions.S_IFMT) switch
    {
        FilePermissions.S_IFREG => FileKind.Regular,
        FilePermissions.S_IFDIR => FileKind.Directory,
        FilePermissions.S_IFLNK => FileKind.SymbolicLink,
        FilePermissions.S_IFCHR => FileKind.CharacterDevice,
        FilePermissions.S_IFBLK => FileKind.BlockDevice,
        FilePermissions.S_IFIFO => FileKind.Fifo,
        FilePermissions.S_IFSOCK => FileKind.Socket,
        _ => FileKind.Other,
    };
}
