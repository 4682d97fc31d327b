using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Moscow condemned the expulsion of its diplomats by Poland", "Kyiv condemned the deportation of Ukrainian children by Russia": a
/// criticism, demand or rejection (roots 10–12) whose object is an act told with its agent after "by" answers that agent. The
/// pair finder misses it when the act noun is a phrase of the lexicon (the verb's object window ends where it begins) or when
/// the only actor before "by" is the subject's own ("Ukrainian children"). Only when the verb found no pair of its own, its
/// object opens with a definite determiner and a plain lower-case word, and "by" and its actor follow within a few words with
/// nothing but plain words and actors between (no punctuation, no capitalised word, no "as" opening a characterisation).
/// </summary>
internal static class NestedActAgents
{
    // Plain modifiers between the determiner and the act noun ("the unprovoked and illegal seizure": 3).
    private const int ModifierReach = 3;

    // Words from the act noun to "by" ("expulsion of its two senior diplomats by": 6).
    private const int AgentReach = 8;

    /// <summary>The subject's pairs with the object act's agent, or empty; only for a phrase that found no pair of its own.</summary>
    public static List<ActorPair> Pairs(SentenceView view, CodedPhrase phrase)
    {
        var (trigger, subject, tokens) = (phrase.Trigger, phrase.Subject, view.Tokens);
        if (trigger.Entry.IsNoun || trigger.Passive || subject.Count == 0 || phrase.Cameo.RootNumber is < 10 or > 12
            || trigger.Entry.Frame != EventFrame.AgentTheme || trigger.End + 2 >= tokens.Count
            || view.Word(trigger.End) is not ("the" or "this" or "that" or "these" or "those")
            || view.MentionAt[trigger.End + 1] >= 0 || !IsLowerWord(view.Word(trigger.End + 1)))
        {
            return [];
        }

        for (var k = trigger.End + 2; k < Math.Min(tokens.Count - 1, trigger.End + 1 + ModifierReach + AgentReach); k++)
        {
            var word = view.Word(k);
            // "rejected the findings as a fabrication cooked up by London": the parties of a characterisation are not acted on.
            if ((!IsLowerWord(word) && view.MentionAt[k] < 0) || word is "as")
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
