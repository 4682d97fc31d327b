using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// The dateline that opens agency copy — "ASTANA, June 3 (Reuters) -", "BEIJING (AP) —", "ULAANBAATAR, Jan. 5
/// (Xinhua) --", "WASHINGTON -" — says where the story was filed, not who acted: its tokens are never actors.
/// </summary>
internal static class Dateline
{
    /// <summary>A dateline is short; anything longer at the start of a sentence is prose.</summary>
    public const int MaxTokens = 16;

    public const int MaxDashes = 3;

    /// <summary>The number of tokens the dateline at the start of <paramref name="tokens"/> takes, or 0 when there is none.</summary>
    public static int Length(string text, List<Token> tokens, ActorGazetteer gazetteer)
    {
        var limit = Math.Min(tokens.Count, MaxTokens);
        var k = 0;
        var places = 0;
        // The place, in capitals: "ULAANBAATAR", "NEW DELHI", "WASHINGTON/BEIJING".
        while (k < limit && (IsCapitals(tokens[k].In(text)) || (places > 0 && tokens[k].In(text) is "/")))
        {
            places += tokens[k].In(text) is "/" ? 0 : 1;
            k++;
        }

        if (places == 0)
        {
            return 0;
        }

        var firstWord = tokens[0].In(text);
        var dated = false;
        if (k < limit && tokens[k].In(text) is ",")
        {
            // ", June 3", ", Sept 12", ", Jan. 5": a few tokens up to the agency or the dash.
            k++;
            var start = k;
            while (k < limit && tokens[k].In(text) is not "(" && !IsDash(tokens[k].In(text)))
            {
                k++;
            }

            dated = k > start && k - start <= 4;
            if (!dated)
            {
                return 0;
            }
        }

        var agency = false;
        if (k < limit && tokens[k].In(text) is "(")
        {
            var close = k + 1;
            while (close < limit && close - k <= 5 && tokens[close].In(text) is not ")")
            {
                close++;
            }

            if (close >= limit || tokens[close].In(text) is not ")" || close == k + 1)
            {
                return 0;
            }

            agency = true;
            k = close + 1;
        }

        var dashes = 0;
        // "-", "--" or "---": agencies write the dash as one to three hyphens.
        while (k < tokens.Count && dashes < MaxDashes && IsDash(tokens[k].In(text)))
        {
            dashes++;
            k++;
        }

        // "NATO - …" is not a dateline: with neither date nor agency, the word in capitals must be a city.
        var city = gazetteer.TryResolve(firstWord, out var entry) && entry.Form is NameForm.Capital or NameForm.Place;
        return dashes > 0 && (dated || agency || city) ? k : 0;
    }

    private static bool IsDash(ReadOnlySpan<char> word) => word is "-" or "\u2013" or "\u2014";

    /// <summary>
    /// Whether the token is a dash that may close a dateline, as the tokenizer gives it: a hyphen, two hyphens, an en or an em
    /// dash ("SEOUL, June 27 (Yonhap) --", "TOKYO, May 3 (Kyodo) -"). The stages after the dateline test it to know where the
    /// story's first clause opens.
    /// </summary>
    public static bool IsClosingDash(ReadOnlySpan<char> word) => word is "-" or "--" or "\u2013" or "\u2014";

    // Two letters or more, every letter a capital: "ASTANA", "HONG", "U.S." is not one (dots).
    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not '-' and not '\'')
            {
                return false;
            }
        }

        return letters >= 2;
    }
}
