using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// "Germany said it would expel four diplomats and was recalling its ambassador", "Chile was expelling two diplomats and would
/// close its consulate": a verb whose own auxiliary stands right after "and" opens no clause of its own (a new subject would
/// stand between "and" and the auxiliary), so it shares the subject of the verb phrase told before it. The actor right before
/// "and" is that phrase's object, never this verb's subject.
/// </summary>
internal static class AuxiliaryAfterAnd
{
    // and-auxiliary and and-adverb of data/lexicon/clause-words.tsv, compared as written as this rule has always read them.
    private static readonly WordSet s_auxiliaries = new(ClauseView.Words.Of("and-auxiliary"), StringComparer.Ordinal);
    private static readonly WordSet s_adverbs = new(ClauseView.Words.Of("and-adverb"), StringComparer.Ordinal);

    /// <summary>
    /// Whether the active verb phrase <paramref name="trigger"/> reads "and" + auxiliary (+ "not", "also", "be", "been" and the
    /// like) + the verb, all after <paramref name="windowStart"/> (the end of the phrase told before).
    /// </summary>
    public static bool Follows(SentenceView view, Trigger trigger, int windowStart)
    {
        if (trigger.Entry.IsNoun || trigger.Passive)
        {
            return false;
        }

        var k = trigger.First - 1;
        while (k > windowStart && s_adverbs.Contains(view.Word(k)))
        {
            k--;
        }

        return k > windowStart && s_auxiliaries.Contains(view.Word(k)) && view.Word(k - 1) is "and";
    }
}
