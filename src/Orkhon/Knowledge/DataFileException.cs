namespace Orkhon.Knowledge;

/// <summary>
/// Thrown when a shipped data file is malformed. Shipped data is validated by tests, so reaching this
/// at run time means a broken build or a hand-edited file; the message lists every problem found.
/// </summary>
public sealed class DataFileException(IReadOnlyList<DataFileError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
{
    public IReadOnlyList<DataFileError> Errors { get; } = errors;
}
