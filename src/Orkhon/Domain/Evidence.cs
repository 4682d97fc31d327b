namespace Orkhon.Domain;

/// <summary>
/// Why the product believes an event happened: a sentence of a stored document (document id and the
/// character span of the sentence in its text), and/or an external source such as the URL a curated
/// knowledge-base row cites.
/// </summary>
public sealed record Evidence(string? DocumentId, int? Start, int? End, string? Sentence, string? SourceUrl)
{
    public static Evidence FromSource(string url, string? note = null) => new(null, null, null, note, url);

    public static Evidence FromSentence(string documentId, int start, int end, string sentence, string? url = null) =>
        new(documentId, start, end, sentence, url);
}
