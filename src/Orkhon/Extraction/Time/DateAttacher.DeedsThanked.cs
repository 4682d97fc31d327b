using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

internal static partial class DateAttacher
{
    // The verbs of thanks and congratulation: date-words.tsv, gratitude.
    private static readonly WordSet s_gratitude = Words.Lookup("gratitude");

    /// <summary>
    /// Whether the time phrase at token k, after the phrase, stands in the "for"/"on" complement of a verb of thanks or
    /// congratulation: "thanked Tokyo for its help in arranging talks last March", "congratulated Battulga on his election
    /// the previous year". A month or a year there dates the deed thanked for, which lies before the thanks; a day may still
    /// be the verb's own ("thanked him for his help on Tuesday"), as <see cref="EndsNominalComplement"/> reads it.
    /// </summary>
    private static bool InDeedThanked(ClauseView view, Trigger trigger, int k)
    {
        if (k < trigger.End || view.Times[view.TimeAt[k]].Value.Precision == DatePrecision.Day
            || !s_gratitude.Contains(view.Tokens[trigger.First].In(view.Text)))
        {
            return false;
        }

        // The complement's preposition must stand between the verb and the time phrase, with no clause break between.
        var start = PhraseStart(view, k);
        for (var j = trigger.First + 1; j < start; j++)
        {
            var w = view.Tokens[j].In(view.Text);
            if (w is "," or ";" or ":" || view.IsReportingVerb(j))
            {
                return false;
            }

            if (w is "for" or "on" && view.TimeAt[j] < 0 && !(j + 1 < view.Tokens.Count && view.TimeAt[j + 1] >= 0))
            {
                return !OccasionBetween(view, j + 1, start);
            }
        }

        return false;
    }

    // "thanked Mongolia for their courage in a speech in November 2005": a new occasion opened by "in", "at" or "during" and
    // an indefinite article tells where the thanks were given, and the time after it is theirs.
    private static bool OccasionBetween(ClauseView view, int from, int to)
    {
        for (var j = from; j + 1 < to; j++)
        {
            if (view.Tokens[j].In(view.Text) is "in" or "at" or "during" && view.Tokens[j + 1].In(view.Text) is "a" or "an")
            {
                return true;
            }
        }

        return false;
    }
}
