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
                continue;
            }

            if (char.IsDigit(c))
            {
                var j = i + 1;
                while (j < end && (char.IsDigit(text[j]) || ((text[j] is '.' or ',') && j + 1 < end && char.IsDigit(text[j + 1]))))
                {
                    j++;
                }

                // "2024s", "1990s", "3rd", "20th": a number with a letter suffix stays one token.
                while (j < end && char.IsLetter(text[j]))
                {
                    j++;
                }

                tokens.Add(new Token(i, j, TokenKind.Number));
                i = j;
                continue;
            }

            if (char.IsLetter(c))
            {
                var j = i + 1;
                var modifier = false;
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
                        break;
                    }
                }

                // A dotted abbreviation keeps its final dot ("U.S." and "Jan."), a plain word does not.
                if (!modifier && j < end && text[j] == '.' && (text.AsSpan(i, j - i).Contains('.') || (j - i == 1 && char.IsUpper(c))))
                {
                    j++;
                }

                // "didn't" → "did" + "n't"
                if (j - i > 2 && IsNegation(text, j, end))
                {
                    tokens.Add(new Token(i, j - 1, TokenKind.Word));
                    tokens.Add(new Token(j - 1, j + 2, TokenKind.Word));
                    i = j + 2;
                    continue;
                }

                tokens.Add(new Token(i, j, TokenKind.Word));
                i = j;
                continue;
            }

            if (c == '\'' && IsClitic(text, i, end))
            {
                tokens.Add(new Token(i, i + 2, TokenKind.Word));
                i += 2;
                continue;
            }

            tokens.Add(new Token(i, i + 1, TokenKind.Punctuation));
            i++;
        }
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
