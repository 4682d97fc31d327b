namespace Orkhon.Knowledge;

/// <summary>A problem found in one of the product's data files, located by file and line.</summary>
public sealed record DataFileError(string File, int Line, string Message)
{
    /// <summary>Line 0 means the problem concerns the file as a whole.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
