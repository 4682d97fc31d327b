using Orkhon.Extraction.Lexicon;

namespace Orkhon.Extraction;

/// <summary>
/// "Mongolia neither condemned nor endorsed Russia's annexation of four Ukrainian regions", "India has not recognised
/// Moscow's annexation of Crimea": an act noun with its owner that a denied or unrealised phrase takes as its object is told
/// only as what that phrase was not done to, as the corpus's hard negatives code it (README, rule 6: absence of events); it
/// is coded no more than the phrase that holds it. The same noun after a phrase told as done ("condemned Russia's
/// annexation") or opening its own clause is read as any other.
/// </summary>
internal static class DeniedActNounObjects
{
    /// <summary>
    /// Whether phrase <paramref name="t"/> is a noun that the verb phrase right before it takes as its object through the
    /// noun's possessor: only articles stand between the verb and the possessor ("condemned the Kremlin's annexation").
    /// Linear in that gap.
    /// </summary>
    public static bool IsObjectOfPrevious(SentenceView view, List<Trigger> triggers, int t)
    {
        if (t == 0 || !triggers[t].Entry.IsNoun || triggers[t - 1].Entry.IsNoun || triggers[t - 1].End > triggers[t].First
            || PhraseGrammar.PossessorIndex(view, triggers[t].First) is not (>= 0 and var possessor))
        {
            return false;
        }

        var owner = view.Found[view.MentionAt[possessor]];
        for (var k = triggers[t - 1].End; k < owner.First; k++)
        {
            if (!Determiners.IsArticle(view.Word(k)))
            {
                return false;
            }
        }

        return true;
    }
}
