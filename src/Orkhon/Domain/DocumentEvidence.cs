namespace Orkhon.Domain;

/// <summary>A sentence of a stored document: the document's id, the sentence's character span in its text, and the sentence itself.</summary>
public sealed record DocumentEvidence : Evidence
{
    /// <exception cref="ArgumentException">The id is empty, or the span is negative or reversed.</exception>
    public DocumentEvidence(string documentId, int start, int end, string sentence, string? url = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        DocumentId = documentId;
        Start = start;
        End = end;
        Sentence = sentence;
        Url = url;
    }

    public string DocumentId { get; }

    /// <summary>Where the sentence starts in the document's text (characters).</summary>
    public int Start { get; }

    /// <summary>Where the sentence ends in the document's text (characters, exclusive).</summary>
    public int End { get; }

    public string Sentence { get; }

    /// <summary>The document's address, when it has one.</summary>
    public override string? Url { get; }

    public override string Text => Sentence;
}
