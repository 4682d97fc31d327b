using Orkhon.Domain;

namespace Orkhon.Reading;

/// <summary>How documents are read, and metadata given on the command line that overrides what a file says.</summary>
public sealed record ReadOptions
{
    /// <summary>
    /// Files above this size are refused rather than read into memory: 32 MiB by default. The limit holds
    /// while reading too, for files whose size is unknown or wrong (/proc files, a file growing as it is read).
    /// </summary>
    public const long DefaultMaxFileBytes = 32L * 1024 * 1024;

    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>
    /// HTML pages longer than this many characters (4 Mi by default) are read without building their tree, by the linear
    /// one-pass reader, which still drops furniture by tag, class and role (<see cref="HtmlFlatText.ReadArticle"/>): a tree
    /// costs several times the page, and article pages stay far below the limit (a few hundred thousand characters).
    /// </summary>
    public const int DefaultMaxHtmlTreeChars = 4 * 1024 * 1024;

    public int MaxHtmlTreeChars { get; init; } = DefaultMaxHtmlTreeChars;

    public string? Title { get; init; }

    public string? Url { get; init; }

    public FuzzyDate? PublishedDate { get; init; }
}
