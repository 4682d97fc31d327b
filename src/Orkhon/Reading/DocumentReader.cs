using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Reading;

/// <summary>
/// Reads files into <see cref="Document"/>s: refuses special files (devices, FIFOs, sockets) without
/// opening them, never reads past <see cref="ReadOptions.MaxFileBytes"/>, decodes strictly, and takes the readable text
/// and metadata from plain text, Markdown (with front matter) or HTML. Never throws for bad input:
/// every problem comes back as a <see cref="ReadProblem"/> naming the file.
/// </summary>
public static class DocumentReader
{
    public static ReadResult ReadFile(string path, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new ReadOptions();
        if (!DocumentFormats.TryFromPath(path, out var format))
        {
            return ReadResult.Failure(new ReadProblem(path, $"unsupported file type '{Path.GetExtension(path)}' (expected {string.Join(", ", DocumentFormats.Extensions)})"));
        }

        // A large UTF-8 file is decoded without its bytes held whole beside the text; any other, and any problem, reads it whole.
        if (StreamedUtf8File.TryRead(path, options.MaxFileBytes) is { } streamed)
        {
            return ReadText(streamed, format, path, options);
        }

        if (!BoundedFile.TryRead(path, options.MaxFileBytes, out var bytes, out var readProblem))
        {
            return ReadResult.Failure(readProblem!);
        }

        if (!TextDecoder.TryDecode(bytes, path, out var text, out var problem))
        {
            return ReadResult.Failure(problem!);
        }

        return ReadText(text, format, path, options);
    }

    /// <summary>
    /// For extraction, which reads only the normalised text and the document's own sentences: a large plain-text file
    /// decoded and folded in one pass (<see cref="FoldedText"/>), its text never held whole beside its normalised form. Null
    /// for any other file and for any problem, which <see cref="ReadFile"/> then reads and reports as always.
    /// </summary>
    public static FoldedText? TryReadPlainTextFolded(string path, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new ReadOptions();
        if (!DocumentFormats.TryFromPath(path, out var format) || format != DocumentFormat.PlainText)
        {
            return null;
        }

        // A text that folds to blanks may still not be blank ("\u200B" is no white space): the whole read decides.
        return StreamedUtf8File.TryReadFolded(path, options.MaxFileBytes) is { } folded && !string.IsNullOrWhiteSpace(folded.Normalised) ? folded : null;
    }

    /// <summary>Reads already-decoded text of the given format; <paramref name="path"/> is used in messages and kept on the document.</summary>
    public static ReadResult ReadText(string text, DocumentFormat format, string? path, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new ReadOptions();
        var name = path ?? "(text)";
        string? title = null, url = null, published = null;
        switch (format)
        {
            case DocumentFormat.Markdown:
                if (!FrontMatter.TryParse(text, out var front, out var error, out var errorLine))
                {
                    return ReadResult.Failure(new ReadProblem(name, error!, Line: errorLine));
                }

                title = front.Get("title");
                url = front.Get("url", "link", "source");
                published = front.Get("date", "published", "publication_date");
                text = text[front.BodyStart..];
                break;
            case DocumentFormat.Html:
                var article = HtmlTextExtractor.Extract(text);
                (text, title, url, published) = (article.Text, article.Title, article.Url, article.Published);
                break;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Failure(new ReadProblem(name, "empty document: no text to read"));
        }

        var date = options.PublishedDate ?? ParsePublished(published);
        return ReadResult.Success(Document.Create(text, options.Title ?? title, options.Url ?? url, date, path));
    }

    /// <summary>Publication dates in meta tags come as ISO dates or timestamps; only the date part is kept.</summary>
    private static FuzzyDate? ParsePublished(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var datePart = value.Length >= 10 ? value.AsSpan(0, 10) : value.AsSpan();
        return FuzzyDate.TryParse(datePart, out var date) || FuzzyDate.TryParse(value, out date) ? date : null;
    }
}
