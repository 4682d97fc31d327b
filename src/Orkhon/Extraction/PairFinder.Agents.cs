using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;
using static Orkhon.Extraction.PhraseGrammar;

namespace Orkhon.Extraction;

// The agents of a passive ("by" …) and the pairs they make, the agents of a characterisation, and the threatened party of a
// condition.
internal sealed partial class PairFinder
{
    // Lower-case nouns that end an agent's noun phrase the actor words stopped short of ("Mongolia's state | oil company"), when
    // "and" follows them; else from. A preposition, an article or a time phrase is no part of the head.
    private static int HeadNounTail(SentenceView view, int from, int windowEnd)
    {
        const int reach = 3;
        var k = from;
        while (k < windowEnd && k < from + reach && view.MentionAt[k] < 0 && view.TimeAt[k] < 0 && !view.Blocked[k] && view.Tokens[k].Kind == TokenKind.Word
            && char.IsLower(view.Word(k)[0]) && !Inflection.FunctionWords.Contains(view.Word(k).ToString()) && !view.Word(k).EndsWith("ed", StringComparison.Ordinal))
        {
            k++;
        }

        return k > from && k < windowEnd && view.Word(k) is "and" ? k : from;
    }

    // The actors after "by" (coordinated ones too), for the passive voice.
    private static List<ActorMention> Agents(SentenceView view, int from, int windowEnd)
    {
        var text = view.Text;
        var tokens = view.Tokens;
        var agents = new List<ActorMention>();
        for (var k = from; k < windowEnd; k++)
        {
            if (tokens[k].In(text) is not "by")
            {
                continue;
            }

            if (k - 1 >= from && k - 2 >= 0 && tokens[k - 1].In(text) is var participle && participle.Length > 4 && participle.EndsWith("ed", StringComparison.Ordinal)
                && char.IsLower(participle[0]) && tokens[k - 2].In(text) is var joiner && joiner is not ("and" or "or" or ",") && !Inflection.IsBe(joiner))
            {
                // "were restored under a deal brokered by China": the agent of a later participle is not this verb's.
                break;
            }

            AddAgentList(view, k, windowEnd, agents);
            break;
        }

        return EachParty(agents);
    }

