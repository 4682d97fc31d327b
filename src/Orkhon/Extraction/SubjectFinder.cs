using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;
using static Orkhon.Extraction.PhraseGrammar;

namespace Orkhon.Extraction;

/// <summary>
/// Finds the subject of a phrase: the nearest group of actors before it ("A", "A and B", "A, B and C"), not places
/// and not possessors of something else, searched back to the previous phrase; for a noun, its possessor or its agent
/// after "by"; for an opening participial clause, the main clause's subject.
/// </summary>
internal static partial class SubjectFinder
{
    /// <summary>
    /// The subject of <paramref name="trigger"/>, searched back to <paramref name="windowStart"/>; <paramref name="afterAnotherPhrase"/>
    /// when a phrase stands before it in the sentence.
    /// </summary>
    public static List<ActorMention> Subject(SentenceView view, Trigger trigger, int windowStart, bool afterAnotherPhrase)
    {
        var k = trigger.First - 1;
        if (trigger.Entry.IsNoun)
        {
            if (NounAgents(view, trigger) is { } agents)
            {
                return agents;
            }

            // "Iran issued a demand for …", "Chinese police carried out the arrest of …": the light verb's subject, found as a verb's.
            if (LightVerbObjects.LightVerbOf(view, trigger.First) is >= 0 and var light)
            {
                k = light - 1;
            }
            else if (!trigger.Entry.Phrase.EndsWith(" with", StringComparison.Ordinal))
            {
                return [];
            }
            else
            {
                k = trigger.First - 1;
            }
        }

        if (OpeningSubject(view, trigger) is { } opening)
        {
            return opening;
        }

        // Inside a relative clause ("Kazakhstan, which hosted Xi", "the minister who visited Beijing … criticised") the subject is
        // the noun the clause modifies, unless an actor follows the pronoun ("which India suspended", "whose visit Beijing condemned").
        var relatives = view.Clauses.Relatives;
        var relative = relatives.RelativeOf(trigger.First);
        if (relative >= 0)
        {
            if (!HasOwnSubject(view, relative, trigger.First))
            {
                return Antecedent(view, relative, anyPosition: true);
            }

            windowStart = Math.Max(windowStart, relative + 1);
        }
        else if (!trigger.Entry.IsNoun && !trigger.Passive && !afterAnotherPhrase && CoordinatedVerbPhrase.SharedSubject(view, trigger.First, windowStart) is { Count: > 0 } shared)
        {
            return shared;
        }

        return NearestGroupBefore(view, trigger, k, windowStart, afterAnotherPhrase);
    }

    // A noun's own source: its possessor ("Putin's visit") or its agent after "by" or "of" ("a visit by X"); null when it names
    // neither, and the caller looks for a light verb's subject.
    private static List<ActorMention>? NounAgents(SentenceView view, Trigger trigger)
    {
        var (text, tokens, found, mentionAt) = (view.Text, view.Tokens, view.Found, view.MentionAt);
        var group = new List<ActorMention>();
        // "Putin's visit", "the Kazakh president's trip", "his visit": the possessor is the source.
        var possessor = PossessorIndex(view, trigger.First);
        // "since its annexation of Crimea": a bare "its" after a preposition of time or cause is the state named before it.
        possessor = possessor >= 0 ? possessor : ItsAntecedent(view, trigger.First);
        if (possessor >= 0)
        {
            group.Add(found[mentionAt[possessor]]);
            return group;
        }

        // "visit by X to Y", "visit to Y by X", "visit of X": the agent after "by" (or "of" right after the noun).
        for (var b = trigger.End; b < Math.Min(tokens.Count - 1, trigger.End + view.Options.NounAgentReach); b++)
        {
            var w = tokens[b].In(text);
            // "talks in Doha mediated by Qatar and Turkey", "a truce brokered by Egypt": the agent is the mediating or hosting
            // participle's, a third party, not one of the noun's own actors.
            if (w is "by" && b > trigger.End && s_thirdParty.Contains(tokens[b - 1].In(text)))
            {
                break;
            }

            if (w is "by" || (w is "of" && b == trigger.End))
            {
                var agent = SkipTitleOf(view, SkipArticles(view, b + 1));
                if (agent < tokens.Count && mentionAt[agent] >= 0)
                {
                    // "joint exercises by Russia and China", "talks by the foreign ministers of A, B and C": every agent.
                    group.Add(found[mentionAt[agent]]);
                    while (NextCoordinated(view, group[^1].Last) is { } next)
                    {
                        group.Add(next);
                    }

                    return group;
                }
            }
        }

        return null;
    }

