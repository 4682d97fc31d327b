using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "elected on an "India Out" campaign", "Trump's "America First" agenda", "the "Make in India" drive": a state named inside a
/// short quoted slogan that modifies a noun is a word of the slogan's name, no party of the clause; read as one it became the
/// subject of the verb after the appositive ("Muizzu, elected on an "India Out" campaign, made a state visit to China" gave
/// India's visit). Only a quotation of a few words with no punctuation inside, opened right after a determiner or a possessive
/// and closed right before a slogan noun (mention-words.tsv, slogan-noun) counts: quoted speech ("Russia will respond," he
/// said) and scare quotes around an act ("the "Russian aggression" against Ukraine") keep their actors.
/// </summary>
internal static class QuotedSlogans
{
    // Words inside the quotation at most: slogans are short ("Make in India", "Russia Go Home").
    private const int LongestSlogan = 5;

    private static readonly WordSet s_sloganNouns = MentionFinder.Words.Lookup("slogan-noun");
    private static readonly WordSet s_openers = MentionFinder.Words.Lookup("slogan-opener");

    /// <summary>Removes each mention that lies inside a quoted slogan modifying a noun.</summary>
    public static void Drop(string text, List<Token> tokens, List<ActorMention> mentions) =>
        mentions.RemoveAll(m => InsideSlogan(text, tokens, m));

    private static bool InsideSlogan(string text, List<Token> tokens, ActorMention m)
    {
        var open = m.First - 1;
        while (open >= 0 && m.First - open <= LongestSlogan && tokens[open].Kind == TokenKind.Word)
        {
            open--;
        }

        var close = m.Last + 1;
        while (close < tokens.Count && close - open <= LongestSlogan + 1 && tokens[close].Kind == TokenKind.Word)
        {
            close++;
        }

        return open >= 1 && close + 1 < tokens.Count && close - open - 1 <= LongestSlogan
            && IsQuote(tokens[open].In(text)) && IsQuote(tokens[close].In(text))
            && s_openers.Contains(tokens[open - 1].In(text)) && s_sloganNouns.Contains(tokens[close + 1].In(text));
    }

    private static bool IsQuote(ReadOnlySpan<char> w) => w is "\"" or "\u201C" or "\u201D" or "'" or "\u2018" or "\u2019";
}
