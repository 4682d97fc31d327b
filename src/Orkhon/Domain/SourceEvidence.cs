namespace Orkhon.Domain;

/// <summary>An external source and nothing stored behind it: the page a curated knowledge-base row cites, with an optional note (the row's title).</summary>
public sealed record SourceEvidence : Evidence
{
    /// <exception cref="ArgumentException"><paramref name="url"/> is empty.</exception>
    public SourceEvidence(string url, string? note = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        Url = url;
        Note = note;
    }

    public override string Url { get; }

    public string? Note { get; }

    public override string? Text => Note;
}
