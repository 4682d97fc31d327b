using Orkhon.Extraction.Lexicon;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// A meeting or call told as an adjunct right after a verb: "Blinken demanded in a phone call with Lavrov that …", "warned
/// during talks with Xi that …". The meeting is coded on its own (its noun ends in "with"), and the partner after "with" is
/// also the one the verb addresses, so the verb's objects run through the adjunct.
/// </summary>
internal static class MeetingAdjuncts
{
    /// <summary>
    /// Whether <paramref name="next"/> is a "with" noun of a meeting that follows <paramref name="verb"/> after only a preposition
    /// of time or setting and an article ("in a", "during", "during the").
    /// </summary>
    public static bool FollowsVerb(SentenceView view, Trigger verb, Trigger next)
    {
        if (verb.Entry.IsNoun || !next.Entry.IsNoun || !next.Entry.Phrase.EndsWith(" with", StringComparison.Ordinal) || next.First - verb.End is < 1 or > 3)
        {
            return false;
        }

        var k = verb.End;
        if (view.Word(k) is not ("in" or "during"))
        {
            return false;
        }

        for (k++; k < next.First; k++)
        {
            // Only an article or an adjective of the noun ("a two-hour phone call") may stand between.
            if (view.MentionAt[k] >= 0 || !(Determiners.IsArticle(view.Word(k)) || PhraseGrammar.IsNounModifier(view.Word(k)) || view.Word(k).EndsWith("-hour", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }
}
