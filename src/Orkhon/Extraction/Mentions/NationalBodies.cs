using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "the National Security Council", "Iran's Supreme National Security Council", "Russia's Security Council": a state's own body
/// that shares its last words with an international organisation's short name ("Security Council" for the U.N.'s) is not that
/// organisation. Read as the U.N. Security Council it made a state's council the actor of a U.N. condemnation ("The National
/// Security Council met and condemned Pakistan" gave UNSC→PAK). A capitalised word of the class <c>own-body-opener</c> of
/// <c>data/lexicon/mention-words.tsv</c> (National, Supreme, Federal, Presidential) right before the organisation's name makes
/// the name a national body's: the organisation is dropped. After a state's possessive the body is the state's
/// (<see cref="IsStatesOwn"/>, read in the named phrase). A name opened by an acronym ("the U.N. Security Council", "UN
/// Security Council") is the organisation in both places.
/// </summary>
internal static class NationalBodies
{
    private static readonly WordSet s_openers = MentionFinder.Words.Lookup("own-body-opener");

    /// <summary>Removes each organisation mention whose name a national body's opening word extends.</summary>
    public static void Drop(string text, List<Token> tokens, List<ActorMention> mentions, ReferenceData reference) =>
        mentions.RemoveAll(m => m.Codes.Count == 1 && !m.IsPlace && m.First > 0 && reference.FindOrganisation(m.Code) is not null
            && IsPlainCapitalised(text, tokens[m.First]) && s_openers.Contains(tokens[m.First - 1].In(text)) && char.IsUpper(tokens[m.First - 1].In(text)[0]));

    /// <summary>
    /// Whether an organisation's name read at token <paramref name="first"/>, right after a state's possessive, is that state's
    /// own body: the name opens with a plain capitalised word ("Russia's Security Council"), not an acronym ("Britain's U.N.
    /// Security Council envoy").
    /// </summary>
    public static bool IsStatesOwn(string text, List<Token> tokens, int first, string code, ReferenceData reference) =>
        first < tokens.Count && reference.FindOrganisation(code) is not null && IsPlainCapitalised(text, tokens[first]);

    // "Security", not "U.N.", "UN" or "OSCE": a capital and then lower-case letters only.
    private static bool IsPlainCapitalised(string text, Token token)
    {
        var word = token.In(text);
        if (token.Kind != TokenKind.Word || word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
