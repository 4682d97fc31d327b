using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "freed U.S. basketball star Brittney Griner", "released French academic Fariba Adelkhah": a person named after their state's
/// adjective or name, with an occupation of a few lower-case words between, stands for that state as the object of an act on
/// people (release, detention). The state's mention is the object the pair finder takes; this only checks the shape, so that
/// "released Iranian funds" or "freed the Ukrainian city" name no one.
/// </summary>
internal static class NamedNationals
{
    // How many lower-case words may describe the person between the state and the name ("basketball star": 2).
    private const int OccupationReach = 3;

    /// <summary>Whether a state's mention (no place) follows at <paramref name="k"/>, after an article at most, then a person's name.</summary>
    public static bool Follows(SentenceView view, int k)
    {
        var tokens = view.Tokens;
        if (k < tokens.Count && Determiners.IsArticle(view.Word(k)))
        {
            k++;
        }

        if (k >= tokens.Count || view.MentionAt[k] < 0)
        {
            return false;
        }

        var state = view.Found[view.MentionAt[k]];
        if (state.IsPlace || state.IsPossessive)
        {
            return false;
        }

        var j = state.Last + 1;
        for (var words = 0; j < tokens.Count && words < OccupationReach && IsLowerWord(view, j); j++, words++)
        {
        }

        // Two capitalised words that are no actor: a given name and a surname.
        return j + 1 < tokens.Count && j > state.Last + 1 && IsNameWord(view, j) && IsNameWord(view, j + 1);
    }

    private static bool IsLowerWord(SentenceView view, int j) =>
        view.Tokens[j].Kind == TokenKind.Word && view.MentionAt[j] < 0 && char.IsLower(view.Word(j)[0]);

    private static bool IsNameWord(SentenceView view, int j) =>
        view.Tokens[j].Kind == TokenKind.Word && view.MentionAt[j] < 0 && view.TimeAt[j] < 0 && char.IsUpper(view.Word(j)[0]);
}
