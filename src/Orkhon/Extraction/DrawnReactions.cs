using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "China fired missiles into the waters around Taiwan. The move drew condemnation from Japan": a stance told as a noun whose
/// party follows "from" ("condemnation from", "protests from") is aimed at whoever did the act the sentence's subject names,
/// when that subject is a definite act noun ("the move", "the sanctions", "the strikes") and no actor stands before the noun
/// phrase of the stance. The act must have been coded in this sentence or the few before (<see cref="ActAuthors"/>): with none,
/// nothing is guessed.
/// </summary>
internal static class DrawnReactions
{
    // "The", then at most two modifiers before the act noun ("The latest round of sanctions" is too long to be read safely).
    private const int NounReach = 3;

    /// <summary>The pairs from each party after the noun to the author of the act the subject names; empty when none applies.</summary>
    public static List<ActorPair> Pairs(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context)
    {
        var trigger = phrase.Trigger;
        // "condemnation from Japan" as a noun, or "drew criticism from Kyiv" whose subject is no actor.
        if (trigger.Entry.Frame != EventFrame.ThemeAgent || !(trigger.Entry.IsNoun || phrase.Subject.Count == 0) || trigger.First < 2
            || !view.Word(0).Equals("the", StringComparison.OrdinalIgnoreCase) && !view.Word(0).Equals("this", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        for (var k = 0; k < trigger.First; k++)
        {
            if (view.MentionAt[k] >= 0)
            {
                return [];
            }
        }

        var agents = AgentsAfter(view, trigger.End);
        if (agents.Count == 0)
        {
            return [];
        }

        for (var noun = 1; noun <= Math.Min(NounReach, trigger.First - 1); noun++)
        {
            if (ActAuthors.AuthorOf(view, noun, agents[0].Code, events, context) is { } author)
            {
                var target = new ActorMention(noun, noun, [author.Code], author.Role, MentionKind.Coreference, false, false);
                return [.. agents.Where(a => a.Code != author.Code).Select(a => new ActorPair(a, target, null))];
            }

            // "The strikes drew condemnation from Egypt": the strikers, when they are clear (VictimsOfTheAct).
            if (ActAuthors.IsArmedActNoun(view.Word(noun)) && VictimsOfTheAct.StrikersOf(view, phrase, events, context) is { } strikers)
            {
                return [.. from a in agents
                           where !strikers.Exists(r => r.Code == a.Code)
                           from r in strikers
                           select new ActorPair(a, new ActorMention(noun, noun, [r.Code], r.Role, MentionKind.Coreference, false, false), null)];
            }
        }

        return [];
    }

    // The actors right after the stance's "from", coordinated by "and" or commas ("from Egypt and Jordan").
    private static List<ActorMention> AgentsAfter(SentenceView view, int k)
    {
        var agents = new List<ActorMention>();
        while (k < view.Tokens.Count)
        {
            if (view.MentionAt[k] >= 0)
            {
                var agent = view.Found[view.MentionAt[k]];
                agents.Add(agent);
                k = agent.Last + 1;
                continue;
            }

            if (agents.Count == 0 || view.Word(k) is not ("and" or ","))
            {
                break;
            }

            k++;
        }

        return agents;
    }
}
