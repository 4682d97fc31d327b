using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Lexicon phrases written in the passive with their object noun first: "relations … were established" for
/// "establish * relations", "talks were held" for "hold * talks". The lexicon phrase reads verb-then-noun; here the
/// participle after a form of "be" is the phrase, when the phrase's last word stands shortly before it.
/// </summary>
internal static class PassivePhraseFinder
{
    // phrase-words.tsv, be-participle-adverb: "were formally established", "were reportedly imposed".
    private static readonly WordSet s_beParticipleAdverbs = PhraseGrammar.Words.Lookup("be-participle-adverb");

    /// <summary>The passive phrases of the sentence that no found phrase covers, in text order.</summary>
    public static List<Trigger> Find(EventLexicon lexicon, SentenceView view, List<Trigger> triggers)
    {
        var (text, tokens, mentionAt, blocked) = (view.Text, view.Tokens, view.MentionAt, view.Blocked);
        var found = new List<Trigger>();
        // A passive participle follows a form of "be" (AfterBe): no token up to the sentence's first such form is one, and a
        // sentence with none (many) is not scanned further.
        var firstBe = 0;
        while (firstBe < tokens.Count && !Inflection.IsBe(tokens[firstBe].In(text)))
        {
            firstBe++;
        }

        var t = 0;
        for (var i = Math.Max(1, firstBe + 1); i < tokens.Count; i++)
        {
            while (t < triggers.Count && triggers[t].End <= i)
            {
                t++;
            }

            if ((t < triggers.Count && triggers[t].First <= i) || blocked[i] || mentionAt[i] >= 0 || tokens[i].Kind != TokenKind.Word || !AfterBe(text, tokens, i))
            {
                continue;
            }

            foreach (var phrase in lexicon.StartingWith(tokens[i].In(text)))
            {
                // A row that needs object words ("on the sidelines") means its event only with them, and the passive
                // form has no object to check them on: leave it to the rows that stand alone.
                if (phrase.Entry.IsNoun || phrase.Entry.RequiredObjects.Count > 0 || phrase.Slots.Count < 2 || !phrase.IsParticiple(tokens[i].In(text)) || EventNoun(phrase) is not { } nouns)
                {
                    continue;
                }

                if (NounBefore(view, i, nouns) && ModifiersBefore(view, i, phrase, nouns))
                {
                    found.Add(new Trigger(i, i + 1, phrase, true));
                    break;
                }
            }
        }

        return found;
    }

    // The phrase's event noun: its last slot of content words. A preposition that ends the row ("lodge * protest with")
    // brings the target, which in the passive follows the participle ("A protest was lodged with Beijing by Tokyo").
    internal static PhraseSlot? EventNoun(CompiledPhrase phrase)
    {
        for (var s = phrase.Slots.Count - 1; s >= 1; s--)
        {
            if (phrase.Slots[s] is { } slot && !AllFunctionWords(slot.Lemmas))
            {
                return slot;
            }
        }

        return null;
    }

    // Every other content slot after the verb must stand before the participle too: "Talks were held" is no
    // "hold * video * talks" (a video call).
    private static bool ModifiersBefore(SentenceView view, int participle, CompiledPhrase phrase, PhraseSlot nouns)
    {
        for (var s = 1; s < phrase.Slots.Count; s++)
        {
            if (phrase.Slots[s] is { } slot && !ReferenceEquals(slot, nouns) && !AllFunctionWords(slot.Lemmas) && !NounBefore(view, participle, slot))
            {
                return false;
            }
        }

        return true;
    }

    // Whether every lemma of a slot is a function word ("to", "with|against"). A loop, not Lemmas.All(…): this runs for every
    // phrase tried at a participle after "be", and the method group was a delegate allocated at each call.
    private static bool AllFunctionWords(IReadOnlyList<string> lemmas)
    {
        for (var i = 0; i < lemmas.Count; i++)
        {
            if (!Inflection.FunctionWords.Contains(lemmas[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NounBefore(SentenceView view, int participle, PhraseSlot nouns)
    {
        var (text, tokens, mentionAt) = (view.Text, view.Tokens, view.MentionAt);
        for (var k = participle - 1; k >= 0 && k >= participle - view.Options.PassiveNounReach; k--)
        {
            var w = tokens[k].In(text);
            if (w is "," or ";" or ":")
            {
                return false;
            }

            if (mentionAt[k] < 0 && nouns.Accepts(w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AfterBe(string text, List<Token> tokens, int i)
    {
        var k = i - 1;
        while (k > 0 && s_beParticipleAdverbs.Contains(tokens[k].In(text)))
        {
            k--;
        }

        return Inflection.IsBe(tokens[k].In(text));
    }
}
