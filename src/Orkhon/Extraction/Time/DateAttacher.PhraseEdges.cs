using Orkhon.Text;

namespace Orkhon.Extraction.Time;

// The edges of a time phrase (its first and last token, the token before its preposition, the "since" that opens a noun
// phrase it ends: "since Russia's invasion nearly a year ago") and the stay words (an ending, a beginning, an arrival)
// other stages ask about. Apart because these are small lookups shared by the readings in the other DateAttacher files.
internal static partial class DateAttacher
{
    /// <summary>Whether the word ends a stay or a gathering ("ended", "closed", "concluded").</summary>
    internal static bool IsEnding(ReadOnlySpan<char> w) => s_endings.Contains(w);

    /// <summary>Whether the word begins a stay ("began", "started", "opens").</summary>
    internal static bool IsBeginning(ReadOnlySpan<char> w) => s_beginnings.Contains(w);

    /// <summary>Whether the word tells a visitor's arrival, whose day is a stay's first ("arrived on Monday evening").</summary>
    internal static bool IsArrival(ReadOnlySpan<char> w) => s_arrivals.Contains(w);

    /// <summary>The first token of the time phrase at token k.</summary>
    private static int PhraseStart(ClauseView view, int k)
    {
        while (k > 0 && view.TimeAt[k - 1] == view.TimeAt[k])
        {
            k--;
        }

        return k;
    }

    /// <summary>The token before the time phrase that starts at <paramref name="start"/>, past a preposition ("in 1955", "on Monday"); -1 at the start.</summary>
    private static int BeforePhrase(ClauseView view, int start)
    {
        var j = start - 1;
        return j >= 0 && view.Tokens[j].In(view.Text) is "in" or "on" or "at" or "during" or "In" or "On" or "At" or "During" ? j - 1 : j;
    }

    /// <summary>
    /// The "since" that opens the noun phrase a time phrase ends ("since Russia's invasion nearly a year ago"), else the time
    /// phrase's own start.
    /// </summary>
    private static int SinceBefore(ClauseView view, int start)
    {
        for (var j = start - 1; j >= 0 && j >= start - SinceNounReach; j--)
        {
            var w = view.Tokens[j].In(view.Text);
            if (w.Equals("since", StringComparison.OrdinalIgnoreCase))
            {
                return j;
            }

            if ((view.Tokens[j].Kind == TokenKind.Punctuation && w is not "'s") || view.TimeAt[j] >= 0 || view.IsReportingVerb(j))
            {
                break;
            }
        }

        return start;
    }

    // "since the Russian invasion of Ukraine nearly a year ago": the few words of a noun phrase naming an earlier event.
    private const int SinceNounReach = 6;

    /// <summary>The last token of the time phrase at token k.</summary>
    private static int PhraseEnd(ClauseView view, int k)
    {
        while (k + 1 < view.Tokens.Count && view.TimeAt[k + 1] == view.TimeAt[k])
        {
            k++;
        }

        return k;
    }
}
