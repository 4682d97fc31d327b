using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Moscow condemned the expulsion of its diplomats by Poland", "Tehran called the killing of its general by the United States an
/// act of terrorism": a criticism, demand or rejection (roots 10–12) whose object is an act noun of the lexicon ends its object
/// window where that noun begins, so the act's agent, told after "by" inside the noun's phrase, was never read. That agent is
/// the one the verb answers. Only when the verb found no object of its own, a definite determiner and at most a few plain
/// lower-case modifiers stand between verb and noun, and "by" and its actor follow within a few words with no punctuation.
/// </summary>
internal static class NestedActAgents
{
    // Plain modifiers between the determiner and the act noun ("the unprovoked and illegal seizure": 3).
    private const int ModifierReach = 3;

    // Words from the act noun to "by" ("expulsion of its two senior diplomats by": 6).
    private const int AgentReach = 8;

    /// <summary>The subject's pairs with the nested act's agent, or empty.</summary>
    public static List<ActorPair> Pairs(SentenceView view, CodedPhrase phrase)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        var (tokens, nounStart) = (view.Tokens, phrase.ObjectEnd);
        if (trigger.Entry.IsNoun || trigger.Passive || subject.Count == 0 || phrase.Cameo.RootNumber is < 10 or > 12
            || trigger.Entry.Frame != EventFrame.AgentTheme || nounStart != phrase.WindowEnd || nounStart >= tokens.Count
            || trigger.End >= nounStart || nounStart - trigger.End - 1 > ModifierReach
            || view.Word(trigger.End) is not ("the" or "this" or "that" or "these" or "those"))
        {
            return [];
        }

        for (var k = trigger.End + 1; k <= nounStart; k++)
        {
            if (view.MentionAt[k] >= 0 || !IsLowerWord(view.Word(k)))
            {
                return [];
            }
        }

        for (var k = nounStart + 1; k < Math.Min(tokens.Count - 1, nounStart + AgentReach); k++)
        {
            var word = view.Word(k);
            if (!IsLowerWord(word) && view.MentionAt[k] < 0)
            {
                return [];
            }

            if (word is not "by")
            {
                continue;
            }

            var agent = view.MentionOf(k + 1) ?? (view.Word(k + 1) is "the" && k + 2 < tokens.Count ? view.MentionOf(k + 2) : null);
            return agent is { IsPlace: false } && !subject.Any(s => s.Codes.Any(agent.Codes.Contains))
                ? [.. subject.Select(s => new ActorPair(s, agent, null))]
                : [];
        }

        return [];
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c) && c is not '-' and not '\'')
            {
                return false;
            }
        }

        return word.Length > 0;
    }
}
