namespace Orkhon.Extraction.Time;

/// <summary>
/// The stretches of a text that time phrases already cover, kept as disjoint spans rather than a flag per character,
/// so that tagging a long stretch (an undated document searched for its anchor, a line without punctuation) holds
/// memory for its phrases only.
/// </summary>
/// <remarks>
/// The tagger applies its patterns one after another, each finding its matches left to right. Spans taken during a
/// pattern's pass are kept apart and merged into the settled ones when the pass ends (<see cref="EndPass"/>), so a take
/// is almost always an append and each test a binary search: the cost stays near linear in the phrases found.
/// </remarks>
internal sealed class TakenSpans
{
    private List<(int Start, int End)> _settled = [];
    private readonly List<(int Start, int End)> _pass = [];

    /// <summary>Whether no character of [start, end) is taken.</summary>
    public bool IsFree(int start, int end) => start >= end || (!Overlaps(_settled, start, end) && !Overlaps(_pass, start, end));

    public bool IsTaken(int at) => !IsFree(at, at + 1);

    /// <summary>Marks [start, end) as taken.</summary>
    public void Take(int start, int end)
    {
        if (start >= end)
        {
            return;
        }

        if (_pass.Count == 0 || _pass[^1].End < start)
        {
            _pass.Add((start, end));
            return;
        }

        // Out of order or touching the last span: merge with every span it overlaps or touches.
        var first = FirstEndingAtOrAfter(_pass, start);
        var last = first;
        while (last < _pass.Count && _pass[last].Start <= end)
        {
            last++;
        }

        if (first < last)
        {
            start = Math.Min(start, _pass[first].Start);
            end = Math.Max(end, _pass[last - 1].End);
            _pass.RemoveRange(first, last - first);
        }

        _pass.Insert(first, (start, end));
    }

    /// <summary>Folds the spans taken since the last call into the settled ones (both sorted, so one merge).</summary>
    public void EndPass()
    {
        if (_pass.Count == 0)
        {
            return;
        }

        var merged = new List<(int Start, int End)>(_settled.Count + _pass.Count);
        var (i, j) = (0, 0);
        while (i < _settled.Count || j < _pass.Count)
        {
            var next = j >= _pass.Count || (i < _settled.Count && _settled[i].Start <= _pass[j].Start) ? _settled[i++] : _pass[j++];
            if (merged.Count > 0 && merged[^1].End >= next.Start)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, next.End));
            }
            else
            {
                merged.Add(next);
            }
        }

        _settled = merged;
        _pass.Clear();
    }

    private static bool Overlaps(List<(int Start, int End)> spans, int start, int end)
    {
        // The first span ending after start is the only one that can reach into [start, end) from the left.
        var i = FirstEndingAtOrAfter(spans, start + 1);
        return i < spans.Count && spans[i].Start < end;
    }

    // The index of the first span whose end is at or after position (spans are disjoint and sorted, so ends rise too).
    private static int FirstEndingAtOrAfter(List<(int Start, int End)> spans, int position)
    {
        var (lo, hi) = (0, spans.Count);
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (spans[mid].End < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
