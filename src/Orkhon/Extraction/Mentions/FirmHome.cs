using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
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
    /// <summary>
    /// The firm's state and the index after its noun or name, for a compound at token i, and whether the firm is named (such a
    /// firm acts and is listed like any company); null when none.
    /// </summary>
    public static (string Code, int End, bool Named)? Read(string text, List<Token> tokens, int i, ActorGazetteer gazetteer)
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
                return (home.Code, k + 1, false);
            }
        }

        return NamedFirmEnd(text, tokens, i) is { } end ? (home.Code, end, true) : null;
    }

    // Capitalised words a firm's name may run to ("London-based Rio Tinto").
    private const int NameReach = 3;

    // "… with Canada's Ivanhoe Mines and London-based Rio Tinto": with no article before it, the compound is followed by the
    // firm's own name. After an article ("the London-based Syrian Observatory for Human Rights") or with "for"/"of" after the
    // name, it is a body of another kind, and none is read.
    private static int? NamedFirmEnd(string text, List<Token> tokens, int i)
    {
        if (i > 0 && Determiners.IsArticleMaybeCapitalised(tokens[i - 1].In(text)))
        {
            return null;
        }

        var k = i + 1;
        while (k < tokens.Count && k <= i + NameReach && tokens[k].Kind == TokenKind.Word && tokens[k].In(text) is var w && w.Length > 1 && char.IsUpper(w[0]))
        {
            k++;
        }

        return k > i + 1 && !(k < tokens.Count && tokens[k].In(text) is "for" or "of" or "'s") ? k : null;
    }
}
