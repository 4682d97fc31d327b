namespace Orkhon.Reading;

/// <summary>The document formats the reader understands, chosen by file extension.</summary>
public enum DocumentFormat
{
    PlainText,
    Markdown,
    Html,
}