    // The subjects read before the search back: a decider ("Uzbekistan's decision to…"), a caused actor, a subject before a
    // parenthetical; null when none fits.
    private static List<ActorMention>? OpeningSubject(SentenceView view, Trigger trigger)
    {
        var (text, tokens, found, mentionAt) = (view.Text, view.Tokens, view.Found, view.MentionAt);
        var group = new List<ActorMention>();
        // "Uzbekistan's decision to suspend…": the one who decided acts.
        if (trigger.First > 1 && tokens[trigger.First - 1].In(text) is "to" && tokens[trigger.First - 2].In(text) is "decision" or "move"
            && PossessorIndex(view, trigger.First - 2) is var decider and >= 0)
        {
            group.Add(found[mentionAt[decider]]);
            return group;
        }

        // "prompted Japan, a close U.S. ally, to summon…": the caused actor acts, not an actor of the apposition after it.
        if (!trigger.Passive && CausedActors.BeforeApposition(view, trigger) is { } caused)
        {
            group.Add(caused);
            return group;
        }

        // "…, while China, the North's main ally, urged restraint", "Netanyahu, on his first trip since the ICC issued a warrant,
        // praised…": an actor that opens its clause, then a parenthetical between commas, then the verb.
        if (!trigger.Entry.IsNoun && !trigger.Passive && ParentheticalSubject(view, trigger.First) is { Count: > 0 } bracketed)
        {
            return bracketed;
        }

        return null;
    }

    // The search back from k to windowStart: the nearest group of actors that may act, skipping parentheticals, places and
    // possessors, extended over coordination.
    private static List<ActorMention> NearestGroupBefore(SentenceView view, Trigger trigger, int k, int windowStart, bool afterAnotherPhrase)
    {
        var (text, tokens, found, mentionAt) = (view.Text, view.Tokens, view.Found, view.MentionAt);
        var group = new List<ActorMention>();
        for (; k >= windowStart; k--)
        {
            var w = tokens[k].In(text);
            if (w is ";" || (w is "that" or "which" or "who" && group.Count == 0 && k < trigger.First - 1 && HasMentionBetween(view, k, trigger.First)))
            {
                break;
            }

            // A parenthetical between the subject and its verb is skipped: "Hungary, which holds the EU presidency, criticised…",
            // "The prime minister, speaking in Tokyo after meeting Biden, criticised…". Its actors are never the main subject.
            if (w is "," && group.Count == 0 && ParentheticalAntecedent(view, k) is { } antecedent)
            {
                return antecedent;
            }

            if (mentionAt[k] < 0)
            {
                continue;
            }

            var m = found[mentionAt[k]];
            k = m.First;
            // "Pakistan's director general of military operations telephoned…", "Mali's military-led government ordered…": the
            // state owns the office or body that heads the clause, which no table names as one phrase; the state acts.
            if (group.Count == 0 && m is { IsPossessive: true, Role: null, IsPlace: false } && !trigger.Passive && OwnedAgent(view, m, trigger.First) is { } owner)
            {
                group.Add(owner);
                break;
            }

            // "Warships from Iran, Russia and China began drills": a state after a unit's "from" names the unit's members, no place.
            if (m.IsPlace && NamesUnitMembers(view, m))
            {
                m = m with { IsPlace = false };
            }

            if (m.IsPlace || (m.IsWeak && !WeakSubjects.MayAct(view, m, trigger)) || (m.IsPossessive && m.Role is null) || IsPrepositionObject(view, m.First))
            {
                continue;
            }

            // Between two phrases, only an actor right before the second is its subject ("…, and Russia responded by
            // expelling"); one further back is the first phrase's object ("attended the SCO summit in Astana, and conducted").
            if (afterAnotherPhrase && trigger.First - m.Last > view.Options.SecondPhraseSubjectReach)
            {
                break;
            }

            // "visited Lima, met Peru's president and signed…", "shelled Kharkiv, accused NATO of…": in a series of verb phrases
            // the actor before ", met" is the object of the verb before it; the phrase shares the series' subject (the caller's).
            if (afterAnotherPhrase && !trigger.Entry.IsNoun && InVerbSeries(view, m.Last, trigger.First, windowStart))
            {
                return [];
            }

            group.Insert(0, m);
            // Extend over coordination: "A and B", "A, B and C", "A and the B". The link nearest the phrase is never a bare
            // comma: in "Speaking … with his Chinese counterpart, Lavrov denounced…" the comma closes an opening clause.
            k = ExtendOverCoordination(view, group, k, windowStart);

            // "The fighting between Indian and Chinese troops … killed": a coordinated group after a preposition is its object,
            // as a single actor there is (above).
            if (GroupAfterPreposition(view, group[0].First))
            {
                group.Clear();
                continue;
            }

            break;
        }

        return group;
    }

    // The antecedent of the relative or participial clause that the comma at k closes, when the clause has one or opens with
    // a relative pronoun; null otherwise.
    private static List<ActorMention>? ParentheticalAntecedent(SentenceView view, int k)
    {
        var relatives = view.Clauses.Relatives;
        if (relatives.OpeningOf(k) is var opening and >= 0)
        {
            var byPronoun = relatives.RelativeOf(opening + 1) == opening + 1;
            var antecedent = Antecedent(view, opening + 1, anyPosition: byPronoun);
            if (antecedent.Count > 0 || byPronoun)
            {
                return antecedent;
            }
        }

        return null;
    }

