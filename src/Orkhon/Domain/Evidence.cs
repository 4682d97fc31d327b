namespace Orkhon.Domain;

/// <summary>
/// Why the product believes an event happened, in one of two forms: a sentence of a stored document
/// (<see cref="DocumentEvidence"/>), or an external source only, such as the page a curated
/// knowledge-base row cites (<see cref="SourceEvidence"/>). There is no third form, and no evidence
/// that is neither.
/// </summary>
public abstract record Evidence
{
    // Only the two cases in this assembly derive from it.
    private protected Evidence()
    {
    }

    /// <summary>The web address behind the evidence: the cited page of a source, the document's own address when it has one.</summary>
    public abstract string? Url { get; }

    /// <summary>The words shown for the evidence: the document's sentence, or the source's note (may be absent).</summary>
    public abstract string? Text { get; }

    /// <summary>An external source, e.g. the page a curated row cites, with an optional note (the row's title).</summary>
    public static SourceEvidence FromSource(string url, string? note = null) => new(url, note);

    /// <summary>The sentence at [<paramref name="start"/>, <paramref name="end"/>) of the stored document <paramref name="documentId"/>.</summary>
    public static DocumentEvidence FromSentence(string documentId, int start, int end, string sentence, string? url = null) =>
        new(documentId, start, end, sentence, url);
}
