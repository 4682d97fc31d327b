namespace Orkhon.Reading;

/// <summary>What a path names on a Unix file system; only <see cref="Regular"/> files are read as documents.</summary>
internal enum FileKind
{
    Regular,
    Directory,
    SymbolicLink,
    CharacterDevice,
    BlockDevice,
    Fifo,
    Socket,
    Other,
}
