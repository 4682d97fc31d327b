namespace Orkhon.Reading;

/// <summary>
/// Why a file could not be read as a document, located as precisely as possible: the path, and where it
/// applies the byte offset and line of the problem. <see cref="ToString"/> is for a terminal: control
/// characters in the path or message are shown escaped (<see cref="TerminalText"/>); the properties keep
/// the raw strings for machine output.
/// </summary>
public sealed record ReadProblem(string Path, string Message, long? ByteOffset = null, int? Line = null)
{
    public override string ToString()
    {
        var where = (Line, ByteOffset) switch
        {
            ({ } line, { } offset) => $":{line} (byte {offset})",
            (null, { } offset) => $" (byte {offset})",
            // A problem found in parsed text rather than in its bytes (front matter) has a line but no byte offset.
            ({ } line, null) => $":{line}",
            _ => "",
        };
        return $"{TerminalText.Escape(Path)}{where}: {TerminalText.Escape(Message)}";
    }
}
