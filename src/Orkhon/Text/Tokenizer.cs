using System.Runtime.CompilerServices;

namespace Orkhon.Text;

/// <summary>
/// Splits text into words, numbers and punctuation with offsets. Keeps together what news text keeps
/// together — hyphenated names ("Oyun-Erdene"), dotted abbreviations ("U.S."), decimals and thousands
/// ("5.2", "20,000"), a dotted abbreviation with its hyphenated participle ("U.S.-led"), inner apostrophes ("Cote d'Ivoire") — and splits off the possessive "'s" and "n't".
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        // News prose averages five characters a token with its space; a quarter more room spares most sentences a regrowth.
        var tokens = new List<Token>(Math.Max(4, (end - start) / 4));
        Tokenize(text, start, end, tokens);
        return tokens;
    }

    // The steps below are inlined into this loop, which runs once per token of every sentence.
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsDigit(c))
            {
                var j = NumberEnd(text, i, end);
                tokens.Add(new Token(i, j, TokenKind.Number));
                i = j;
            }
            else if (char.IsLetter(c))
            {
                i = AddWord(text, i, end, tokens);
            }
            else if (c == '\'' && IsClitic(text, i, end))
            {
                tokens.Add(new Token(i, i + 2, TokenKind.Word));
                i += 2;
            }
            else
            {
                tokens.Add(new Token(i, i + 1, TokenKind.Punctuation));
                i++;
            }
        }
    }

    // The end of the number begun at the digit i: digits with inner '.' or ',' ("5.2", "20,000"), then any letter
    // suffix, since "1990s", "3rd" and "20th" stay one token.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NumberEnd(string text, int i, int end)
    {
        var j = i + 1;
        while (j < end && (char.IsDigit(text[j]) || ((text[j] is '.' or ',') && j + 1 < end && char.IsDigit(text[j + 1]))))
        {
            j++;
        }

        while (j < end && char.IsLetter(text[j]))
        {
            j++;
        }

        return j;
    }

    // Adds the word begun at the letter i, split from a following "n't" ("didn't" → "did" + "n't"); returns where the next token may start.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AddWord(string text, int i, int end, List<Token> tokens)
    {
        var j = WordEnd(text, i, end, out var modifier);
        // A dotted abbreviation keeps its final dot ("U.S." and "Jan."), a plain word does not.
        if (!modifier && j < end && text[j] == '.' && (text.AsSpan(i, j - i).Contains('.') || (j - i == 1 && char.IsUpper(text[i]))))
        {
            j++;
        }

        if (j - i > 2 && IsNegation(text, j, end))
        {
            tokens.Add(new Token(i, j - 1, TokenKind.Word));
            tokens.Add(new Token(j - 1, j + 2, TokenKind.Word));
            return j + 2;
        }

        tokens.Add(new Token(i, j, TokenKind.Word));
        return j;
    }

    // The end of the word begun at the letter i, before any final dot: letters and digits, joined by an inner '-', '.',
    // '&' or apostrophe ("Oyun-Erdene", "U.S", "AT&T", "d'Ivoire"); modifier tells a dotted abbreviation joined to its participle.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WordEnd(string text, int i, int end, out bool modifier)
    {
        var j = i + 1;
        modifier = false;
        while (j < end)
        {
            var d = text[j];
            if (char.IsLetterOrDigit(d))
            {
                j++;
            }
            else if ((d is '-' or '.' or '&') && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
            {
                j++;
            }
            else if (IsDottedModifier(text, i, j, end))
            {
                // "U.S.-led", "U.N.-backed": a dotted abbreviation and a lower-case participle make one modifier, as
                // "Saudi-led" does; split, "led" and "backed" would read as verbs of the sentence.
                j += 2;
                modifier = true;
            }
            else if (d == '\'' && j + 1 < end && char.IsLetter(text[j + 1]) && !IsClitic(text, j, end) && !IsNegation(text, j, end))
            {
                j++;
            }
            else
            {
                return j;
            }
        }

        return j;
    }

    // At the dot j of a dotted abbreviation begun at i ("U.S", "U.N"): a hyphen and a lower-case letter right after it.
    private static bool IsDottedModifier(string text, int i, int j, int end) =>
        text[j] == '.' && j + 2 < end && text[j + 1] == '-' && char.IsLower(text[j + 2]) && text.AsSpan(i, j - i).Contains('.');

    // "n't" at the apostrophe j: the n before it and the t after it, then no more letters.
    private static bool IsNegation(string text, int apostrophe, int end) =>
        apostrophe > 0 && text[apostrophe - 1] is 'n' or 'N' && apostrophe + 1 < end && text[apostrophe + 1] is 't' or 'T'
        && (apostrophe + 2 >= end || !char.IsLetter(text[apostrophe + 2]));

    // "'s" ending a word (possessive or "is"), not the start of a longer word.
    private static bool IsClitic(string text, int apostrophe, int end) =>
        apostrophe + 1 < end && text[apostrophe + 1] is 's' or 'S' && (apostrophe + 2 >= end || !char.IsLetterOrDigit(text[apostrophe + 2]));
}
