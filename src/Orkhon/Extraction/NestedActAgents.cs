using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Moscow condemned the expulsion of its diplomats by Poland", "Kyiv condemned the deportation of Ukrainian children by Russia": a
/// criticism, demand or rejection (roots 10–12) whose object is an act told with its agent after "by" answers that agent. The
/// pair finder misses it when the act noun is a phrase of the lexicon (the verb's object window ends where it begins) or when
/// the only actor before "by" is the subject's own ("Ukrainian children"). Only when the verb found no pair of its own, its
/// object opens with a definite determiner and a plain lower-case word, and "by" and its actor follow within a few words with
/// nothing but plain words and actors between (no punctuation, no capitalised word, no "as" opening a characterisation). A
/// relative clause after the act noun names its author the same way when its verb makes the act the author's own ("condemned the
/// missile launch, which North Korea carried out on Sunday", "denounced the drills that China staged near Taiwan").
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
            || !PhraseGrammar.IsDefiniteDeterminer(view.Word(trigger.End))
            || view.MentionAt[trigger.End + 1] >= 0 || !IsLowerWord(view.Word(trigger.End + 1)))
        {
            return [];
        }

        for (var k = trigger.End + 2; k < Math.Min(tokens.Count - 1, trigger.End + 1 + ModifierReach + AgentReach); k++)
        {
            var word = view.Word(k);
            // "condemned the missile launch, which North Korea carried out on Sunday": a relative clause names the act's author.
            if (RelativeAuthor(view, k) is { } author)
            {
                return !subject.Any(s => s.Codes.Any(author.Codes.Contains)) ? [.. subject.Select(s => new ActorPair(s, author, null))] : [];
            }

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

    // The actor opening a relative clause at k (", which North Korea carried out", "that Russia staged") whose verb is one that
    // makes the noun before it its own act (act-author-verb: "carried", "staged", "imposed"), or null. Other verbs tell a stance on
    // the act ("which Germany welcomed"), not its author.
    private static ActorMention? RelativeAuthor(SentenceView view, int k)
    {
        var p = view.Word(k) is "," ? k + 1 : k;
        if (p + 2 >= view.Tokens.Count || view.Word(p) is not ("which" or "that"))
        {
            return null;
        }

        var author = view.MentionOf(p + 1) ?? (view.Word(p + 1) is "the" ? view.MentionOf(p + 2) : null);
        if (author is not { IsPlace: false } || author.Last + 1 >= view.Tokens.Count)
        {
            return null;
        }

        var verb = author.Last + 1;
        if (Inflection.IsFiniteHave(view.Word(verb)) && verb + 1 < view.Tokens.Count)
        {
            verb++;
        }

        return s_authorVerbs.Contains(view.Word(verb)) ? author : null;
    }

    private static readonly WordSet s_authorVerbs = PhraseGrammar.Words.Lookup("act-author-verb");

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