    // Prepends the actors coordinated before group[0] (at k) to the group; returns the index of the first.
    private static int ExtendOverCoordination(SentenceView view, List<ActorMention> group, int k, int windowStart)
    {
        var nearest = true;
        while (PreviousCoordinated(view, k, windowStart, nearest) is { } previous)
        {
            group.Insert(0, previous);
            k = previous.First;
            nearest = false;
        }

        return k;
    }

    // The possessor at m as the subject of the verb at `verb`, with the role of the office or body it owns, when m opens its clause
    // and only that noun phrase stands between them: lower-case words (hyphenated modifiers, "of" and its object, "in" and a
    // place) naming an office, body or unit ("director general of military operations", "military-led government", "mission in
    // Geneva", "its officers"). Null otherwise: a name ("Japan's coach Hajime Moriyasu"), a verb form or a clause between.
    private static ActorMention? OwnedAgent(SentenceView view, ActorMention m, int verb)
    {
        if (verb - m.Last - 1 is < 1 or > OwnedAgentReach || !(OpensClause(view, m.First) || (m.First > 0 && view.Word(m.First - 1) is "that" or "said")))
        {
            return null;
        }

        ActorRole? role = null;
        var (agent, agentLast, named) = (false, false, false);
        var first = m.Last + 1 < verb && view.Word(m.Last + 1) is "'s" or "’s" or "'" or "’" ? m.Last + 2 : m.Last + 1;
        for (var k = first; k < verb; k++)
        {
            var w = view.Word(k);
            if (view.MentionAt[k] >= 0 && k > first && view.Word(k - 1) is "in" or "of" or "at" or "to")
            {
                // "mission in Geneva", "of the Kenyan army": a place or body after a preposition belongs to the phrase.
                k = view.Found[view.MentionAt[k]].Last;
                continue;
            }

            // "Somalia's al Shabaab rebels": a name inside the phrase is the group's own, when a group or office word ends the phrase.
            if (view.Tokens[k].Kind == TokenKind.Word && view.MentionAt[k] < 0 && char.IsUpper(w[0]))
            {
                named = true;
                agentLast = false;
                continue;
            }

            if (view.Tokens[k].Kind != TokenKind.Word || view.MentionAt[k] >= 0 || !char.IsLower(w[0]) || s_clauseOpeners.Contains(w)
                || IsAuxiliary(w) || (w.IndexOf('-') < 0 && !(k > first && IsLyAdverb(view.Word(k - 1))) && (IsLowerPastForm(w) || IsLowerIngForm(w))))
            {
                return null;
            }

            agentLast = false;
            if (RoleWords.TryGet(w, out var r))
            {
                role = r;
                agent = agentLast = true;
            }
            else if (s_units.Contains(w) || w is "director" or "chief" or "head" or "commander" or "spokesman" or "spokeswoman")
            {
                agent = agentLast = true;
            }
        }

        return agent && (!named || agentLast) ? m with { Role = role } : null;
    }

    // How many words an owned office or body may take between its possessor and the verb ("director general of military operations": 5).
    private const int OwnedAgentReach = 6;

    /// <summary>
    /// The subject of a verb right after a comma that closes a parenthetical ("China, the North's main ally, urged…", "Netanyahu,
    /// on his first trip to Europe since the ICC issued a warrant, praised…"): the actor right before the comma that opens it,
    /// when that actor opens its own clause (at the start, after a comma or dash, "and", "but", "while"). Whatever the
    /// parenthetical names, or the phrases it holds, it never gives the main verb its subject. Empty when the words do not fit.
    /// </summary>
    private static List<ActorMention> ParentheticalSubject(SentenceView view, int verb)
    {
        var (found, mentionAt) = (view.Found, view.MentionAt);
        var group = new List<ActorMention>();
        var close = verb - 1;
        if (close < 2 || view.Word(close) is not ",")
        {
            return group;
        }

        var open = close - 1;
        while (open >= 0 && close - open <= view.Options.ParentheticalReach && view.Word(open) is not ("," or ";" or ":" or "(" or ")" or "\"" or "-" or "--"))
        {
            open--;
        }

        // A relative or participial clause ("Kazakhstan, which…", "Putin, speaking in…", "Armenia, backed by France,") is the clause
        // layer's; only the other parentheticals come here: an apposition, a prepositional phrase.
        // "Canada, along with Britain and Australia, condemned…" joins the companions to the subject (PreviousCoordinated).
        if (open < 1 || open == close - 1 || view.Word(open) is not "," || view.Word(open + 1) is "who" or "which" or "whose" or "whom" or "that"
            || IsCompanionLink(view, open + 2) || view.Word(open + 1) is "as" or "like" or "including"
            || PhraseGrammar.IsLowerIngForm(view.Word(open + 1)) || PhraseGrammar.IsLowerPastForm(view.Word(open + 1)))
        {
            return group;
        }

        if (mentionAt[open - 1] < 0 || found[mentionAt[open - 1]] is not { IsPlace: false, IsWeak: false } m || (m.IsPossessive && m.Role is null)
            || m.Last != open - 1 || !(OpensClause(view, m.First) || (m.First > 0 && view.Word(m.First - 1) is "while" or "whereas")))
        {
            return group;
        }

        return WithCoordinatedBefore(view, m);
    }
}
