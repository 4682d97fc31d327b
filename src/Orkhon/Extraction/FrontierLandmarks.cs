using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A state named only as the far side of a border or a shore of a sea places a joint-kind act, it is no partner in it: "India
/// held military exercises in Ladakh near its border with China", "Turkey's army held drills on its side of the border with
/// Syria", "Chinese warships held live-fire drills in the Tasman Sea between Australia and New Zealand" tell no military
/// cooperation with China, Syria, Australia or New Zealand. The state follows "with" or "between" right after a word of class
/// <c>landmark</c> of <c>data/lexicon/phrase-words.tsv</c> ("border", "frontier", "Sea", "Strait"), an article allowed between;
/// before "landmark with" stands a possessive or a frontier preposition other than "on" (class <c>frontier-preposition</c>), so
/// "signed a deal on the waters with Pakistan" and "held talks in the Gulf with Iran" keep their partner;
/// a state coordinated after such a state ("between Australia and New Zealand") is read with it. A partner named by "with"
/// after the act ("held drills with China near the border") is untouched, and so is a fight (root 19), where the neighbour over
/// the border is often the foe. Switch: <see cref="ExtractionGuards.FrontierLandmarks"/>.
/// </summary>
internal static class FrontierLandmarks
{
    private static readonly WordSet s_landmarks = PhraseGrammar.Words.Lookup("landmark");
    private static readonly WordSet s_frontierPrepositions = PhraseGrammar.Words.Lookup("frontier-preposition");
    private static readonly WordSet s_frontierAdverbs = PhraseGrammar.Words.Lookup("frontier-adverb");

    /// <summary>Whether <paramref name="candidate"/> is named only beside a border or a sea ("its border with China").</summary>
    public static bool IsBesideLandmark(SentenceView view, ActorMention candidate)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(candidate);
        var j = PhraseGrammar.SkipArticlesBackward(view, candidate.First - 1);
        if (j >= 1 && s_landmarks.Contains(view.Word(j - 1))
            && (view.Word(j) is "between" || (view.Word(j) is "with" && IsFrontierPlaced(view, j - 2))))
        {
            return true;
        }

        // "between Australia and New Zealand", "between Greece, Turkey and Bulgaria": a state coordinated after one that is.
        if (j >= 1 && view.Word(j) is "and" or "," && view.MentionAt[j - 1] is var before and >= 0)
        {
            var previous = view.Found[before];
            return previous != candidate && IsBesideLandmark(view, previous);
        }

        return false;
    }

    // Before "landmark with": a possessive ("its border with China"), a frontier preposition other than "on" ("near the border
    // with Poland", "along", "across"), "close to", or "side of" ("its own side of the border with Syria"). "on the waters with
    // Pakistan", "talks on the border with China", "talks in the Gulf with Iran" name a topic or a venue and the partner after it.
    private static bool IsFrontierPlaced(SentenceView view, int k)
    {
        if (k < 0)
        {
            return false;
        }

        if (Determiners.IsPossessivePronoun(view.Word(k)))
        {
            return true;
        }

        k = PhraseGrammar.SkipArticlesBackward(view, k);
        if (k < 0)
        {
            return false;
        }

        var word = view.Word(k);
        return (s_frontierPrepositions.Contains(word) && word is not "on")
            || (k >= 1 && word is "to" && s_frontierAdverbs.Contains(view.Word(k - 1)))
            || (k >= 1 && word is "of" && view.Word(k - 1) is "side");
    }
}