    // The actors listed after the "by" at position by, coordinated ones too, past titles, name tails, head nouns and
    // descriptions; a possessor named before its official gives way to the official.
    private static void AddAgentList(SentenceView view, int by, int windowEnd, List<ActorMention> agents)
    {
        var (text, found, mentionAt) = (view.Text, view.Found, view.MentionAt);
        var tokens = view.Tokens;
        var j = SkipTitleOf(view, SkipArticles(view, by + 1));
        while (j < windowEnd && mentionAt[j] >= 0)
        {
            var m = found[mentionAt[j]];
            agents.Add(m);
            // "by the Russian and Chinese navies": the second state's mention starts inside the first one's.
            agents.AddRange(found.Where(n => n.First > m.First && n.First <= m.Last && !agents.Contains(n)));
            j = m.Last + 1;
            if (j < windowEnd && tokens[j].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase))
            {
                j++;
            }

            if (m.IsPossessive && j < windowEnd && mentionAt[j] >= 0)
            {
                // "by Uzbekistan's Bakhtiyor Saidov": the person named after the possessor is the agent.
                agents.Remove(m);
                continue;
            }

            // "by Iran's top security official Ali Shamkhani": an office the role words do not know may stand between the
            // possessor and its official, who is the agent when the name is of the possessor's state.
            if (m.IsPossessive && MultiPartyActs.OfficialAfterTitle(view, j, windowEnd, m.Code) is { } official)
            {
                agents.Remove(m);
                j = official;
                continue;
            }

            // "by Saudi national security adviser Musaed al-Aiban, …": the rest of a name the gazetteer stopped short of.
            j = MultiPartyActs.SkipNameTail(view, j, windowEnd);
            // "by Mongolia's state oil company and an Indian engineering firm": the head nouns of the agent's phrase.
            j = HeadNounTail(view, j, windowEnd);

            // "by Kozlov, who co-chairs the commission, and Mongolia's deputy prime minister": the list goes on past what
            // its member is.
            if (Clauses.InterruptedLists.NextActorAfter(view, j, windowEnd) is >= 0 and var afterDescription)
            {
                j = afterDescription;
                continue;
            }

            if (j < windowEnd && tokens[j].In(text) is "and" or ",")
            {
                j = SkipArticles(view, j + 1);
                continue;
            }

            break;
        }
    }

    // Each party the agents stand for: the parties of a reference to several, the members of a fixed group.
    private static List<ActorMention> EachParty(List<ActorMention> agents)
    {
        // "signed by the two countries", "condemned by the three governments": a reference that stands for several parties is
        // each of them.
        if (agents.Count == 1 && agents[0] is { Kind: MentionKind.Coreference, Codes.Count: >= 2 } several)
        {
            return [.. several.Codes.Select(c => several with { Codes = [c] })];
        }

        // "was condemned by the Baltic states", "accused by the Sahel juntas": each member of a fixed group acts, as it does as a
        // subject.
        return agents.Exists(a => a.IsCollective) ? [.. agents.SelectMany(a => a.Members())] : agents;
    }

    // Targets after the phrase, up to the next phrase: the first actor (a place too for visits, an
    // organisation first for meetings attended) and those coordinated with it.
    // The first actor (no place) of another state after the embedded subject, within its clause (up to a comma or semicolon).
    // When the act threatened names no one before a condition ("would respond firmly if China sent more ships"), the party whose
    // act the condition tells is the one warned: the subject opening the "if" or "unless" clause.
    private static ActorMention? ThreatenedObject(SentenceView view, int from, IReadOnlyList<ActorMention> subject)
    {
        for (var k = from; k < view.Tokens.Count && view.Word(k) is not ("," or ";"); k++)
        {
            if (view.Word(k) is "if" or "unless")
            {
                return ConditionSubject(view, k + 1, subject);
            }

            if (IsOtherParty(view, k, subject) is { } m)
            {
                return m;
            }
        }

        return null;
    }

    // The actor opening a condition clause at `k` ("if China…", "if the United States…"), another state's, not a place.
    private static ActorMention? ConditionSubject(SentenceView view, int k, IReadOnlyList<ActorMention> subject) =>
        k < view.Tokens.Count && view.Word(k) is "the" ? IsOtherParty(view, k + 1, subject) : IsOtherParty(view, k, subject);

    private static ActorMention? IsOtherParty(SentenceView view, int k, IReadOnlyList<ActorMention> subject) =>
        k < view.Tokens.Count && view.MentionAt[k] >= 0 && view.Found[view.MentionAt[k]] is { IsPlace: false, IsWeak: false } m && !subject.Any(s => s.Code == m.Code)
            ? m : null;

    // Where "as" opens a characterisation right after a definite object that names no actor ("the findings as a farce"), or -1:
    // "the", "this", "these" or "that", then at most CharacterisedObjectReach lower-case words, then "as".
    private static int CharacterisationAfter(SentenceView view, int start, int windowEnd)
    {
        if (start >= windowEnd || view.Word(start) is not ("the" or "this" or "these" or "that"))
        {
            return -1;
        }

        for (var k = start + 1; k < windowEnd && k - start <= CharacterisedObjectReach; k++)
        {
            var w = view.Word(k);
            if (w is "as")
            {
                return k > start + 1 && AgentOfCharacterisation(view, k, windowEnd) ? k : -1;
            }

            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != Text.TokenKind.Word || !char.IsLower(w[0]))
            {
                return -1;
            }
        }

        return -1;
    }

    // Whether the first actor after the "as" at `at` is the agent of a participle in the characterisation ("as a farce cooked up by
    // the United States"): one who made the thing up, not one the act is aimed at. "as a new Israeli crime" names the object's
    // author, which the pair finder reads as before.
    private static bool AgentOfCharacterisation(SentenceView view, int at, int windowEnd)
    {
        for (var k = at + 1; k < windowEnd; k++)
        {
            if (view.MentionAt[k] < 0)
            {
                continue;
            }

            var by = view.Found[view.MentionAt[k]].First - 1;
            while (by > at && view.Word(by) is "the")
            {
                by--;
            }

            return by - 1 > at && view.Word(by) is "by" && (IsLowerPastForm(view.Word(by - 1)) || (view.Word(by - 1) is "up" && by - 2 > at && IsLowerPastForm(view.Word(by - 2))));
        }

        return false;
    }

    // A passive phrase: the agents after "by" (or the state of an armed act, a giver inside the subject) act on the subject,
    // or on the parties the passive's own noun names.
    private static IEnumerable<ActorPair> PassivePairs(SentenceView view, CodedPhrase phrase, IReadOnlyList<ActorMention> subject, List<ActorMention> objects, string? place, bool joint, int most)
    {
        var (trigger, windowEnd) = (phrase.Trigger, phrase.ObjectEnd);
        var frame = trigger.Entry.Frame;
        // "Ulaanbaatar was visited by Modi": the agents after "by" act on the subject.
        var agents = Agents(view, trigger.End, windowEnd);
        if (agents.Count == 0 && phrase.Cameo.RootNumber is >= 18 and <= 20 && ArmedActAgents.After(view, trigger.End, windowEnd) is { } striker)
        {
            // "was killed in an Israeli strike": the state of the armed act is the agent.
            agents = [striker];
        }

        if (agents.Count == 0 && frame is EventFrame.AgentTheme or EventFrame.Visit && Clauses.NounFirstPassives.FromGiver(view, trigger) is { } giver)
        {
            // "Aid worth $5 million from Seoul was delivered to Mongolia": the giver inside the subject acts on the objects.
            foreach (var o in objects.Where(o => !ReferenceEquals(o, giver) && o.Code != giver.Code))
            {
                yield return new ActorPair(giver, o, place);
            }

            yield break;
        }

        if (agents.Count == 0 && frame == EventFrame.ThemeAgent)
        {
            // "India and Pakistan were admitted to the SCO": the subject is the one who joins.
            foreach (var s in subject)
            {
                foreach (var o in objects)
                {
                    yield return new ActorPair(s, o, place);
                }
            }

            yield break;
        }

        if (frame == EventFrame.Symmetric && agents.Count == 0 && Between(view) is { Count: >= 2 } parties)
        {
            // "Relations between Mongolia and Israel were established", "Talks were held between A, B and C".
            foreach (var pair in JointPairs(parties, joint, most))
            {
                yield return pair with { Place = place };
            }

            yield break;
        }

        if (frame == EventFrame.Symmetric && agents.Count >= 2)
        {
            // "The treaty was signed by Japarov, Tokayev and Mirziyoyev": every two of the signatories.
            foreach (var pair in JointPairs(agents, joint, most))
            {
                yield return pair with { Place = place };
            }

            yield break;
        }

        var patients = PassivePatients(view, trigger, subject, objects, agents);
        foreach (var a in agents)
        {
            foreach (var s in patients)
            {
                yield return new ActorPair(a, s, place);
            }
        }

        yield break;
    }

    // Who a passive's agents act on: the subject, else a possessor or the actor before the phrase, every side of "between",
    // or every coordinated object.
    private static IReadOnlyList<ActorMention> PassivePatients(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject, List<ActorMention> objects, List<ActorMention> agents)
    {
        var found = view.Found;
        // "Moscow's proposal was rejected by Tokyo": with no subject, the possessor or the first other actor is acted on.
        // A group that only suffers acts ("Three Chinese nationals were arrested by …") may be the one acted on.
        // A national adjective on the passive's own subject noun ("A Greek tanker was seized by …", "A Russian proposal for a
        // ceasefire was rejected by Ukraine") is acted on, as the adjective before the active verb's object is.
        var before = found.Where(m => m.First < trigger.First
            && (!m.IsWeak || (agents.Count > 0 && (m.Role is not null || PassiveSubjectOwners.Owns(view, m, trigger))))).ToList();
        var patients = subject.Count > 0 ? subject
            : before.Where(m => m.IsPossessive).Take(1).Concat(before.TakeLast(1)).Concat(objects.Where(o => !agents.Contains(o))).Take(1).ToList();
        if (agents.Count > 0 && Between(view) is { Count: >= 2 } sides && sides.All(m => m.Last < trigger.First)
            && (subject.Count == 0 || (subject.Count == 1 && agents.Count == 1 && subject[0].First == sides[^1].First && sides[^1].Last + 1 == trigger.First)))
        {
            // "Talks between Armenia and Azerbaijan hosted by Kazakhstan": a participle right after the last side acts on the
            // noun that "between" belongs to, so on every side of it, not on the nearest one alone.
            // "A ceasefire between Israel and Hezbollah … under a deal brokered by the United States": both sides are acted on.
            patients = sides;
        }
        else if (subject.Count == 0 && before.Count == 0)
        {
            // "An offer of mediation was made to Armenia and Azerbaijan by Kazakhstan": every coordinated object is acted on.
            patients = [.. objects.Where(o => !agents.Contains(o))];
        }

        return patients;
    }
}
