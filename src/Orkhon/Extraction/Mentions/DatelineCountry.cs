using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "the country" as a destination in a story filed from a state's capital: "the first visit to the country by a Japanese
/// emperor", "Putin last visited the country in 2014" under an ULAANBAATAR dateline mean the dateline's state, not the
/// visitor's, which is the state named last; so is "a brief visit to the country's capital". Only where the words name where an act lands (after "to", "in", "into", a
/// form of "visit"), and only when the story has already named the dateline's state, so that a story filed from Vienna
/// about Iran guesses nothing. Elsewhere "the country" keeps meaning the state named last ("Russia said the country
/// would…").
/// </summary>
internal static class DatelineCountry
{
    /// <summary>
    /// The dateline's state as a place for "the country" at token <paramref name="i"/> ("the"), or null. The state named last
    /// wins when it is the dateline's state anyway.
    /// </summary>
    public static ActorMention? Destination(string text, List<Token> tokens, int i, MentionContext context, IReadOnlyList<ActorMention> current)
    {
        if (i < 1 || i + 1 >= tokens.Count || context.DatelineState is not { } home || !IsDestinationWord(tokens[i - 1].In(text))
            || !tokens[i + 1].In(text).Equals("country", StringComparison.Ordinal) || (i + 2 < tokens.Count && tokens[i + 2].In(text) is "of")
            || (i + 2 < tokens.Count && tokens[i + 2].In(text) is "'s" && !(i + 3 < tokens.Count && tokens[i + 3].In(text) is "capital")))
        {
            return null;
        }

        return Named(current, home) || Named(context.Recent, home) ? new ActorMention(i, i + 1, [home], null, MentionKind.Name, true, false) : null;
    }

    // Whether the mentions name the state itself. A loop, not a lambda: a lambda over Destination's "home" would allocate its
    // closure at every "the" of every sentence, before the first test.
    private static bool Named(IReadOnlyList<ActorMention> mentions, string code)
    {
        foreach (var m in mentions)
        {
            if (m.Code == code && m.Codes.Count == 1 && m.Kind is MentionKind.Name or MentionKind.Capital or MentionKind.Place or MentionKind.Person)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDestinationWord(ReadOnlySpan<char> word) =>
        word is "to" or "in" or "into" or "visit" or "visits" or "visited" or "visiting" or "toured";
}
