using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// "Parliament passed a resolution condemning the French president", "the ministers issued a statement urging Israel to…":
/// an -ing form right after a text that its subject adopted or issued (`document` after an `adoption` verb in
/// <c>data/lexicon/clause-words.tsv</c>) is what that subject says, so the -ing form is coded as the subject's own act.
/// Any other text keeps its -ing form silent ("vetoed a resolution condemning…", "a resolution condemning…" drafted by no one
/// named): only adopting or issuing makes the text the subject's word.
/// </summary>
internal static class AdoptedTexts
{
    private static readonly WordSet s_documents = ClauseView.Words.Lookup("document");
    private static readonly WordSet s_adoption = ClauseView.Words.Lookup("adoption");

    // Words that may stand between the adoption verb and the text's noun: a determiner and a few lower-case modifiers
    // ("passed a non-binding resolution", "issued a joint statement").
    private const int ModifierReach = 3;

    /// <summary>Whether the -ing form at <paramref name="ing"/> follows a text its clause's subject adopted or issued.</summary>
    public static bool IsAdoptedTextClause(SentenceView view, int ing)
    {
        if (ing < 3 || view.MentionAt[ing - 1] >= 0 || !s_documents.Contains(view.Word(ing - 1)))
        {
            return false;
        }

        var determiner = false;
        for (var k = ing - 2; k >= 0 && k >= ing - 2 - ModifierReach; k--)
        {
            var w = view.Word(k);
            if (view.MentionAt[k] >= 0 || w.Length == 0 || !char.IsLower(w[0]))
            {
                return false;
            }

            if (Determiners.IsArticle(w))
            {
                determiner = true;
                continue;
            }

            if (determiner)
            {
                return s_adoption.Contains(w);
            }
        }

        return false;
    }
}
