using System.Globalization;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// A light-verb passive with its event noun first names its giver inside the noun phrase, not after "by": "Aid worth $5
/// million from Seoul was delivered to Mongolia", "A loan from Beijing was granted to Colombo", "Weapons from Tehran were
/// supplied to Moscow". The actor after "from" that ends the subject, right before the auxiliary, is the passive's agent
/// when only the event noun itself and an amount stand before "from": "Sanctions on imports from Russia were imposed" is no
/// act of Russia's, since "imports" stands between.
/// </summary>
internal static class NounFirstPassives
{
    // phrase-words.tsv: "worth", "of" before an amount; "million" and the other words that may stand in an owned event noun.
    private static readonly WordSet s_amountLinks = PhraseGrammar.Words.Lookup("amount-link");

    private static readonly WordSet s_possessedModifiers = PhraseGrammar.Words.Lookup("possessed-modifier");

    private static readonly WordSet s_beParticipleAdverbs = PhraseGrammar.Words.Lookup("be-participle-adverb");

    /// <summary>
    /// The giver named by "from" at the end of a noun-first passive's subject, or null. Linear: it reads back from the
    /// participle over the auxiliaries, the mention, and at most the passive noun reach of words.
    /// </summary>
    public static ActorMention? FromGiver(SentenceView view, Trigger trigger)
    {
        // The event noun: the phrase's last content word ("deliver * aid"), or for a one-word row its object words ("grant" with
        // "loan|credit": "A loan from Beijing was granted").
        var nouns = PassivePhraseFinder.EventNoun(trigger.Phrase);
        if (!trigger.Passive || (nouns is null && trigger.Entry.RequiredObjects.Count == 0))
        {
            return null;
        }

        // Back over the adverbs and the auxiliaries: "was delivered", "had been sent", "were reportedly supplied".
        var k = trigger.First - 1;
        while (k > 0 && s_beParticipleAdverbs.Contains(view.Word(k)))
        {
            k--;
        }

        var auxiliaries = 0;
        while (k > 0 && (Inflection.IsBe(view.Word(k)) || Inflection.IsFiniteHave(view.Word(k))))
        {
            k--;
            auxiliaries++;
        }

        if (auxiliaries == 0 || k <= 1 || view.MentionOf(k) is not { } giver)
        {
            return null;
        }

        var from = giver.First - 1;
        if (from > 0 && PhraseGrammar.IsDeterminer(view, from) && view.MentionAt[from] < 0)
        {
            from--;
        }

        if (from <= 0 || view.Word(from) is not "from")
        {
            return null;
        }

        // Before "from": the event noun, with only an amount between ("aid worth $5 million", "a loan of $2 billion").
        for (var j = from - 1; j >= 0 && j >= from - view.Options.PassiveNounReach; j--)
        {
            var w = view.Word(j);
            if (view.MentionAt[j] < 0 && (nouns?.Accepts(w) ?? trigger.Phrase.IsRequiredObject(w)))
            {
                return giver;
            }

            if (!IsAmountWord(w) && !view.Blocked[j])
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsAmountWord(ReadOnlySpan<char> w) =>
        w.Length > 0 && (char.IsDigit(w[0]) || CharUnicodeInfo.GetUnicodeCategory(w[0]) == UnicodeCategory.CurrencySymbol
            || s_amountLinks.Contains(w) || s_possessedModifiers.Contains(w));
}
