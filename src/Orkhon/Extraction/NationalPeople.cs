using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "freed 10 Americans", "expelled four Russian agents", "deported 300 Afghans": people of a state named by its demonym or by
/// its adjective with a role noun are the object of an act on people (release, expulsion); the state is the target. The state
/// itself ("expelled Russia from the council"), its government, a place or a possessor ("Russia's agents") names no such people.
/// An expulsion of agents or officers is one of individuals (174); of a demonym's crowd ("more than 1,000 Colombians") a mass
/// expulsion (201), so the expulsion rows ask for people in office (object word <c>state-officials</c>).
/// </summary>
internal static class NationalPeople
{
    // How many words of a quantity may stand before the people ("the same number of", "more than 1,000", "dozens of").
    private const int QuantityReach = 5;

    /// <summary>Whether, after a count or modifiers, a mention of a state's people (one with a role, not the government) follows at <paramref name="k"/>.</summary>
    public static bool Follows(SentenceView view, int k, bool officialsOnly)
    {
        for (var start = k; k < view.Tokens.Count && k - start < QuantityReach && view.MentionAt[k] < 0
            && (view.Tokens[k].Kind == Text.TokenKind.Number || IsQuantityWord(view.Word(k))); k++)
        {
        }

        // People held before the act: "freed three detained Americans".
        if (k + 1 < view.Tokens.Count && view.MentionAt[k] < 0 && s_captiveParticiples.Contains(view.Word(k)))
        {
            k++;
        }

        if (k >= view.Tokens.Count || view.MentionAt[k] < 0)
        {
            return false;
        }

        var people = view.Found[view.MentionAt[k]];
        return people.Kind == Mentions.MentionKind.Adjective && people.Role is { } role && role != ActorRole.Government
            && !(officialsOnly && role is ActorRole.Civilians or ActorRole.Refugees) && !people.IsPlace && !people.IsPossessive;
    }

    private static bool IsQuantityWord(ReadOnlySpan<char> w) => s_quantityWords.Contains(w);

    // phrase-words.tsv, people-quantity.
    private static readonly WordSet s_quantityWords = PhraseGrammar.Words.Lookup("people-quantity");

    // phrase-words.tsv, captive-participle.
    private static readonly WordSet s_captiveParticiples = PhraseGrammar.Words.Lookup("captive-participle");
}
