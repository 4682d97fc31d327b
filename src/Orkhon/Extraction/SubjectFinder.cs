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
internal static class SubjectFinder
{
    /// <summary>
    /// The subject of <paramref name="trigger"/>, searched back to <paramref name="windowStart"/>; <paramref name="afterAnotherPhrase"/>
    /// when a phrase stands before it in the sentence.
    /// </summary>
    public static List<ActorMention> Subject(SentenceView view, Trigger trigger, int windowStart, bool afterAnotherPhrase)
    {
        var (text, tokens, found, mentionAt) = (view.Text, view.Tokens, view.Found, view.MentionAt);
        var group = new List<ActorMention>();
        var k = trigger.First - 1;
        if (trigger.Entry.IsNoun)
        {
            // "Putin's visit", "the Kazakh president's trip", "his visit": the possessor is the source.
            var possessor = PossessorIndex(view, trigger.First);
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

            // "Iran issued a demand for …", "Chinese police carried out the arrest of …": the light verb's subject, found as a verb's.
            if (LightVerbObjects.LightVerbOf(view, trigger.First) is >= 0 and var light)
            {
                k = light - 1;
            }
            else if (!trigger.Entry.Phrase.EndsWith(" with", StringComparison.Ordinal))
            {
                return group;
            }
            else
            {
                k = trigger.First - 1;
            }
        }

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

        for (; k >= windowStart; k--)
        {
            var w = tokens[k].In(text);
            if (w is ";" || (w is "that" or "which" or "who" && group.Count == 0 && k < trigger.First - 1 && HasMentionBetween(view, k, trigger.First)))
            {
                break;
            }

            // A parenthetical between the subject and its verb is skipped: "Hungary, which holds the EU presidency, criticised…",
            // "The prime minister, speaking in Tokyo after meeting Biden, criticised…". Its actors are never the main subject.
            if (w is "," && group.Count == 0 && relatives.OpeningOf(k) is var opening and >= 0)
            {
                var byPronoun = relatives.RelativeOf(opening + 1) == opening + 1;
                var antecedent = Antecedent(view, opening + 1, anyPosition: byPronoun);
                if (antecedent.Count > 0 || byPronoun)
                {
                    return antecedent;
                }
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
            var nearest = true;
            while (PreviousCoordinated(view, k, windowStart, nearest) is { } previous)
            {
                group.Insert(0, previous);
                k = previous.First;
                nearest = false;
            }

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

    /// <summary>
    /// The actors a relative clause or parenthetical opening at token <paramref name="opener"/> is about: the actor (with those
    /// coordinated with it) right before it or before its comma, "Kazakhstan, which…", "the U.S. envoy who…". None when that
    /// noun is no actor ("the minister who visited Beijing"). A participle's antecedent must open its clause
    /// (<paramref name="anyPosition"/> false): after an object, "condemned Japan, accusing Tokyo…", it is the main verb's act.
    /// </summary>
    public static List<ActorMention> Antecedent(SentenceView view, int opener, bool anyPosition)
    {
        var (found, mentionAt) = (view.Found, view.MentionAt);
        var group = new List<ActorMention>();
        var j = opener - 1;
        if (j >= 0 && view.Word(j) is ",")
        {
            j--;
        }

        // A state named after a preposition is still the one a relative clause about it is about: "objections from China,
        // which had urged Ulaanbaatar…".
        if (j < 0 || mentionAt[j] < 0 || found[mentionAt[j]] is not { IsWeak: false } m || (m.IsPlace && !IsStateByName(m)) || (m.IsPossessive && m.Role is null))
        {
            return group;
        }

        if (!anyPosition && !OpensClause(view, m.First))
        {
            return group;
        }

        return WithCoordinatedBefore(view, m);
    }

    // The actor at m with the actors coordinated before it ("A and B", "A, B and C"), in text order: the subject a parenthetical
    // or a relative clause stands after.
    private static List<ActorMention> WithCoordinatedBefore(SentenceView view, ActorMention m)
    {
        var group = new List<ActorMention> { m };
        var k = m.First;
        var nearest = true;
        while (PreviousCoordinated(view, k, 0, nearest) is { } previous)
        {
            group.Insert(0, previous);
            k = previous.First;
            nearest = false;
        }

        return group;
    }

    // A state by its own name ("China", "Kyrgyzstan"), not a city or a region that stands for it.
    private static bool IsStateByName(ActorMention m) =>
        m.Kind == MentionKind.Name && m.Codes.Count == 1 && m.Code.Length == 3 && Knowledge.ReferenceData.Default.FindCountry(m.Code) is not null;

    /// <summary>The first actor before token <paramref name="end"/> that opens its clause and may act, or null.</summary>
    public static ActorMention? FirstClauseSubject(SentenceView view, int end)
    {
        for (var k = 0; k < end; k++)
        {
            if (view.MentionAt[k] < 0)
            {
                continue;
            }

            var m = view.Found[view.MentionAt[k]];
            if (!m.IsPlace && !m.IsWeak && !(m.IsPossessive && m.Role is null) && OpensClause(view, m.First))
            {
                return m;
            }

            k = m.Last;
        }

        return null;
    }

    // Whether the actor starting at token `first` opens its clause: at the sentence's start, or after a comma, a time phrase or a dateline's dash.
    private static bool OpensClause(SentenceView view, int first)
    {
        var b = first - 1;
        while (b >= 0 && Determiners.IsArticleMaybeCapitalised(view.Word(b)))
        {
            b--;
        }

        return b < 0 || view.TimeAt[b] >= 0 || view.Word(b) is "," or ";" or ":" or "-" or "--" or "and" or "But" or "but";
    }

    // Whether the relative clause of the pronoun at `relative` has a subject of its own before the phrase at `first`: an actor
    // right after "who/which/whom" ("which India suspended"), or any actor not after a preposition after "whose N"
    // ("whose visit to Taiwan Beijing had condemned").
    private static bool HasOwnSubject(SentenceView view, int relative, int first)
    {
        var (found, mentionAt) = (view.Found, view.MentionAt);
        if (view.Word(relative) is "whose" or "Whose")
        {
            for (var k = relative + 1; k < first; k++)
            {
                if (mentionAt[k] >= 0 && found[mentionAt[k]] is { IsPlace: false, IsWeak: false } m && !IsPrepositionObject(view, m.First))
                {
                    return true;
                }
            }

            return false;
        }

        var a = SkipArticles(view, relative + 1);
        return (a < first && mentionAt[a] >= 0 && !found[mentionAt[a]].IsPlace) || ReportsOwnSubject(view, relative, first);
    }

    // "…, who was told that Berlin condemned the execution", "who said Paris had backed the rebels": a clause reported inside
    // the relative clause has the actor right before its verb (auxiliaries, adverbs and time phrases between) for its subject,
    // when "that" or a verb of saying opens it.
    private static bool ReportsOwnSubject(SentenceView view, int relative, int first)
    {
        var k = first - 1;
        while (k > relative && (view.Blocked[k] || PhraseGrammar.IsAuxiliary(view.Word(k)) || IsSequenceAdverb(view.Word(k)) || PhraseGrammar.IsLyAdverb(view.Word(k))))
        {
            k--;
        }

        if (k <= relative || view.MentionAt[k] < 0 || view.Found[view.MentionAt[k]] is not { IsPlace: false, IsWeak: false, IsPossessive: false } own)
        {
            return false;
        }

        var b = own.First - 1;
        while (b > relative && view.Word(b) is "the")
        {
            b--;
        }

        return b > relative && (view.Word(b) is "that" || ClauseView.IsReportingWord(view.Word(b)));
    }

    // Only a comma (and "also", "then", "later") between the actor and the phrase, and none between the phrase before and
    // the actor: "visited Lima, met…". A comma before the actor ("After talks in Lima, Peru's president, Boluarte, signed")
    // means an opening clause or an apposition, whose actor is a subject.
    private static bool InVerbSeries(SentenceView view, int actorLast, int phraseFirst, int windowStart)
    {
        var k = phraseFirst - 1;
        while (k > actorLast && IsSequenceAdverb(view.Word(k)))
        {
            k--;
        }

        if (view.Word(k) is not "," || (k != actorLast + 1 && !OnlyPlaceOrTimeBetween(view, actorLast + 1, k)))
        {
            return false;
        }

        for (var j = windowStart; j < actorLast; j++)
        {
            if (s_verbSeriesBreaks.Contains(view.Word(j)))
            {
                return false;
            }
        }

        return windowStart > 0;
    }

    private static readonly WordSet s_verbSeriesBreaks = PhraseGrammar.Words.Lookup("verb-series-break");

    // "met South Korea's president in Seoul on Monday, signed…": only where and when the earlier verb's act took place stands
    // between its object and the comma.
    private static bool OnlyPlaceOrTimeBetween(SentenceView view, int from, int comma)
    {
        for (var j = from; j < comma; j++)
        {
            if (view.TimeAt[j] >= 0 || (view.MentionAt[j] >= 0 && view.Found[view.MentionAt[j]].IsPlace) || view.Word(j) is "in" or "on" or "at")
            {
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>The first actor after the comma that closes an opening clause, unless it is a place.</summary>
    public static ActorMention? MainClauseSubject(SentenceView view, int from)
    {
        var (text, tokens, found, mentionAt) = (view.Text, view.Tokens, view.Found, view.MentionAt);
        for (var k = from; k < tokens.Count; k++)
        {
            if (tokens[k].In(text) is not ",")
            {
                continue;
            }

            var j = k + 1;
            while (j < tokens.Count && mentionAt[j] < 0 && tokens[j].Kind == TokenKind.Word && char.IsLower(tokens[j].In(text)[0]) && j - k <= view.Options.MainSubjectReach)
            {
                j++;
            }

            return j < tokens.Count && mentionAt[j] >= 0 && !found[mentionAt[j]].IsPlace ? found[mentionAt[j]] : null;
        }

        return null;
    }

    // The actor at k is followed by "and": a list goes on after it ("Soldiers from Peru, Chile and more than 20 other
    // countries opened…"), so the bare comma before it links, unlike the comma closing an opening clause ("…, Lavrov denounced").
    private static bool ListGoesOn(SentenceView view, int k)
    {
        if (view.MentionAt[k] < 0)
        {
            return false;
        }

        var after = view.Found[view.MentionAt[k]].Last + 1;
        return after < view.Tokens.Count && view.Word(after) is "and";
    }

    // Where the title introducing the actor at k begins ("the foreign ministers of | A"), or k when no title stands before it.
    private static int TitleBefore(SentenceView view, int k, int windowStart)
    {
        var j = k - 1;
        if (j >= windowStart && view.Word(j) is "the")
        {
            j--;
        }

        if (j - 1 < windowStart || view.Word(j) is not "of" || !(RoleWords.TryGet(view.Word(j - 1), out _) || view.Word(j - 1) is "heads" or "chiefs" or "representatives"))
        {
            return k;
        }

        var start = j - 1;
        while (start - 1 >= windowStart && j - start < view.Options.TitleOfReach && view.MentionAt[start - 1] < 0 && view.Tokens[start - 1].Kind == TokenKind.Word
            && char.IsLower(view.Word(start - 1)[0]) && view.Word(start - 1) is not ("and" or "or" or "the"))
        {
            start--;
        }

        return start - 1 >= windowStart && view.Word(start - 1) is "the" ? start - 1 : start;
    }

    // "with" at j joins two parties of one act when "along" or "together" stands before it ("A, along with B, …").
    private static bool IsCompanionLink(SentenceView view, int j) =>
        j >= 1 && view.Word(j) is "with" && view.Word(j - 1) is "along" or "together";

    // Whether the coordinated group whose first member starts at first follows a preposition: "between Indian and Chinese troops"
    // (an adjective before "and" may not count as a member of its own, so the word before "and" is looked at too).
    private static bool GroupAfterPreposition(SentenceView view, int first)
    {
        if (first >= 2 && view.Word(first - 1) is "and" or "or" && view.MentionAt[first - 2] >= 0)
        {
            first = view.Found[view.MentionAt[first - 2]].First;
        }
        else if (first == 0 || view.Word(first - 1) is not ("and" or "or" or ","))
        {
            // A single actor after a preposition is skipped where it is read; a group formed only here needs the check.
            return false;
        }

        return IsPrepositionObject(view, first);
    }

    /// <summary>
    /// Whether the actor starting at <paramref name="first"/> is a preposition's object ("with Taiwan", "to the SCO summit",
    /// "met officials in northern Iraq"): never a clause's subject, nor the party a verb addresses. A body named after its
    /// members or its chief ("a group of lawmakers", "the head of the IAEA") and a party joined "along with" are no such object.
    /// </summary>
    internal static bool IsPrepositionObject(SentenceView view, int first)
    {
        var j = first - 1;
        // "with his Chinese counterpart": the possessive pronoun belongs to the object; so does a compass word ("strikes on
        // northern Iraq killed…": Iraq is the strikes' object, not the killers).
        while (j >= 0 && (Determiners.IsArticleOrPossessive(view.Word(j)) || PhraseGrammar.IsRegionModifier(view.Word(j))))
        {
            j--;
        }

        // "Canada, along with Britain, condemned…": a party coordinated with the subject, not a preposition's object.
        if (IsCompanionLink(view, j))
        {
            return false;
        }

        // "a delegation of the State Great Khural", "the chief of the Mongolian Armed Forces": the body is the actor.
        if (j >= 1 && view.Word(j) is "of" && (view.Word(j - 1) is "chief" or "head" or "members" or "representatives" or "commander" || RoleWords.TryGet(view.Word(j - 1), out _)))
        {
            return false;
        }

        // "a group of Mongolian lawmakers visited", "A team from the IAEA began", "Judges at the ICC found": a unit named by its
        // members' state or body, at the head of its clause, is that actor; "withdrew troops from Syria" is an object.
        if (j >= 1 && view.Word(j) is "of" or "from" or "at" && s_units.Contains(view.Word(j - 1)) && HeadsItsClause(view, j - 1))
        {
            return false;
        }

        // "Thousands of Armenians rallied", "hundreds of Israeli settlers": a crowd's size, not a preposition's object.
        if (j >= 1 && view.Word(j) is "of" && WeakSubjects.IsCrowdQuantity(view.Word(j - 1)))
        {
            return false;
        }

        return j >= 0 && s_prepositions.Contains(view.Word(j));
    }

    private static readonly WordSet s_prepositions = ClauseView.Words.Lookup("preposition");

    private static readonly WordSet s_thirdParty = ClauseView.Words.Lookup("third-party");

    private static readonly WordSet s_units = ClauseView.Words.Lookup("unit");

    // Whether the unit noun at <paramref name="noun"/> opens a noun phrase in subject position: after the sentence's start, a
    // punctuation mark, "and"/"but" or a clause opener ("after", "when"), with at most an article or a count before it
    // ("A team of", "about 850 troops from"); not after a verb ("sent a team of…", "withdrew troops from…").
    private static bool HeadsItsClause(SentenceView view, int noun)
    {
        var k = noun - 1;
        for (var skipped = 0; k >= 0 && skipped < 3 && (view.Word(k) is "a" or "an" or "the" or "A" or "An" or "The" or "about" or "some" or "several"
            || view.Tokens[k].Kind == TokenKind.Number); skipped++)
        {
            k--;
        }

        return k < 0 || view.Tokens[k].Kind == TokenKind.Punctuation || view.Word(k) is "and" or "but" || s_clauseOpeners.Contains(view.Word(k));
    }

    private static readonly WordSet s_clauseOpeners = ClauseView.Words.Lookup("clause-opener");

    // "A, B and C" from its first member: the coordinated actors after it, each ending before endBefore.
    internal static List<ActorMention> WithCoordinated(SentenceView view, ActorMention first, int endBefore = int.MaxValue)
    {
        var parties = new List<ActorMention> { first };
        while (NextCoordinated(view, parties[^1].Last) is { } next && next.Last < endBefore)
        {
            parties.Add(next);
        }

        return parties;
    }

    // The actor coordinated after the one ending at k: "A and B", "A, B", "A, B, and C", "A as well as B", "A and the B".
    internal static ActorMention? NextCoordinated(SentenceView view, int k)
    {
        var (found, mentionAt, count) = (view.Found, view.MentionAt, view.Tokens.Count);
        var j = k + 1;
        if (j < count && view.Word(j) is ",")
        {
            j++;
        }

        if (j < count && view.Word(j) is "and")
        {
            j++;
        }
        else if (j + 2 < count && view.Word(j) is "as" && view.Word(j + 1) is "well" && view.Word(j + 2) is "as")
        {
            j += 3;
        }
        else if (j + 1 < count && IsCompanionLink(view, j + 1))
        {
            j += 2;
        }
        else if (j == k + 1)
        {
            return null;
        }

        if (j < count && view.Word(j) is "the")
        {
            j++;
        }

        // "Israel and Iran-backed Hezbollah", "Kyiv and Russian-backed separatists": a sponsor's hyphenated modifier is no actor.
        if (j + 1 < count && mentionAt[j] < 0 && IsSponsorModifier(view.Word(j)))
        {
            j++;
        }

        if (j >= count || mentionAt[j] < 0 || found[mentionAt[j]] is not { IsPlace: false, IsWeak: false } m)
        {
            return null;
        }

        // A bare comma links only inside a list that goes on ("A, B and C"): "a visit by Putin, Xi said" is no list.
        var bare = view.Word(j - 1) is "," || (view.Word(j - 1) is "the" && view.Word(j - 2) is ",");
        return !bare || (m.Last + 1 < count && view.Word(m.Last + 1) is "," or "and") ? m : null;
    }

    /// <summary>"Iran-backed", "Russian-allied": a sponsor's hyphenated modifier before an actor, itself no actor.</summary>
    internal static bool IsSponsorModifier(ReadOnlySpan<char> w) =>
        w.IndexOf('-') > 0 && (w.EndsWith("-backed", StringComparison.Ordinal) || w.EndsWith("-aligned", StringComparison.Ordinal)
            || w.EndsWith("-allied", StringComparison.Ordinal) || w.EndsWith("-supported", StringComparison.Ordinal)
            || w.EndsWith("-funded", StringComparison.Ordinal) || w.EndsWith("-armed", StringComparison.Ordinal));

    // The actor coordinated before the one starting at k: "A and B", "A, B", "A, B, and C" (the Oxford comma),
    // "A as well as B", "A and the B", "A and his counterpart B" (the possessive pronoun belongs to B).
    private static ActorMention? PreviousCoordinated(SentenceView view, int k, int windowStart, bool nearest)
    {
        var (found, mentionAt) = (view.Found, view.MentionAt);
        // "Israel's prime minister and the foreign ministers of A and B": the list goes on before the title that introduces A.
        var j = TitleBefore(view, k, windowStart) - 1;
        if (j >= windowStart && (view.Word(j) is "the" || Determiners.IsPossessivePronoun(view.Word(j))))
        {
            j--;
        }

        if (j - 1 < windowStart)
        {
            return null;
        }

        var w = view.Word(j);
        var oxford = false;
        if (w is "and" && view.Word(j - 1) is ",")
        {
            j--;
            oxford = true;
        }
        else if (w is "as" && j - 3 >= windowStart && view.Word(j - 1) is "well" && view.Word(j - 2) is "as")
        {
            j -= 2;
        }
        else if (IsCompanionLink(view, j) && j - 2 >= windowStart)
        {
            // "Canada, along with Britain and Australia, condemned…", "Japan together with South Korea urged…".
            j -= view.Word(j - 2) is "," ? 2 : 1;
        }
        else if (!(w is "and" || (w is "," && (!nearest || ListGoesOn(view, k)))))
        {
            return null;
        }

        // "France, which holds the council's presidency, and Britain condemned…": the comma before "and" closes a parenthetical;
        // the list goes on before it opened.
        if (w is "and" && view.Word(j) is "," && view.Clauses.Relatives.OpeningOf(j) is var opening && opening > windowStart
            && view.Clauses.Relatives.RelativeOf(opening + 1) == opening + 1)
        {
            j = opening;
            oxford = false;
        }

        if (j - 1 < windowStart)
        {
            return null;
        }

        if (mentionAt[j - 1] >= 0 && found[mentionAt[j - 1]] is { IsPlace: true, IsWeak: false } member && NamesUnitMembers(view, member))
        {
            return member with { IsPlace = false };
        }

        return mentionAt[j - 1] >= 0 && found[mentionAt[j - 1]] is { IsPlace: false, IsWeak: false } m && !(m.IsPossessive && m.Role is null) && !IsPrepositionObject(view, m.First)
            && !(oxford && !OpensOxfordList(view, m, windowStart)) ? m : null;
    }

    // "Warships from Iran", "troops from Russia and Belarus", "experts from Japan" heading their clause: the state after "from" (read
    // as where someone comes from) is the unit's own state, the actor of the clause; "withdrew troops from Syria" is no such unit.
    private static bool NamesUnitMembers(SentenceView view, ActorMention m)
    {
        var j = m.First - 1;
        if (j >= 0 && view.Word(j) is "the")
        {
            j--;
        }

        return j >= 1 && view.Word(j) is "from" && s_units.Contains(view.Word(j - 1)) && HeadsItsClause(view, j - 1);
    }

    // ", and" joins a list only after a comma-joined member ("A, B, and C"): "thanked A and B, and C welcomed…" and "met A, and
    // C said…" close one clause and open another, whose subject is C alone.
    private static bool OpensOxfordList(SentenceView view, ActorMention m, int windowStart)
    {
        var b = TitleBefore(view, m.First, windowStart) - 1;
        if (b >= windowStart && (view.Word(b) is "the" || Determiners.IsPossessivePronoun(view.Word(b))))
        {
            b--;
        }

        return b >= windowStart && view.Word(b) is ",";
    }
}
