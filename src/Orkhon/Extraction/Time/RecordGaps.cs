using Orkhon.Text;

namespace Orkhon.Extraction.Time;

/// <summary>
/// "the first visit by a U.N. chief since 2009", "the first Mongolian premier to travel to Washington since 2018", "the most
/// senior American official to come since 2005": a "since" phrase after "first" or "most" in the same stretch measures
/// how long the record stood. It dates no act told around it (the visit is not a standing act "since 2009"), so it is
/// released from the time phrases acts may take; its words still name no actor.
/// </summary>
internal static class RecordGaps
{
    /// <summary>How far back from "since" the record word may stand.</summary>
    public const int Reach = 12;

    /// <summary>Clears <paramref name="timeAt"/> over each "since …" phrase that closes a record.</summary>
    public static void Release(string text, List<Token> tokens, int[] timeAt)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (timeAt[i] < 0 || timeAt[i] == timeAt[i - 1] || !tokens[i].In(text).Equals("since", StringComparison.OrdinalIgnoreCase) || !ClosesRecord(text, tokens, i))
            {
                continue;
            }

            var phrase = timeAt[i];
            for (var k = i; k < tokens.Count && timeAt[k] == phrase; k++)
            {
                timeAt[k] = -1;
            }
        }
    }

    // A record word ("first", "most senior") back in the same stretch, with no clause break between.
    private static bool ClosesRecord(string text, List<Token> tokens, int since)
    {
        for (var k = since - 1; k >= 0 && k >= since - Reach; k--)
        {
            var w = tokens[k].In(text);
            if (w is "," or ";" or ":" or "." or "and" or "but" or "which" or "who" or "that" || IsQuoteOrBracket(w))
            {
                return false;
            }

            if (w.Equals("first", StringComparison.OrdinalIgnoreCase)
                || (w.Equals("most", StringComparison.OrdinalIgnoreCase) && k + 1 < since && tokens[k + 1].In(text) is "senior" or "high-ranking" or "high-level"))
            {
                return true;
            }
        }

        return false;

        static bool IsQuoteOrBracket(ReadOnlySpan<char> w) => w is "(" or ")" or "\"";
    }
}
