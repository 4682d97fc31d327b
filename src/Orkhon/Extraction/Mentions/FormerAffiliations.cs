using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "Ivan Sokolov, the former KGB officer", "an ex-FSB agent", "a former Revolutionary Guards commander": a state's agency or
/// force named after "former" or "ex-" and before a noun for one of its people tells where that person once served, not who
/// acts now. Read as a mention it became a party ("Moscow refused to extradite X, the former KGB officer" gave Russia's
/// refusal towards the Soviet Union). Only a body named by its own name with a role (an agency, a force), and only before a
/// lower-case noun of a member (mention-words.tsv, former-member) within two words: "the former Soviet Union" and "former
/// Soviet republics" name no member and keep their mention, as does a state's own name or adjective.
/// </summary>
internal static class FormerAffiliations
{
    // Words at most between the body's name and the member noun ("the former KGB counter-intelligence officer": 1 between).
    private const int MemberReach = 2;

    private static readonly WordSet s_members = MentionFinder.Words.Lookup("former-member");

    /// <summary>Removes each agency or force named as a person's former affiliation.</summary>
    public static void Drop(string text, List<Token> tokens, List<ActorMention> mentions) =>
        mentions.RemoveAll(m => IsFormerAffiliation(text, tokens, m));

    private static bool IsFormerAffiliation(string text, List<Token> tokens, ActorMention m)
    {
        if (m.Kind != MentionKind.Name || m.Role is null || m.IsPossessive || m.First < 1
            || !(tokens[m.First - 1].In(text).Equals("former", StringComparison.OrdinalIgnoreCase) || tokens[m.First - 1].In(text) is "ex-" or "Ex-"))
        {
            return false;
        }

        for (var k = m.Last + 1; k < tokens.Count && k <= m.Last + MemberReach; k++)
        {
            var word = tokens[k].In(text);
            if (tokens[k].Kind != TokenKind.Word || !char.IsLower(word[0]))
            {
                return false;
            }

            if (s_members.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
