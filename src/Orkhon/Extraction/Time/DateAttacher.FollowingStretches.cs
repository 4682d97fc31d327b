using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

// Acts told inside the stretch that followed another ("In the days that followed, Beijing summoned …", "… and demanded his
// release in the weeks that followed"): the stretch is a vague anchor, as "shortly after the invasion" is (the corpus
// README's "Dates"), so the act takes no day from another clause or sentence.
internal static partial class DateAttacher
{
    private static readonly WordSet s_aftermathUnits = Words.Lookup("aftermath-unit");
    private static readonly WordSet s_aftermathWords = Words.Lookup("aftermath");

    // How far after a phrase a closing aftermath may stand in its clause ("demanded his release in the days that followed").
    private const int AftermathReach = 8;

    // Whether the phrase stands in an aftermath stretch: one opening the sentence (after an optional "And", "But" or
    // "Then") before the phrase with no ";" between, or one closing the phrase's clause within a few words.
    private static bool InAftermath(ClauseView view, Trigger trigger)
    {
        var tokens = view.Tokens;
        var opening = tokens.Count > 0 && tokens[0].In(view.Text) is "And" or "But" or "Then" ? 1 : 0;
        if (AftermathEnd(view, opening) is var end && end > 0 && end <= trigger.First && !SemicolonBetween(view, end, trigger.First))
        {
            return true;
        }

        for (var k = trigger.End; k < tokens.Count && k < trigger.End + AftermathReach; k++)
        {
            var w = tokens[k].In(view.Text);
            if (w is "," or ";" || view.TimeAt[k] >= 0 || view.IsReportingVerb(k))
            {
                return false;
            }

            if (AftermathEnd(view, k) > 0)
            {
                return true;
            }
        }

        return false;
    }

    // The end of an aftermath stretch starting at k ("in the days that followed", "in the following weeks", "over the
    // ensuing months", "in the weeks after"), or -1. A counted stretch ("in the two days that followed") counts a time
    // of its own and is left to the time tagger.
    private static int AftermathEnd(ClauseView view, int k)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        if (k + 3 >= tokens.Count || !tokens[k].In(text).Equals("in", StringComparison.OrdinalIgnoreCase) && !tokens[k].In(text).Equals("over", StringComparison.OrdinalIgnoreCase)
            || tokens[k + 1].In(text) is not "the" || view.TimeAt[k + 2] >= 0)
        {
            return -1;
        }

        // "in the following days", "over the ensuing weeks"
        if (s_aftermathWords.Contains(tokens[k + 2].In(text)) && s_aftermathUnits.Contains(tokens[k + 3].In(text)))
        {
            return k + 4;
        }

        if (!s_aftermathUnits.Contains(tokens[k + 2].In(text)))
        {
            return -1;
        }

        // "in the days that followed", "in the weeks which followed", "in the months after"
        var next = tokens[k + 3].In(text);
        return next is "after" ? k + 4
            : next is "that" or "which" && k + 4 < tokens.Count && s_aftermathWords.Contains(tokens[k + 4].In(text)) ? k + 5
            : -1;
    }

    private static bool SemicolonBetween(ClauseView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Tokens[k].In(view.Text) is ";")
            {
                return true;
            }
        }

        return false;
    }
}
