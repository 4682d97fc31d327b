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
    public static ReadResult ReadFile(string path, ReadOptions? options = null) => Read(path, options, foldPlainText: false, out _)!;

    /// <summary>
    /// For extraction, which reads only the normalised text and the document's own sentences, with the file opened once: a large
    /// plain-text file is decoded and folded in one pass into <paramref name="folded"/>, its text never held whole beside its
    /// normalised form, and the result is null. Any other file, and any problem, is read and reported as <see cref="ReadFile"/>
    /// does, with <paramref name="folded"/> null.
    /// </summary>
    public static ReadResult? ReadFileForExtraction(string path, ReadOptions? options, out FoldedText? folded) => Read(path, options, foldPlainText: true, out folded);

    private static ReadResult? Read(string path, ReadOptions? options, bool foldPlainText, out FoldedText? folded)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new ReadOptions();
        folded = null;
        if (!DocumentFormats.TryFromPath(path, out var format))
        {
            return ReadResult.Failure(new ReadProblem(path, $"unsupported file type '{Path.GetExtension(path)}' (expected {string.Join(", ", DocumentFormats.Extensions)})"));
        }

        if (!BoundedFile.TryOpen(path, options.MaxFileBytes, out var stream, out var sizeHint, out var openProblem))
        {
            return ReadResult.Failure(openProblem!);
        }

        using (stream)
        {
            // A text that folds to blanks may still not be blank ("\u200B" is no white space): the whole read decides.
            if (foldPlainText && format == DocumentFormat.PlainText
                && StreamedUtf8File.TryReadFolded(stream, sizeHint, options.MaxFileBytes) is { } text && !string.IsNullOrWhiteSpace(text.Normalised))
            {
                folded = text;
                return null;
            }

            // A large UTF-8 file is decoded without its bytes held whole beside the text; any other, and any problem, reads it
            // whole, from its start again.
            if (!TryRewind(stream, sizeHint, path, out var rewindProblem))
            {
                return ReadResult.Failure(rewindProblem!);
            }

            if (StreamedUtf8File.TryRead(stream, sizeHint, options.MaxFileBytes) is { } streamed)
            {
                return ReadText(streamed, format, path, options);
            }

            if (!TryRewind(stream, sizeHint, path, out rewindProblem))
            {
                return ReadResult.Failure(rewindProblem!);
            }

            if (!BoundedFile.TryRead(stream, path, sizeHint, options.MaxFileBytes, out var bytes, out var readProblem))
            {
                return ReadResult.Failure(readProblem!);
            }

            if (!TextDecoder.TryDecode(bytes, path, out var decoded, out var problem))
            {
                return ReadResult.Failure(problem!);
            }

            return ReadText(decoded, format, path, options);
        }
    }

    // Back to the file's start after a streamed read that gave up part-way (only a large file is streamed: a small one was never
    // read); a regular file always seeks, so a failure is an I/O fault.
    private static bool TryRewind(Mono.Unix.UnixStream stream, long sizeHint, string path, out ReadProblem? problem)
    {
        try
        {
            if (sizeHint >= StreamedUtf8File.SmallestStreamedBytes)
            {
                stream.Seek(0, SeekOrigin.Begin);
            }

            problem = null;
            return true;
        }
        catch (IOException e)
        {
            problem = new ReadProblem(path, $"cannot read: {e.Message}");
            return false;
        }
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
                var article = HtmlTextExtractor.Extract(text, options.MaxHtmlTreeChars);
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
