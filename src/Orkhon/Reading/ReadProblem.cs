namespace Orkhon.Reading;

/// <summary>
/// Why a file could not be read as a document, located as precisely as possible: the path, and where it
/// applies the byte offset and line of the problem.
/// </summary>
public sealed record ReadProblem(string Path, string Message, long? ByteOffset = null, int? Line = null)
{
    public override string ToString()
    {
        var where = (Line, ByteOffset) switch
        {
            ({ } line, { } offset) => $":{line} (byte {offset})",
            (null, { } offset) => $" (byte {offset})",
            _ => "",
        };
        return $"{Path}{where}: {Message}";
    }
}
