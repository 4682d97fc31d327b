using Orkhon.Domain;

namespace Orkhon.Text;

/// <summary>
/// A text split into sentences once, for everything that needs its sentences: the split runs on the
/// normalised text (curly quotes and the ellipsis character read as their plain forms, so "”" closes a
/// sentence as '"' does), and because normalising keeps every offset, the same bounds cut the original
/// text into the sentences a store keeps. Stored rows and the evidence spans of extracted events thus
/// always name the same sentences.
/// </summary>
public sealed class SplitText
{
    private readonly FoldedText? _folded;
    private string? _text;

    private SplitText(string? text, FoldedText? folded, string normalised, List<(int Start, int End)> bounds)
    {
        _text = text;
        _folded = folded;
        Normalised = normalised;
        Bounds = bounds;
    }

    /// <summary>The text as the document has it (built whole on first use when the split was made from a <see cref="FoldedText"/>).</summary>
    public string Text => _text ??= _folded!.Original(0, Normalised.Length);

    /// <summary>Whether <see cref="Text"/> and <see cref="Normalised"/> are the same text.</summary>
    public bool IsUnchanged => _folded?.IsUnchanged ?? ReferenceEquals(_text, Normalised);

    /// <summary><see cref="Text"/> through <see cref="TextNormaliser"/>: same length, same offsets (the same instance when nothing needed folding).</summary>
    public string Normalised { get; }

    /// <summary>The sentences' positions, valid in both <see cref="Text"/> and <see cref="Normalised"/>.</summary>
    public IReadOnlyList<(int Start, int End)> Bounds { get; }

    public static SplitText Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = TextNormaliser.Normalise(text);
        return new SplitText(text, null, normalised, SentenceSplitter.Bounds(normalised));
    }

    /// <summary>Splits a text held only in its normalised form, without building the document's own text whole.</summary>
    public static SplitText Of(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SplitText(null, text, text.Normalised, SentenceSplitter.Bounds(text.Normalised));
    }

    /// <summary>The document's own text at [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public string Original(int start, int end) => _folded is { } folded ? folded.Original(start, end) : Text[start..end];

    /// <summary>The sentences as stored: the original text at each bound, numbered from 0.</summary>
    public List<Sentence> Sentences()
    {
        var sentences = new List<Sentence>(Bounds.Count);
        foreach (var (start, end) in Bounds)
        {
            sentences.Add(new Sentence(sentences.Count, start, end, Original(start, end)));
        }

        return sentences;
    }
}
