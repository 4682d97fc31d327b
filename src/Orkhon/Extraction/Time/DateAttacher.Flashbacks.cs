using Orkhon.Extraction.Lexicon;

namespace Orkhon.Extraction.Time;

/// <summary>
/// Flashbacks: a main clause told in the past perfect ("Beijing had warned Ulaanbaatar…", "Tallinn had called the detention an
/// abduction") places its act before the story's reference time, at a time the text does not give. Such a clause borrows no
/// date from the sentences before it (the chain rule carries the story's day, and the flashback is not on that day); it keeps
/// a time of its own, the sentence's opening time phrase and the date of a clause it is told with. A pluperfect under a
/// reporting verb ("said its forces had shelled the town") is the report's backshift, not a flashback, and keeps the chain.
/// </summary>
internal static partial class DateAttacher
{
    // How many words may stand between "had" and its participle ("had earlier apologised", "had repeatedly been warned").
    private const int FlashbackAdverbReach = 2;

    /// <summary>
    /// Whether the verb phrase of <paramref name="trigger"/> is a past perfect in the sentence's main clause: "had" stands just
    /// before it (past at most two lower-case words: an adverb, "been", "not"), and no reporting verb, complementiser or relative
    /// pronoun stands before that "had" in the sentence. "had talks" (a noun) and "had to leave" are no perfect.
    /// </summary>
    internal static bool IsFlashback(ClauseView view, Trigger trigger)
    {
        if (trigger.Entry.IsNoun || trigger.First <= 0)
        {
            return false;
        }

        var (text, tokens) = (view.Text, view.Tokens);
        var had = -1;
        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - 1 - FlashbackAdverbReach; k--)
        {
            var w = tokens[k].In(text);
            if (w is "had")
            {
                had = k;
                break;
            }

            if (w is "to" || view.MentionAt[k] >= 0 || !IsLowerWord(w))
            {
                return false;
            }
        }

        if (had < 1)
        {
            return false;
        }

        // Linear: one pass over the words before the auxiliary, once per verb phrase with a perfect.
        for (var k = 0; k < had; k++)
        {
            if (view.IsReportingVerb(k) || s_clauseOpeners.Contains(tokens[k].In(text)))
            {
                return false;
            }
        }

        return true;
    }
}
