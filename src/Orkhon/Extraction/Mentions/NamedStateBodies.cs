using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// A body a state's possessive names by its own capitalised name ("Sudan's Security and Defence Council", "Mongolia's General
/// Intelligence Agency", "Beijing's Taiwan Affairs Office", "Japan's Maritime Self-Defense Force"): that state acting, whether or
/// not the tables know the body. The name must end in a head word of the class <c>body-head</c> in
/// <c>data/lexicon/mention-words.tsv</c> (Council, Agency, Office…), so "China's Communist Party" or "Japan's Nikkei average"
/// names no body, and a state named inside it ("Taiwan" in the Taiwan Affairs Office) is part of the name, not a party.
/// </summary>
internal static class NamedStateBodies
{
    private static readonly WordSet s_heads = MentionFinder.Words.Lookup("body-head");

    // "and", "of", "for" (mention-words.tsv, body-name-link): they join the words of one name.
    private static readonly WordSet s_links = MentionFinder.Words.Lookup("body-name-link");

    // A body's own name rarely runs longer: "the State Administration for Science, Technology and Industry" is the longest kind.
    private const int MaxNameWords = 7;

    /// <summary>
    /// The index after the body's head word and the role the head gives, for a name starting at token i right after a state's
    /// possessive; null when the capitalised words there end in no head word.
    /// </summary>
    public static (int End, ActorRole Role)? Read(string text, List<Token> tokens, int i)
    {
        if (i >= tokens.Count || !IsCapitalised(text, tokens[i]))
        {
            return null;
        }

        (int End, ActorRole Role)? found = null;
        for (var k = i; k < tokens.Count && k - i < MaxNameWords; k++)
        {
            var word = tokens[k].In(text);
            if (IsCapitalised(text, tokens[k]))
            {
                if (s_heads.Contains(word))
                {
                    // The longest name wins: "the Defence Ministry Inspection Office" ends at "Office".
                    found = (k + 1, RoleOf(text, tokens, i, k));
                }

                continue;
            }

            // A link word joins two capitalised words, so a head word must follow it.
            if (s_links.Contains(word) && k + 1 < tokens.Count && IsCapitalised(text, tokens[k + 1]))
            {
                continue;
            }

            break;
        }

        return found;
    }

    // "Court" is a judiciary, "Forces" and "Air Force" the military, "Coast Guard" the coastguard; every other head is the
    // government. The head's last two words are tried first, then the head alone.
    private static ActorRole RoleOf(string text, List<Token> tokens, int first, int head)
    {
        if (head > first && RoleWords.TryGet(text.AsSpan(tokens[head - 1].Start, tokens[head].End - tokens[head - 1].Start), out var pair) && RoleWords.IsStateRole(pair))
        {
            return pair;
        }

        return RoleWords.TryGet(tokens[head].In(text), out var role) && RoleWords.IsStateRole(role) ? role : ActorRole.Government;
    }

    private static bool IsCapitalised(string text, Token token) =>
        token.Kind == TokenKind.Word && token.End > token.Start && char.IsUpper(text[token.Start]);
}
