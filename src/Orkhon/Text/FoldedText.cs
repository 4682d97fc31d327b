namespace Orkhon.Text;

/// <summary>
/// A text held once, in its <see cref="TextNormaliser"/> form, with the few characters normalising changed kept aside
/// (curly quotes, dashes, odd spaces: a small share of real prose), so that the document's own text at any span can
/// still be given back. Extraction reads the normalised text and reports sentences as the document has them; holding
/// both forms whole would double the memory a large document takes.
/// </summary>
public sealed class FoldedText
{
    private readonly List<(int At, char Original)> _changes;

    /// <param name="normalised">The text through <see cref="TextNormaliser.Normalise"/>.</param>
    /// <param name="changes">Every position where the document's character differs from <paramref name="normalised"/>, in order.</param>
    public FoldedText(string normalised, List<(int At, char Original)> changes)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        ArgumentNullException.ThrowIfNull(changes);
        Normalised = normalised;
        _changes = changes;
    }

    public string Normalised { get; }

    /// <summary>Whether normalising changed no character: the document's text is <see cref="Normalised"/>.</summary>
    public bool IsUnchanged => _changes.Count == 0;

    /// <summary>The document's own text at [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public string Original(int start, int end)
    {
        var first = FirstChangeFrom(start);
        if (first == _changes.Count || _changes[first].At >= end)
        {
            return Normalised[start..end];
        }

        return string.Create(end - start, (this, start, first), static (span, state) =>
        {
            var (folded, from, change) = state;
            folded.Normalised.AsSpan(from, span.Length).CopyTo(span);
            for (var c = change; c < folded._changes.Count && folded._changes[c].At < from + span.Length; c++)
            {
                span[folded._changes[c].At - from] = folded._changes[c].Original;
            }
        });
    }

    // The index of the first change at or after position, by binary search over the ordered changes.
    private int FirstChangeFrom(int position)
    {
        var (low, high) = (0, _changes.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_changes[middle].At < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
