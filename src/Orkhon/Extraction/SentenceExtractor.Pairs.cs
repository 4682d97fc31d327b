using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

public sealed partial class SentenceExtractor
{
    // Source–target pairs for a phrase, by its frame; the third item is the place when one was named.
    private IEnumerable<(ActorMention Source, ActorMention Target, string? Place)> Pairs(string text, List<Token> tokens, List<ActorMention> found, int[] mentionAt, Trigger trigger, IReadOnlyList<ActorMention> subject, int windowEnd)
    {
        var frame = trigger.Entry.Frame;
        var objects = Objects(text, tokens, found, mentionAt, trigger, windowEnd, frame, subject);
        var place = objects.FirstOrDefault(o => o.IsPlace) is { } p ? _reference.NameOf(p.Code) : null;

        if (trigger.Passive)
        {
            // "Ulaanbaatar was visited by Modi": the agent after "by" acts on the subject.
            var agent = objects.Where(o => o.First > trigger.End && o.First - 1 >= 0 && tokens[o.First - 1].In(text) is "by" || (o.First - 2 >= 0 && tokens[o.First - 2].In(text) is "by")).ToList();
            foreach (var a in agent)
            {
                foreach (var s in subject)
                {
                    yield return (a, s, place);
                }
            }

            yield break;
        }

        if (trigger.Entry.IsNoun && frame == EventFrame.ThemeAgent)
        {
            // "prompting a protest from Tokyo": the protester is after "from"; the target is the sentence's first actor.
            var first = found.FirstOrDefault(m => !m.IsPlace && m.First < trigger.First);
            foreach (var o in objects.Take(1))
            {
                if (first is not null)
                {
                    yield return (o, first, place);
                }
            }

            yield break;
        }

        if (frame == EventFrame.ThemeAgent)
        {
            foreach (var o in objects)
            {
                foreach (var s in subject)
                {
                    yield return (o, s, place);
                }
            }

            yield break;
        }

        if (frame == EventFrame.Symmetric && subject.Count >= 2)
        {
            for (var k = 1; k < subject.Count; k++)
            {
                yield return (subject[0], subject[k], place);
            }

            yield break;
        }

        if (frame == EventFrame.Symmetric && subject.Count == 1 && subject[0].Kind == MentionKind.Coreference && subject[0].Codes.Count == 2)
        {
            // "The two presidents signed…": the pair the reference stands for.
            var pair = subject[0];
            yield return (pair with { Codes = [pair.Codes[0]] }, pair with { Codes = [pair.Codes[1]] }, place);
            yield break;
        }

        foreach (var s in subject)
        {
            foreach (var o in objects)
            {
                yield return (s, o, place);
            }
        }
    }

    // Targets after the phrase, up to the next phrase: the first actor (a place too for visits, an
    // organisation first for meetings attended) and those coordinated with it.
    private static List<ActorMention> Objects(string text, List<Token> tokens, List<ActorMention> found, int[] mentionAt, Trigger trigger, int windowEnd, EventFrame frame, IReadOnlyList<ActorMention> subject)
    {
        var start = trigger.End;
        if (trigger.Entry.IsNoun && start < tokens.Count && tokens[start].In(text) is "by" or "of")
        {
            // "visit by X to Y": skip the agent, the target follows "to".
            var k = start + 1;
            while (k < windowEnd && !(tokens[k].In(text) is "to" or "with"))
            {
                k++;
            }

            start = k;
        }

        var candidates = new List<ActorMention>();
        for (var k = start; k < windowEnd; k++)
        {
            if (mentionAt[k] < 0)
            {
                continue;
            }

            var m = found[mentionAt[k]];
            k = m.Last;
            if (m.First < start || subject.Contains(m))
            {
                continue;
            }

            candidates.Add(m);
        }

        if (candidates.Count == 0)
        {
            return candidates;
        }

        ActorMention? head = frame switch
        {
            EventFrame.Attend => candidates.FirstOrDefault(c => c.Kind == MentionKind.Name && !c.IsPlace && !IsState(c)) ?? candidates.FirstOrDefault(),
            EventFrame.Visit => candidates.FirstOrDefault(c => !c.IsPossessive || c.IsPlace) ?? candidates[0],
            EventFrame.Host => candidates[0].IsPlace ? null : candidates[0],
            _ => candidates.FirstOrDefault(c => !c.IsPlace || tokens[c.First - 1].In(text) is "from" or "on" or "with") ?? null,
        };
        if (head is null)
        {
            return [];
        }

        var group = new List<ActorMention> { head };
        var last = head.Last;
        foreach (var c in candidates.SkipWhile(c => c != head).Skip(1))
        {
            var between = c.First - last - 1;
            var joiner = between == 1 ? tokens[last + 1].In(text) : default;
            if (between == 1 && (joiner is "and" or "," or "or") && c.IsPlace == head.IsPlace)
            {
                group.Add(c);
                last = c.Last;
                continue;
            }

            break;
        }

        return group;
    }

    private static bool IsState(ActorMention m) => m.Code.Length == 3 && Knowledge.ReferenceData.Default.FindCountry(m.Code) is not null;
}
