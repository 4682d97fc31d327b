using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// One sentence as every extraction stage reads it, built once: its tokens, the time phrases and actor mentions
/// found over them (with per-token indexes into both), and its <see cref="ClauseView"/>. Stages take the view
/// instead of the half-dozen arrays it holds, so that none of them re-derives what another already knows.
/// </summary>
internal sealed class SentenceView
{
    public SentenceView(string text, (int Start, int End) sentence, TimedTokens timed, List<ActorMention> found, ExtractionOptions options)
    {
        Text = text;
        (Start, End) = sentence;
        Tokens = timed.Tokens;
        Times = timed.Times;
        TimeAt = timed.TimeAt;
        Blocked = timed.Blocked;
        Found = found;
        Options = options;
        MentionAt = new int[Tokens.Count];
        Array.Fill(MentionAt, -1);
        for (var m = 0; m < found.Count; m++)
        {
            for (var k = found[m].First; k <= found[m].Last; k++)
            {
                MentionAt[k] = m;
            }
        }

        Clauses = new ClauseView(this);
    }

    /// <summary>The whole document's (normalised) text; the sentence is [<see cref="Start"/>, <see cref="End"/>).</summary>
    public string Text { get; }

    public int Start { get; }

    public int End { get; }

    public List<Token> Tokens { get; }

    public List<TemporalExpression> Times { get; }

    /// <summary>For each token, the index of the time phrase it stands in, or -1.</summary>
    public int[] TimeAt { get; }

    /// <summary>For each token, whether a time phrase covers it (such tokens are neither actors nor phrase words).</summary>
    public bool[] Blocked { get; }

    /// <summary>The sentence's actor mentions, in text order.</summary>
    public List<ActorMention> Found { get; }

    /// <summary>For each token, the index in <see cref="Found"/> of the mention it stands in, or -1.</summary>
    public int[] MentionAt { get; }

    public ClauseView Clauses { get; }

    /// <summary>The modalities the sentence's phrases were read with (see <see cref="ActModalities"/>).</summary>
    public ActModalities Modalities { get; } = new();

    /// <summary>The sentence's text, cut once so that all its events share one string.</summary>
    public string SentenceText => _sentenceText ??= Text[Start..End];

    private string? _sentenceText;

    public ExtractionOptions Options { get; }

    /// <summary>The text of token k.</summary>
    public ReadOnlySpan<char> Word(int k) => Tokens[k].In(Text);

    /// <summary>
    /// Whether the sentence may hold one of <paramref name="words"/> (see <see cref="WordBits"/>): false means it holds none, and a
    /// stage that acts only at one of them has nothing to scan. The sentence's bits are read on first use.
    /// </summary>
    public bool MayHoldAny(in WordBits words)
    {
        _words ??= WordBits.Of(Text, Tokens);
        return _words.Value.Meets(words);
    }

    private WordBits? _words;

    /// <summary>
    /// The token that holds the character offset (a phrase's start), or the one after it when the offset is a token's end (a
    /// phrase's end): a binary search.
    /// </summary>
    public int TokenAt(int offset)
    {
        var (lo, hi) = (0, Tokens.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].End < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < Tokens.Count && Tokens[lo].End == offset ? lo + 1 : lo;
    }

    /// <summary>The token that starts at the character offset, or -1 when none does.</summary>
    public int TokenStartingAt(int start)
    {
        var k = TokenAt(start);
        return k < Tokens.Count && Tokens[k].Start == start ? k : -1;
    }

    /// <summary>The mention token k stands in, or null.</summary>
    public ActorMention? MentionOf(int k) => MentionAt[k] >= 0 ? Found[MentionAt[k]] : null;
}
