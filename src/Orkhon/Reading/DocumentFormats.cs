namespace Orkhon.Reading;

/// <summary>Maps file extensions to <see cref="DocumentFormat"/>.</summary>
public static class DocumentFormats
{
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".text", ".md", ".markdown", ".html", ".htm"];

    public static bool TryFromPath(string path, out DocumentFormat format)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".txt" or ".text":
                format = DocumentFormat.PlainText;
                return true;
            case ".md" or ".markdown":
                format = DocumentFormat.Markdown;
                return true;
            case ".html" or ".htm":
                format = DocumentFormat.Html;
                return true;
            default:
                format = default;
                return false;
        }
    }
}
