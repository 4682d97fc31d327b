using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// "Parliament passed a resolution condemning the French president", "the ministers issued a statement urging Israel to…":
/// an -ing form right after a text that its subject adopted or issued (`document` after an `adoption` verb in
/// <c>data/lexicon/clause-words.tsv</c>) is what that subject says, so the -ing form is coded as the subject's own act.
/// Any other text keeps its -ing form silent ("vetoed a resolution condemning…", "a resolution condemning…" drafted by no one
/// named): only adopting or issuing makes the text the subject's word. News often puts the day or the vote between the
/// text and its -ing form ("adopted a resolution on Thursday demanding…", "passed a resolution by 141 votes to five
/// condemning…", "unanimously"): those words are skipped, so that the -ing form is still the body's act and the act it
/// demands stays embedded.
/// </summary>
internal static class AdoptedTexts
{
    private static readonly WordSet s_documents = ClauseView.Words.Lookup("document");
    private static readonly WordSet s_adoption = ClauseView.Words.Lookup("adoption");

    // Words that may stand between the adoption verb and the text's noun: a determiner and a few lower-case modifiers
    // ("passed a non-binding resolution", "issued a joint statement").
    private const int ModifierReach = 3;

    // The most words a vote tally may take ("by a vote of 141 to five with 35 abstentions").
    private const int TallyReach = 10;

    /// <summary>Whether the -ing form at <paramref name="ing"/> follows a text its clause's subject adopted or issued.</summary>
    public static bool IsAdoptedTextClause(SentenceView view, int ing)
    {
        var text = TextNounBefore(view, ing);
        if (text < 2 || view.MentionAt[text] >= 0 || !s_documents.Contains(view.Word(text)))
        {
            return false;
        }

        var determiner = false;
        for (var k = text - 1; k >= 0 && k >= text - 1 - ModifierReach; k--)
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

    // The word before the -ing form once a time phrase (with its "late" or "early"), a vote tally ("by 141 votes to five", "by a vote of 13 to 0") and
    // "unanimously" are passed over.
    private static int TextNounBefore(SentenceView view, int ing)
    {
        var k = ing - 1;
        for (var pass = 0; pass < 3 && k >= 0; pass++)
        {
            while (k >= 0 && view.TimeAt[k] >= 0)
            {
                k--;
            }

            // "late on Friday", "early on Monday": the time phrase's own adverb.
            if (k >= 0 && k < ing - 1 && view.Word(k) is "late" or "early")
            {
                k--;
            }

            if (k >= 0 && view.Word(k) is "unanimously")
            {
                k--;
            }

            var by = TallyStart(view, k);
            if (by >= 0)
            {
                k = by - 1;
            }
        }

        return k;
    }

    // The "by" that opens a vote tally ending at <paramref name="last"/>, or -1.
    private static int TallyStart(SentenceView view, int last)
    {
        var votes = false;
        for (var k = last; k >= 0 && k > last - TallyReach; k--)
        {
            var w = view.Word(k);
            if (view.MentionAt[k] >= 0)
            {
                return -1;
            }

            votes |= w is "votes" or "vote";
            if (w is "by")
            {
                return votes ? k : -1;
            }
        }

        return -1;
    }
}
