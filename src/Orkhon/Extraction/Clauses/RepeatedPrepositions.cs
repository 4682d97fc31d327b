using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// "spoke with Seoul's foreign minister and with Beijing's", "imposed sanctions on Russia and on Belarus", "established ties with
/// Hanoi in 1955 and with Saigon in 1960": news repeats the preposition before each member of a list of objects, often with a
/// time phrase of each member's own between them. The preposition repeated after "and" joins the next actor to the objects as
/// "and" alone does; the time phrase after each member stays that member's (<see cref="PairFinder.DateOf"/>).
/// </summary>
internal static class RepeatedPrepositions
{
    // Prepositions that introduce an act's party; not "in" or "at" (a venue: "met in Paris and in Rome" names no partner).
    // repeated-preposition of data/lexicon/clause-words.tsv, compared as written as this rule has always read it.
    private static readonly WordSet s_partyPrepositions = new(ClauseView.Words.Of("repeated-preposition"), StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="next"/> follows the object list ending at <paramref name="last"/> as "and" + the preposition that
    /// introduced <paramref name="head"/> (+ an article), with nothing but a comma or a time phrase between.
    /// </summary>
    public static bool Joins(SentenceView view, ActorMention head, int last, ActorMention next)
    {
        var p = PhraseGrammar.SkipArticlesBackward(view, head.First - 1);
        if (p < 0 || !s_partyPrepositions.Contains(view.Word(p)))
        {
            return false;
        }

        var j = PhraseGrammar.SkipArticlesBackward(view, next.First - 1);
        if (j - 1 <= last || !view.Word(j).SequenceEqual(view.Word(p)) || view.Word(j - 1) is not "and")
        {
            return false;
        }

        for (var k = last + 1; k < j - 1; k++)
        {
            var timeOpener = view.Word(k) is "in" or "on" && k + 1 < j - 1 && view.TimeAt[k + 1] >= 0;
            if (!(view.TimeAt[k] >= 0 || view.Word(k) is "," || timeOpener))
            {
                return false;
            }
        }

        return true;
    }
}
