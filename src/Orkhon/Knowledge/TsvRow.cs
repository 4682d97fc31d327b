namespace Orkhon.Knowledge;

/// <summary>One data row of a <see cref="TsvTable"/>, with its line number in the file.</summary>
public sealed record TsvRow(int Line, string[] Fields)
{
    public string this[int column] => Fields[column].Trim();

    /// <summary>The field as a list split on semicolons, empty items dropped.</summary>
    public string[] List(int column) =>
        Fields[column].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public string? Optional(int column) => Fields[column].Trim() is { Length: > 0 } value ? value : null;
}
