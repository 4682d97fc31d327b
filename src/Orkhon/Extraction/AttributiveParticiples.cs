using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A past participle used as an adjective names a kind of thing, not an act: "two U.S. military planes carrying deported
/// migrants", "some 30 heavily armed Serb attackers", "the expelled diplomats flew home". The participle stands between an
/// opener of a noun phrase (an article, a number, a preposition, an -ing verb whose object it opens) and the noun it
/// describes, with at most an -ly adverb before it. A verb is followed by its agent, a particle, a pronoun or a preposition
/// ("the envoy expelled by Moscow") or has a subject of its own before it ("Russia expelled diplomats"). The words are data
/// (<c>data/lexicon/phrase-words.tsv</c>, classes attributive-opener and participle-complement).
/// </summary>
internal static class AttributiveParticiples
{
    private static readonly WordSet s_openers = PhraseGrammar.Words.Lookup("attributive-opener");
    private static readonly WordSet s_complements = PhraseGrammar.Words.Lookup("participle-complement");
    private static readonly WordSet s_counts = PhraseGrammar.Words.Lookup("attributive-count");
    private static readonly WordSet s_captives = PhraseGrammar.Words.Lookup("captive-participle");

    /// <summary>Whether the one-word verb phrase at <paramref name="trigger"/> is a past participle describing the noun after it.</summary>
    public static bool IsAttributive(SentenceView view, Trigger trigger)
    {
        if (trigger.Entry.IsNoun || trigger.End - trigger.First != 1 || trigger.End >= view.Tokens.Count
            || !PhraseGrammar.IsLowerPastForm(view.Word(trigger.First)))
        {
            return false;
        }

        return DescribesTheNextWord(view, trigger.End) && OpensANounPhrase(view, trigger.First - 1);
    }

    // The participle's noun follows at once: a lower-case word that is no function word, or an actor's adjective ("Serb").
    private static bool DescribesTheNextWord(SentenceView view, int next)
    {
        if (view.MentionAt[next] >= 0)
        {
            return true;
        }

        var w = view.Word(next);
        if (w.Length == 0 || !char.IsLower(w[0]) || s_complements.Contains(w) || PhraseGrammar.IsDeterminer(view, next))
        {
            return false;
        }

        foreach (var c in w)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    // What stands before the participle, past one -ly adverb ("heavily armed"), opens a noun phrase: an article, a number,
    // a preposition, or an -ing verb whose object the phrase is ("carrying deported migrants"; not "having", "being", nor
    // an -ing noun after its article: "the meeting approved sanctions").
    private static bool OpensANounPhrase(SentenceView view, int k)
    {
        if (k >= 0 && PhraseGrammar.IsLyAdverb(view.Word(k)))
        {
            k--;
        }

        // A time phrase before it dates a verb ("which in 2014 annexed Crimea").
        if (k < 0 || view.MentionAt[k] >= 0 || view.TimeAt[k] >= 0)
        {
            return false;
        }

        var w = view.Word(k);
        return s_openers.Contains(w)
            || (w.Length > 0 && char.IsDigit(w[0]))
            || (IsCountAfterItsVerb(view, k) && s_captives.Contains(view.Word(k + 1)))
            || (PhraseGrammar.IsLowerIngForm(w) && w is not "having" && !Inflection.IsBe(w) && (k == 0 || !PhraseGrammar.IsDeterminer(view, k - 1)));
    }

    // A count word opens the noun phrase of held people when no article or determiner makes it a noun of its own: "freed three
    // detained Americans", but "the two exchanged prisoners" has "the two" as its subject. Only a captive participle is read
    // so ("detained", "jailed"): a count before another verb is more often its subject.
    private static bool IsCountAfterItsVerb(SentenceView view, int k) =>
        s_counts.Contains(view.Word(k)) && k > 0 && view.MentionAt[k - 1] < 0 && !PhraseGrammar.IsDeterminer(view, k - 1)
        && !s_openers.Contains(view.Word(k - 1));
}
