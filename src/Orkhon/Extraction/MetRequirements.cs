using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Meet" with a requirement for its object satisfies it and meets no one: "few producers have met Japanese sanitary
/// standards", "Pakistan met all the IMF's targets", "Ukraine has met seven of the EU's conditions", "Serbia met the deadline
/// set by Brussels". The actor inside the object only owns the requirement. The nouns are data
/// (<c>data/lexicon/phrase-words.tsv</c>, class requirement-noun).
/// </summary>
internal static class MetRequirements
{
    private static readonly WordSet s_requirements = PhraseGrammar.Words.Lookup("requirement-noun");

    // "meet", "meets", "met", "meeting": the verb's forms as the lexicon inflects it, matched as written.
    private static readonly WordSet s_meetForms = new(Inflection.Forms("meet"), StringComparer.Ordinal);

    // Prepositions, conjunctions and pronouns: after the verb's object, they show that it has ended.
    private static readonly WordSet s_objectEnds = PhraseGrammar.Words.Lookup("participle-complement");

    // "met all of the EU's seven conditions": the longest object phrase read before its head noun.
    private const int LongestObjectBeforeHead = 6;

    /// <summary>Whether the verb "meet" at <paramref name="trigger"/> has a requirement noun for the head of its object.</summary>
    public static bool IsRequirementMet(SentenceView view, Trigger trigger)
    {
        if (trigger.Entry.IsNoun || trigger.End - trigger.First != 1 || !s_meetForms.Contains(view.Word(trigger.First)))
        {
            return false;
        }

        for (var k = trigger.End; k < view.Tokens.Count && k <= trigger.End + LongestObjectBeforeHead; k++)
        {
            var w = view.Word(k);
            if (s_requirements.Contains(w))
            {
                return true;
            }

            // The object's own words: articles, owners ("the EU's"), numbers and "of" ("seven of"), modifiers. A preposition,
            // a conjunction or a time phrase ends it ("met Xi in Beijing", "met Putin amid demands", "met Modi last week").
            var ownWord = view.TimeAt[k] < 0
                && (PhraseGrammar.IsDeterminer(view, k) || view.MentionAt[k] >= 0 || w is "of"
                    || (w.Length > 0 && char.IsLower(w[0]) && char.IsLetter(w[^1]) && !s_objectEnds.Contains(w) && !PhraseGrammar.IsLocative(w)));
            if (!ownWord)
            {
                return false;
            }
        }

        return false;
    }
}
