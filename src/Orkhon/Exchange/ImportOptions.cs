namespace Orkhon.Exchange;

/// <summary>How an import treats bad rows.</summary>
public sealed record ImportOptions
{
    /// <summary>Bad rows tolerated in one file before the import of that file gives up (nothing of it is kept).</summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>Skipped rows named one by one per file; past it they are only counted.</summary>
    public const int MaxReportedSkips = 20;

    /// <summary>How many records pass between two progress reports.</summary>
    public const int ProgressEvery = 4096;

    public int MaxErrors { get; init; } = DefaultMaxErrors;

    /// <summary>Keep a file's good rows even when some are bad (or the file breaks off); else a file is kept whole or not at all.</summary>
    public bool AllowPartial { get; init; }
}
