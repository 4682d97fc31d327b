using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A perfect with a length of time after "for" ("The North has for weeks denounced leaflets…", "Orban has courted Chinese
/// investment for years despite criticism from Brussels", "officials have said for more than a year that Putin could
/// travel…, in what would be his first trip") tells a standing practice, not an occasion: the verbal acts told from its
/// auxiliary to the end of the sentence, and whatever a habitual statement reports, are no events, unless a semicolon or a
/// time phrase of their own ("…, and on Monday Seoul protested") opens another occasion. The words are data
/// (<c>data/lexicon/habitual-frames.tsv</c>).
/// </summary>
internal static class HabitualFrames
{
    private static readonly WordClasses s_words = WordClasses.Load("lexicon.habitual-frames.tsv", "perfect", "unit", "count");
    private static readonly WordSet s_perfect = s_words.Lookup("perfect");
    private static readonly WordSet s_units = s_words.Lookup("unit");
    private static readonly WordSet s_counts = s_words.Lookup("count");

    /// <summary>How far before "for" the perfect auxiliary may stand ("has courted Chinese investment for years").</summary>
    private const int AuxiliaryReach = 8;

    /// <summary>How many words may stand between "for" and the unit ("for more than a year", "for the past two weeks").</summary>
    private const int CountReach = 4;

    /// <summary>The tokens [Start, End) a habitual frame covers in the sentence, or (-1, -1) when it has none.</summary>
    public static (int Start, int End) Find(SentenceView view)
    {
        var tokens = view.Tokens;
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            if (view.Word(k) is not "for" || UnitAfter(view, k) is not (> 0 and var unit))
            {
                continue;
            }

            var start = -1;
            for (var j = k - 1; j >= 0 && j >= k - AuxiliaryReach; j--)
            {
                var w = view.Word(j);
                if (w is "," or ";" or "and" or "but" || view.TimeAt[j] >= 0)
                {
                    break;
                }

                if (s_perfect.Contains(w))
                {
                    start = j;
                    break;
                }
            }

            if (start < 0)
            {
                continue;
            }

            var end = unit + 1;
            while (end < tokens.Count && view.Word(end) is not ";" && view.TimeAt[end] < 0)
            {
                end++;
            }

            return (start, end);
        }

        return (-1, -1);
    }

    /// <summary>
    /// Whether the phrase stands inside the sentence's habitual frame and is told as practice: a verbal act (statements,
    /// appeals, demands, criticism, rejections, threats: "has for weeks denounced", "despite criticism from Brussels"), or
    /// any act told as the content of a habitual statement ("have said for more than a year that Putin could travel…, in what
    /// would be his first trip"). A material act kept up for a time ("had jammed GPS signals for months") is still an act.
    /// </summary>
    public static bool Covers(SentenceView view, (int Start, int End) frame, Trigger trigger, Domain.CameoCode cameo)
    {
        if (frame.Start < 0 || trigger.First <= frame.Start || trigger.First >= frame.End)
        {
            return false;
        }

        if (cameo.RootNumber is 1 or 2 or 10 or 11 or 12 or 13)
        {
            return true;
        }

        for (var k = frame.Start + 1; k < trigger.First; k++)
        {
            if (view.Clauses.IsReportingVerb(k))
            {
                return true;
            }
        }

        return false;
    }

    // The unit of a length right after "for" at k ("for years", "for more than a decade"), or -1.
    private static int UnitAfter(SentenceView view, int k)
    {
        for (var j = k + 1; j < view.Tokens.Count && j <= k + CountReach + 1; j++)
        {
            var w = view.Word(j);
            // "for a week of consultations" is a purpose, not a length of practice.
            if (s_units.Contains(w))
            {
                return j + 1 < view.Tokens.Count && view.Word(j + 1) is "of" ? -1 : j;
            }

            if (!s_counts.Contains(w))
            {
                return -1;
            }
        }

        return -1;
    }
}
