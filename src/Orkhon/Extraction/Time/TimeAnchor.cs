namespace Orkhon.Extraction.Time;

/// <summary>
/// What relative expressions are resolved against: the dateline's day or the document's date when known; otherwise the
/// latest fully explicit date the text itself gives (year included). Null when neither exists: then
/// "last year" stays unknown rather than being invented.
/// </summary>
public readonly record struct TimeAnchor(DateOnly? DocumentDate, DateOnly? LatestInText)
{
    public DateOnly? Day => DocumentDate ?? LatestInText;
}
