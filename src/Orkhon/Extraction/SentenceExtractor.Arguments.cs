using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Extraction;

public sealed partial class SentenceExtractor
{
    // The subject: the nearest group of actors before the phrase ("A", "A and B", "A, B and C"), not
    // places and not possessors of something else; searched back to the previous phrase.
    private static List<ActorMention> Subject(string text, List<Token> tokens, List<ActorMention> found, int[] mentionAt, bool[] blocked, Trigger trigger, int windowStart, bool afterAnotherPhrase)
    {
        var group = new List<ActorMention>();
        var k = trigger.First - 1;
        if (trigger.Entry.IsNoun)
        {
            // "Putin's visit", "the Kazakh president's trip", "his visit": the possessor is the source.
            var possessor = PossessorIndex(text, tokens, mentionAt, blocked, trigger.First);
            if (possessor >= 0)
            {
                group.Add(found[mentionAt[possessor]]);
                return group;
            }

            // "visit by X to Y", "visit to Y by X", "visit of X": the agent after "by" (or "of" right after the noun).
            for (var b = trigger.End; b < Math.Min(tokens.Count - 1, trigger.End + 8); b++)
            {
                var w = tokens[b].In(text);
                if (w is "by" || (w is "of" && b == trigger.End))
                {
                    var agent = SkipArticles(text, tokens, b + 1);
                    if (agent < tokens.Count && mentionAt[agent] >= 0)
                    {
                        group.Add(found[mentionAt[agent]]);
                        return group;
                    }
                }
            }

            if (!trigger.Entry.Phrase.EndsWith(" with", StringComparison.Ordinal))
            {
                return group;
            }

            k = trigger.First - 1;
        }

        // "Uzbekistan's decision to suspend…": the one who decided acts.
        if (trigger.First > 1 && tokens[trigger.First - 1].In(text) is "to" && tokens[trigger.First - 2].In(text) is "decision" or "move"
            && PossessorIndex(text, tokens, mentionAt, blocked, trigger.First - 2) is var decider and >= 0)
        {
            group.Add(found[mentionAt[decider]]);
            return group;
        }

        for (; k >= windowStart; k--)
        {
            var w = tokens[k].In(text);
            if (w is ";" || (w is "that" or "which" or "who" && group.Count == 0 && k < trigger.First - 1 && HasMentionBetween(mentionAt, k, trigger.First)))
            {
                break;
            }

            if (mentionAt[k] < 0)
            {
                continue;
            }

            var m = found[mentionAt[k]];
            k = m.First;
            if (m.IsPlace || m.IsWeak || (m.IsPossessive && m.Role is null) || AfterPreposition(text, tokens, m.First))
            {
                continue;
            }

            // Between two phrases, only an actor right before the second is its subject ("…, and Russia responded by
            // expelling"); one further back is the first phrase's object ("attended the SCO summit in Astana, and conducted").
            if (afterAnotherPhrase && trigger.First - m.Last > 4)
            {
                break;
            }

            group.Insert(0, m);
            // Extend over coordination: "A and B", "A, B and C", "A and the B". The link nearest the phrase is never a bare
            // comma: in "Speaking … with his Chinese counterpart, Lavrov denounced…" the comma closes an opening clause.
            var nearest = true;
            while (PreviousCoordinated(text, tokens, found, mentionAt, k, windowStart, nearest) is { } previous)
            {
                group.Insert(0, previous);
                k = previous.First;
                nearest = false;
            }

            break;
        }

        return group;
    }

    // The object of a preposition ("with Taiwan", "to the SCO summit") is never a clause's subject.
    private static bool AfterPreposition(string text, List<Token> tokens, int first)
    {
        var j = first - 1;
        // "with his Chinese counterpart": the possessive pronoun belongs to the object.
        while (j >= 0 && tokens[j].In(text) is "the" or "a" or "an" or "his" or "her" or "its" or "their")
        {
            j--;
        }

        // "a delegation of the State Great Khural", "the chief of the Mongolian Armed Forces": the body is the actor.
        if (j >= 1 && tokens[j].In(text) is "of" && (tokens[j - 1].In(text) is "chief" or "head" or "members" or "representatives" or "commander" || Mentions.RoleWords.TryGet(tokens[j - 1].In(text), out _)))
        {
            return false;
        }

        return j >= 0 && s_prepositions.Contains(tokens[j].In(text));
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_prepositions = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "with", "to", "from", "on", "against", "for", "of", "by", "at", "in", "into", "between", "over", "toward", "towards", "about", "among", "than").GetAlternateLookup<ReadOnlySpan<char>>();

    // The actor coordinated before the one starting at k: "A and B", "A, B", "A, B, and C" (the Oxford comma),
    // "A as well as B", "A and the B", "A and his counterpart B" (the possessive pronoun belongs to B).
    private static ActorMention? PreviousCoordinated(string text, List<Token> tokens, List<ActorMention> found, int[] mentionAt, int k, int windowStart, bool nearest = false)
    {
        var j = k - 1;
        if (j >= windowStart && tokens[j].In(text) is "the" or "his" or "her" or "their" or "its")
        {
            j--;
        }

        if (j - 1 < windowStart)
        {
            return null;
        }

        var w = tokens[j].In(text);
        if (w is "and" && tokens[j - 1].In(text) is ",")
        {
            j--;
        }
        else if (w is "as" && j - 3 >= windowStart && tokens[j - 1].In(text) is "well" && tokens[j - 2].In(text) is "as")
        {
            j -= 2;
        }
        else if (!(w is "and" || (w is "," && !nearest)))
        {
            return null;
        }

        if (j - 1 < windowStart)
        {
            return null;
        }

        return mentionAt[j - 1] >= 0 && found[mentionAt[j - 1]] is { IsPlace: false, IsWeak: false } m && !(m.IsPossessive && m.Role is null) && !AfterPreposition(text, tokens, m.First) ? m : null;
    }

    private static bool HasMentionBetween(int[] mentionAt, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (mentionAt[k] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipArticles(string text, List<Token> tokens, int k)
    {
        while (k < tokens.Count && tokens[k].In(text) is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "visiting" or "then")
        {
            k++;
        }

        return k;
    }

    // "praised Mongolia during talks" is not "demanded talks": a name between them separates the phrases.
    internal static bool HasCapitalisedBetween(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && char.IsUpper(tokens[k].In(text)[0]))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool ReportedSpeechBefore(string text, List<Token> tokens, int k)
    {
        for (var j = 0; j < k; j++)
        {
            if (tokens[j].In(text) is "said" or "announced" or "confirmed" or "told" or "stated" or "says" or "announces")
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasWordBetween(string text, List<Token> tokens, int from, int to, params string[] words)
    {
        for (var k = from; k < to; k++)
        {
            foreach (var w in words)
            {
                if (tokens[k].In(text).Equals(w, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
