using System.Globalization;
using System.Text.RegularExpressions;

namespace Orkhon.Extraction.Time;

// "since 2023", "since late 2022", "since the start of the war in 2022": a phrase opened by "since" is a span open at its end.
public static partial class TemporalTagger
{
    // The start of "since" when the text before a phrase ends with it ("since 2023"), else -1. Looks back only
    // over the spaces before the phrase and the word itself, so the cost does not grow with the text before it.
    private static int SinceBefore(ReadOnlySpan<char> before)
    {
        var word = before.TrimEnd();
        // "since late 2023", "since mid-2022", "since early 2024": the part of the year the span opens in is still that year.
        if (word.Length < before.Length || (before.Length > 0 && before[^1] == '-'))
        {
            var modifier = before.Length > 0 && before[^1] == '-' ? before[..^1] : word;
            foreach (var part in DecadeParts.Words)
            {
                if (modifier.EndsWith(part, StringComparison.OrdinalIgnoreCase) && (modifier.Length == part.Length || !IsWordChar(modifier[^(part.Length + 1)])))
                {
                    before = modifier[..^part.Length];
                    word = before.TrimEnd();
                    break;
                }
            }
        }

        if (word.Length == before.Length || !word.EndsWith("since", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var at = word.Length - "since".Length;
        return at > 0 && IsWordChar(word[at - 1]) ? -1 : at;
    }

    // "since the start of its full-scale invasion in 2022", "since the outbreak of the war in April 2023": the span opens at the
    // time the beginning is told at, as "since 2022" does. Only lower-case words stand between, so no party named there is
    // covered by the time phrase.
    [GeneratedRegex(@"\bsince\s+the\s+(?:start|beginning|outbreak|onset|launch)\s+of\s+(?:(?-i:[a-z][a-z'\u2019-]*)\s+){1,5}in\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceTheStartOfBefore();

    /// <summary>How far before a time phrase "since the start of … in" is looked for: a few words, so the cost stays linear.</summary>
    private const int SinceTheStartOfWindow = 90;

    // Where "since" opens "since the start of … in" just before text[phraseStart], within text[start..]; -1 when it does not.
    private static int SinceTheStartOf(string text, int start, int phraseStart)
    {
        var from = Math.Max(start, phraseStart - SinceTheStartOfWindow);
        var m = SinceTheStartOfBefore().Match(text, from, phraseStart - from);
        return m.Success ? m.Index - start : -1;
    }

    // What \b counts as a word character.
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;
}
