using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "Anwar, who chairs ASEAN this year, said Malaysia stood ready to…", "Hungary, which holds the rotating presidency of the EU,
/// brokered…", "Orban, whose country holds the EU presidency, said…": an organisation that a relative clause says its antecedent
/// chairs or presides over is that actor's office, no party to the sentence's acts; read as one, it became the target of the
/// main clause's act (MYS→ASEAN, HUN→EU). Only an organisation right after a chairing verb, or inside "the (rotating) chair,
/// presidency or chairmanship (of)", within a few words after "who", "which" or "whose", is dropped (mention-words.tsv:
/// chair-verb, chair-office, chair-relative); "Xi chaired the SCO summit" and "ASEAN chair Anwar" keep their readings.
/// </summary>
internal static class ChairedBodies
{
    // Words between the relative word and the chairing verb at most ("whose country holds", "who this year chairs").
    private const int Reach = 3;

    private static readonly WordSet s_verbs = MentionFinder.Words.Lookup("chair-verb");
    private static readonly WordSet s_offices = MentionFinder.Words.Lookup("chair-office");
    private static readonly WordSet s_relatives = MentionFinder.Words.Lookup("chair-relative");

    /// <summary>Removes each organisation mention that a relative clause names as the chaired body of its antecedent.</summary>
    public static void Drop(string text, List<Token> tokens, List<ActorMention> mentions, ReferenceData reference) =>
        mentions.RemoveAll(m => m.Codes.Count == 1 && !m.IsPlace && reference.FindOrganisation(m.Code) is not null && IsChaired(text, tokens, m));

    private static bool IsChaired(string text, List<Token> tokens, ActorMention m)
    {
        var k = m.First - 1;
        if (k >= 0 && tokens[k].In(text) is "the")
        {
            k--;
        }

        // "holds the rotating presidency of the EU": past "of", the office noun and its article and modifier.
        if (k >= 1 && tokens[k].In(text) is "of" && s_offices.Contains(tokens[k - 1].In(text)))
        {
            k -= 2;
            k = SkipArticleAndModifier(text, tokens, k);
        }
        else if (m.Last + 1 < tokens.Count && s_offices.Contains(tokens[m.Last + 1].In(text)))
        {
            // "holds the EU presidency": the organisation names the office after it.
            k = SkipArticleAndModifier(text, tokens, k);
        }

        return k >= 0 && s_verbs.Contains(tokens[k].In(text)) && AfterRelative(text, tokens, k);
    }

    // Back past "rotating" and "the" before an office noun.
    private static int SkipArticleAndModifier(string text, List<Token> tokens, int k)
    {
        if (k >= 0 && tokens[k].In(text) is "rotating" or "current")
        {
            k--;
        }

        return k >= 0 && tokens[k].In(text) is "the" ? k - 1 : k;
    }

    private static bool AfterRelative(string text, List<Token> tokens, int verb)
    {
        for (var j = verb - 1; j >= 0 && verb - j <= Reach; j--)
        {
            if (s_relatives.Contains(tokens[j].In(text)))
            {
                return true;
            }

            if (tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }
}
