using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// A firm named by where it is based or listed ("the London-based miner", "a Canadian-listed coal company", "a
/// Tokyo-headquartered carmaker"): that state's business, something an act may be aimed at, never the state acting. The
/// compound must be followed, within two words, by a business noun of <c>data/lexicon/role-words.tsv</c>, so that "a
/// London-based analyst" names no firm.
/// </summary>
internal static class FirmHome
{
    /// <summary>The firm's state and the index after its noun, for a compound at token i; null when none.</summary>
    public static (string Code, int End)? Read(string text, IReadOnlyList<Token> tokens, int i, ActorGazetteer gazetteer)
    {
        var word = tokens[i].In(text);
        var dash = word.LastIndexOf('-');
        if (dash <= 0 || word[(dash + 1)..] is not ("based" or "listed" or "headquartered")
            || !gazetteer.TryResolve(word[..dash], out var home) || home.Form is not (NameForm.Adjective or NameForm.Name or NameForm.Capital or NameForm.Place))
        {
            return null;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 2 && tokens[k].Kind == TokenKind.Word; k++)
        {
            if (RoleWords.TryGet(tokens[k].In(text), out var role) && role == ActorRole.Business)
            {
                return (home.Code, k + 1);
            }
        }

        return null;
    }
}
