using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A sentence's tokens with the time phrases found over them: for each token, the phrase it stands in and whether a
/// time phrase blocks it from being an actor or a phrase word. The actor mentions are found over this; the
/// <see cref="SentenceView"/> is built from both.
/// </summary>
internal sealed class TimedTokens
{
    private TimedTokens(List<Token> tokens, List<TemporalExpression> times, int[] timeAt, bool[] blocked)
    {
        Tokens = tokens;
        Times = times;
        TimeAt = timeAt;
        Blocked = blocked;
    }

    public List<Token> Tokens { get; }

    public List<TemporalExpression> Times { get; }

    /// <summary>For each token, the index of the time phrase it stands in, or -1.</summary>
    public int[] TimeAt { get; }

    /// <summary>For each token, whether a time phrase covers it.</summary>
    public bool[] Blocked { get; }

    /// <summary>Tokenises text[start..end] and tags its time phrases against <paramref name="anchor"/>, noting those it ignores when asked.</summary>
    public static TimedTokens Tag(string text, (int Start, int End) sentence, TimeAnchor anchor, List<IgnoredTimePhrase>? ignoredTimes)
    {
        var (start, end) = sentence;
        var tokens = Tokenizer.Tokenize(text, start, end);
        var times = TemporalTagger.Tag(text, start, end, anchor, ignoredTimes);
        var blocked = new bool[tokens.Count];
        var timeAt = new int[tokens.Count];
        Array.Fill(timeAt, -1);
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var t = 0; t < times.Count; t++)
            {
                if (tokens[i].Start >= times[t].Start && tokens[i].End <= times[t].End)
                {
                    blocked[i] = true;
                    timeAt[i] = t;
                }
            }
        }

        // "the first visit … since 2009" measures a record; it dates nothing.
        RecordGaps.Release(text, tokens, timeAt);
        return new TimedTokens(tokens, times, timeAt, blocked);
    }
}
