using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;
using static Orkhon.Extraction.PhraseGrammar;

namespace Orkhon.Extraction;

/// <summary>
/// Finds the lexicon's phrases in a sentence: which word is a verb and which a noun, the phrase's object
/// constraints, and for a noun that it names a specific event (its actors attached).
/// </summary>
internal sealed class TriggerFinder(EventLexicon lexicon)
{
    private readonly EventLexicon _lexicon = lexicon;

    /// <summary>The phrases of the sentence in text order, at most one starting at each token and none overlapping.</summary>
    public List<Trigger> Find(SentenceView view)
    {
        // Every token looked up in the lexicon once, for the phrases it starts and the later words it holds. The scratch goes
        // back to the thread even when a stage throws, so a fault in one sentence never costs the next its buffers.
        var words = SentenceLexiconWords.Read(_lexicon, view);
        try
        {
            return Find(view, words);
        }
        finally
        {
            words.Release();
        }
    }

    private List<Trigger> Find(SentenceView view, SentenceLexiconWords words)
    {
        var (text, tokens, blocked, mentionAt) = (view.Text, view.Tokens, view.Blocked, view.MentionAt);
        var triggers = new List<Trigger>();
        bool Free(int k) => k < tokens.Count && !blocked[k] && mentionAt[k] < 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            // Most tokens start no phrase: that test first (the tests of a token are pure, so their order changes nothing).
            var phrases = words.StartingAt(i);
            if (phrases.Length == 0 || !Free(i) || tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var keys = words.StartingKeysAt(i);
            // Whether a determiner stands before the word: the same for every phrase tried here, asked at the first that gets so far.
            var determinerBefore = -1;
            for (var p = 0; p < phrases.Length; p++)
            {
                // Most phrases tried at a word fail on a later word; the tests below are all pure, so skipping
                // them when the match cannot succeed changes nothing but their cost. The lexicon filed the phrase under this
                // word, so its first word is matched already; a later word that stands nowhere after it, or a second word
                // missing right after it, fails the match. The phrase's key later word, kept beside it, is asked first: nine
                // phrases in ten tried (at "is", "was", "will") are turned away there without the phrase being read.
                if (!words.KeyFollows(keys[p], i))
                {
                    continue;
                }

                var phrase = phrases[p];
                if (!words.LaterWordsFollow(phrase, i) || !phrase.MayMatchAfterFirstWord(view, i))
                {
                    continue;
                }

                if (determinerBefore < 0)
                {
                    determinerBefore = i > 0 && IsDeterminer(view, i - 1) ? 1 : 0;
                }

                if (ReadsAsNoEventVerb(view, phrase, i, determinerBefore == 1))
                {
                    continue;
                }

                var end = phrase.MatchAfterFirstWord(view, i);
                if (end < 0)
                {
                    continue;
                }

                var candidate = new Trigger(i, end, phrase, !phrase.Entry.IsNoun && phrase.IsParticiple(tokens[i].In(text))
                    && (IsAfterBe(view, i) || ReducedRelatives.IsPassiveWithAgent(view, i, end)));
                if (!(Accepts(view, candidate) || RepeatedWithCount(view, triggers, candidate) || TripMeetings.IsPurposeOfTrip(view, triggers, candidate)))
                {
                    continue;
                }

                triggers.Add(candidate);
                i = end - 1;
                break;
            }
        }

        return triggers;
    }

    // The word tests that leave a verb phrase unread at i: a determiner, a preposition or a quantifier before it makes it a noun,
    // "back" after a verb is an adverb, an -ing form outside a verb group is no act. All pure, cheap tests before the match.
    private static bool ReadsAsNoEventVerb(SentenceView view, CompiledPhrase phrase, int i, bool determinerBefore)
    {
        var (text, tokens, blocked, mentionAt) = (view.Text, view.Tokens, view.Blocked, view.MentionAt);
        // "the visit", "his trip", "Putin's visit", "a 2019 visit", "the border clashes": a determiner makes the word a noun.
        if (!phrase.Entry.IsNoun && i > 0 && blocked[i - 1] && mentionAt[i - 1] < 0 && DeterminerBeforeDate(view, i - 1))
        {
            // "A 2019 visit", "his August 2024 visit": a date between a determiner and the word makes it a noun.
            return true;
        }

        // "the visit", "a new visit", "his trip": after a determiner, or a determiner and a modifier, the word is a noun. The
        // tests are pure, so the cheap word tests run before the clause tests.
        if (!phrase.Entry.IsNoun && i > 0 && IsFree(view, i - 1)
            && (determinerBefore
            || (i > 1 && IsFree(view, i - 2) && tokens[i - 1].Kind == TokenKind.Word && char.IsLower(tokens[i - 1].In(text)[0]) && !IsAuxiliary(tokens[i - 1].In(text))
                && tokens[i - 1].In(text) is not ("and" or "or" or "but" or "then" or "and" or "also") && tokens[i - 2].In(text) is "the" or "The" or "a" or "A" or "an" or "his" or "her" or "its" or "their" or "'s"
                && !(Determiners.IsPossessivePronoun(tokens[i - 2].In(text)) && IsPastAfterPluralNoun(tokens[i - 1].In(text), tokens[i].In(text))
                    && !(i + 1 < tokens.Count && tokens[i + 1].In(text) is "by"))))
            && !IsParticipleWithAgent(view, phrase, i, determinerBefore) && !AdoptedTexts.IsAdoptedTextClause(view, i) && !IsAdverbialFirst(view, i))
        {
            return true;
        }

        // "warned its citizens against all travel to Iran", "any visit": after a preposition or a quantifier the word is a noun.
        // "on his way back to Paris", "swept back to power", "came back": "back" after a verb or "way" is an adverb, no act.
        if (!phrase.Entry.IsNoun && i > 0 && tokens[i].In(text) is "back" && IsBeforeAdverbBack(tokens[i - 1].In(text)))
        {
            return true;
        }

        // "are all attending", "have all signed": a floating "all" after an auxiliary leaves the word a verb.
        if (!phrase.Entry.IsNoun && i > 0 && tokens[i - 1].In(text) is "against" or "all" or "any" or "non-essential" or "nonessential" or "unnecessary"
            && !IsFloatingQuantifier(view, i - 1))
        {
            return true;
        }

        // "talks on fuel supplies", "after months of requests from Kyiv": a verb's -s form after a preposition (with at
        // most one modifier between) is a plural noun, not the verb of a fresh act.
        if (!phrase.Entry.IsNoun && (IsPluralAfterPreposition(view, i, phrase.FirstWord) || IsPluralBeforeBy(view, i, phrase.FirstWord)))
        {
            return true;
        }

        // "a resolution condemning…", "for hosting the Dalai Lama": an -ing form is an event only in "is hosting",
        // "responded by expelling", a participial clause after a comma (", accusing Kyiv of…") or after a text its
        // subject adopted ("passed a resolution condemning…").
        // "who were both attending", "are all attending": a floating "both" or "all" may stand between the auxiliary and its -ing form.
        if (!phrase.Entry.IsNoun && tokens[i].In(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !(i > 0 && (IsAuxiliary(tokens[i - 1].In(text))
            || IsFloatingQuantifier(view, i - 1) || tokens[i - 1].In(text) is "by" || IsParticipialOpener(tokens[i - 1].In(text)) || ParticipialClauses.IsAdjunct(view, i) || AdoptedTexts.IsAdoptedTextClause(view, i))))
        {
            return true;
        }

        return false;
    }

    // As Find's own Free: a token no other phrase, time or actor holds.
    private static bool IsFree(SentenceView view, int k) => k < view.Tokens.Count && !view.Blocked[k] && view.MentionAt[k] < 0;

    // "under a deal brokered by the United States": a participle with its agent after "by" is a verb after the noun of
    // a prepositional phrase (inside a verb's object, "condemned the sanctions imposed by …", it names no one acted on).
    // "at a summit hosted by Kazakhstan": so is a host's participle after "at" and a gathering noun.
    // A mediation is told as done wherever its participle stands: "welcomed the truce brokered by Egypt".
    // A sentence that opens on the noun ("A deal signed by Chile and Peru took effect", "A truce brokered by Egypt held") tells the
    // participle's act as done too.
    private static bool IsParticipleWithAgent(SentenceView view, CompiledPhrase phrase, int i, bool determinerBefore) =>
        !phrase.Entry.IsNoun && i >= 2 && !determinerBefore && IsDeterminer(view, i - 2)
        && (i == 2 || view.Word(i - 3) is "in" or "In" or "under" or "Under" or "after" or "After" or "with" or "following" or "Following" or "through" or "despite" or "before"
            || (view.Word(i - 3) is "at" or "At" && phrase.Entry.Cameo.Value is "043") || MediatedParties.IsMediation(phrase.Entry.Cameo))
        && phrase.IsParticiple(view.Word(i)) && ReducedRelatives.IsPassiveWithAgent(view, i, i + 1);

    // "were both attending", "are all attending", "have all signed": "both" or "all" right after an auxiliary floats off the
    // subject; the word after it is still the verb. "all" floats only off a plural one ("then all travel" is a noun's quantifier).
    private static bool IsFloatingQuantifier(SentenceView view, int k) =>
        k > 0 && (view.Word(k) is "both" ? IsAuxiliary(view.Word(k - 1))
            : view.Word(k) is "all" && s_pluralAuxiliaries.Contains(view.Word(k - 1)));

    private static readonly WordSet s_pluralAuxiliaries = PhraseGrammar.Words.Lookup("plural-auxiliary");

    // A past form ("swept", "pushed") or a verb of motion before "back", or "way": "back" is then an adverb.
    private static bool IsBeforeAdverbBack(ReadOnlySpan<char> w) =>
        (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal)) || s_beforeAdverbBack.Contains(w);

    private static readonly WordSet s_beforeAdverbBack = PhraseGrammar.Words.Lookup("before-adverb-back");

    // "Slovakia expelled three Russian diplomats, and Bulgaria expelled ten": a verb told again in the sentence with only a count
    // for its object repeats the earlier phrase's object (SentenceExtractor takes that phrase's target).
    private static bool RepeatedWithCount(SentenceView view, List<Trigger> earlier, Trigger candidate) =>
        !candidate.Entry.IsNoun && earlier.Exists(t => t.Entry == candidate.Entry) && candidate.End < view.Tokens.Count
        && EllipticalSubjects.IsCount(view, candidate.End)
        && (candidate.End + 1 >= view.Tokens.Count || view.TimeAt[candidate.End + 1] >= 0 || view.Word(candidate.End + 1) is "." or "," or ";" or "and" or "on" or "in" or "the");

    // Checks the entry's object constraints and, for nouns, that the noun names a specific event.
    private static bool Accepts(SentenceView view, Trigger candidate)
    {
        var (entry, first, end, passive) = (candidate.Entry, candidate.First, candidate.End, candidate.Passive);
        var requiredFound = false;
        if (entry.RequiredObjects.Count > 0)
        {
            requiredFound = RequiredObjectFollows(view, candidate);
            if (!requiredFound && !entry.RequiresActorObject)
            {
                return false;
            }
        }

        if (entry.RequiresNamedNational && (passive || !NamedNationals.Follows(view, end)))
        {
            return false;
        }

        if (entry.RequiresPeopleObject && (passive || !NationalPeople.Follows(view, end, entry.RequiresOfficialsOnly)))
        {
            return false;
        }

        if (ForbiddenObjectFollows(view, entry, end) || (entry.ForbidsSharedAct && SharedActInside(view, first, end)))
        {
            return false;
        }

        if (!passive && (entry.RequiresActorObject || entry.ForbidsActorObject) && !ActorObjectFits(view, entry, end, requiredFound))
        {
            return false;
        }

        if (entry.IsNoun)
        {
            return NounHasActors(view, entry, first, end);
        }

        return true;
    }

    // Whether one of the entry's required object words stands in reach of the phrase.
    private static bool RequiredObjectFollows(SentenceView view, Trigger candidate)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        var (first, end, passive) = (candidate.First, candidate.End, candidate.Passive);
        var window = Math.Min(tokens.Count, end + view.Options.RequiredObjectReach);
        var ok = false;
        // In the passive the object stands before the verb: "Sanctions were imposed on Russia".
        for (var k = passive ? Math.Max(0, first - view.Options.PassiveObjectReachBack) : first + 1; k < window && !ok; k++)
        {
            ok = candidate.Phrase.IsRequiredObject(tokens[k].In(text));
        }

        return ok;
    }

    // Whether one of the entry's forbidden object words stands in reach after the phrase.
    private static readonly WordSet s_sharedActWords = PhraseGrammar.Words.Lookup("shared-act");

    // "joint", "combined" inside the phrase's own words: the act is done with partners.
    private static bool SharedActInside(SentenceView view, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (s_sharedActWords.Contains(view.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    // "called on", "called for": a naming verb's particle (phrase-words.tsv, particle-verb and verb-particle) is no particle
    // right after an armed act it names ("called the strikes on its territory a violation"), whose strikers the criticism
    // answers (VictimsOfTheAct); after any other noun it still forbids ("called the forecast for Chinese growth mistaken").
    private static readonly WordSet s_particleVerbs = PhraseGrammar.Words.Lookup("particle-verb");
    private static readonly WordSet s_verbParticles = PhraseGrammar.Words.Lookup("verb-particle");

    private static bool ForbiddenObjectFollows(SentenceView view, LexiconEntry entry, int end)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        var particleVerb = end > 0 && s_particleVerbs.Contains(view.Word(end - 1));
        for (var n = 0; n < entry.ForbiddenObjects.Count; n++)
        {
            var o = entry.ForbiddenObjects[n];
            var particle = particleVerb && s_verbParticles.Contains(o);
            for (var k = end; k < Math.Min(tokens.Count, end + view.Options.ForbiddenObjectReach); k++)
            {
                if (tokens[k].In(text).Equals(o, StringComparison.OrdinalIgnoreCase) && !(particle && k > end && ActAuthors.IsArmedActNoun(view.Word(k - 1))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "near Taiwan", "off Japan": a state's own name or adjective standing as the place after a locative preposition, not a city,
    // capital or province of it.
    private static bool IsStateByName(ActorMention mention) =>
        mention.Kind is MentionKind.Name or MentionKind.Adjective && mention.NamesAState;

    // Whether the actor object after the phrase fits the entry: present when required, absent when forbidden, followed by an
    // infinitive when the entry directs someone.
    private static bool ActorObjectFits(SentenceView view, LexiconEntry entry, int end, bool requiredFound)
    {
        var (text, tokens, mentionAt, found) = (view.Text, view.Tokens, view.MentionAt, view.Found);
        // "hosted the presidents of Peru and Bolivia": a title before "of" introduces the actor.
        var k = SkipTitleOf(view, SkipModifiers(view, SkipSharedVerb(view, end)));
        if (entry.AcceptsPlaceObject && entry.Cameo.RootNumber is >= 18 and <= 20 && k < tokens.Count && mentionAt[k] < 0 && PhraseGrammar.IsRegionModifier(view.Word(k)))
        {
            // "shelled eastern Ukraine", "hit southern Lebanon": the place an armed act hits may carry a compass word.
            k++;
        }

        // "welcomed Kazakhstan's decision" welcomes a decision, not Kazakhstan. A host or a welcome welcomes no thing a
        // person owns either ("welcomed Macron's announcement"), while a strike on "the Russian fleet's headquarters"
        // still hits the fleet's state, and "hosted his Kenyan counterpart" hosts the counterpart.
        var actorFollows = k < tokens.Count && mentionAt[k] >= 0
            && (!found[mentionAt[k]].IsPlace || entry.AcceptsPlaceObject || (entry.AcceptsStatePlaceObject && IsStateByName(found[mentionAt[k]])))
            && !(entry.RequiresOrganisationObject && found[mentionAt[k]].NamesAState)
            && !(entry.RequiresNamedStateObject && !NamedStateObjects.IsWholeObject(view, found[mentionAt[k]]))
            && !(found[mentionAt[k]].IsPossessive && (found[mentionAt[k]].Role is null
                || ((entry.Frame == EventFrame.Host || entry.ForbidsActorObject) && found[mentionAt[k]].Last + 1 < tokens.Count
                    && tokens[found[mentionAt[k]].Last + 1].In(text).Equals("'s", StringComparison.Ordinal))))
            // "welcomed the North Korean decision", "protested the Chinese missile launch": a demonym owning an act noun, as
            // a possessive does.
            && !((entry.Frame == EventFrame.Host || entry.ForbidsActorObject) && ActAuthors.OwnsActNoun(view, found[mentionAt[k]]));
        if (entry.ForbidsActorObject && actorFollows)
        {
            return false;
        }

        // "told Israel to allow aid in" directs Israel; "told Khurelsukh that…" and "told reporters" direct no one.
        if (entry.RequiresInfinitiveAfterObject && !(actorFollows && InfinitiveAfterObject.Follows(view, k)))
        {
            return false;
        }

        // "actor|project|construction": an actor or one of the words will do.
        if (entry.RequiresActorObject && !actorFollows && !(entry.RequiredObjects.Count > 0 && requiredFound))
        {
            return false;
        }

        return true;
    }

    // Whether a noun names a specific event with its actors attached (a possessor, an agent, a preposition, a light verb, an adjunct).
    private static bool NounHasActors(SentenceView view, LexiconEntry entry, int first, int end)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        // A noun reports an event only with its actors attached: "Putin's visit", "visit by X", "talks with X", "protest from X".
        var possessor = PossessorIndex(view, first) >= 0 || ItsAntecedent(view, first) >= 0;
        var before = first - 1;
        while (before > 0 && tokens[before].Kind == TokenKind.Word && IsNounModifier(tokens[before].In(text)))
        {
            before--;
        }

        var by = (end < tokens.Count && tokens[end].In(text) is "of") || HasWordBetween(view, end, Math.Min(tokens.Count, end + view.Options.NounAgentReach), "by");
        // "in a phone call with Lavrov", "after a meeting with Erdogan", "raised the problem at a meeting with Putin": an article
        // may stand between the preposition and the noun ("at" as much as "in": the adjunct names the meeting the clause's act was
        // told in, whose other party "with" gives).
        if (before > 0 && Determiners.IsArticle(tokens[before].In(text)) && (tokens[before - 1].In(text) is "during" or "in" or "at" or "after" or "following" or "amid" || OpeningAdjuncts.OpensSentence(view, before - 1)))
        {
            before--;
        }

        var introduced = first > 0 && before >= 0 && (tokens[before].In(text) is "during" or "in" or "after" or "at" or "following" or "before" or "held" or "hold" or "holds" or "amid"
            // "After talks with Japarov, Tokayev said…": the capitalised preposition opens the sentence (OpeningAdjuncts).
            || OpeningAdjuncts.OpensSentence(view, before));
        var phraseEndsInPreposition = (entry.Phrase.EndsWith(" with", StringComparison.Ordinal) && introduced) || entry.Phrase.EndsWith(" from", StringComparison.Ordinal)
            || (entry.Phrase.EndsWith(" between", StringComparison.Ordinal) && SpecificNoun(view, first));
        // "said during a state visit to Tashkent": the clause's subject is the visitor.
        // "told Panama's president during talks that…": a bare meeting noun in an adjunct meets the clause's parties.
        // "issued a demand for Britain to …", "announced the arrest of …": the light verb's subject is the noun's actor.
        return possessor || by || phraseEndsInPreposition || LightVerbObjects.LightVerbOf(view, first) >= 0 || VisitAdjuncts.IsAdjunct(view, entry, first, end)
            || AdjunctMeetings.Parties(view, entry, first, end).Count > 0;
    }

    // "A phone call between …", "The deal between …" opening the sentence, "after talks between …": one occurrence the
    // sentence is about, not the object of another act ("welcomed the agreement between …", "to prepare a summit between …").
    private static readonly WordSet s_specificNounOpeners = PhraseGrammar.Words.Lookup("specific-noun-opener");
    private static readonly WordSet s_specificNounModifiers = PhraseGrammar.Words.Lookup("specific-noun-modifier");

    private static bool SpecificNoun(SentenceView view, int first)
    {
        for (var k = first - 1; k >= first - 5; k--)
        {
            if (k < 0)
            {
                return true;
            }

            var w = view.Word(k);
            if (s_specificNounOpeners.Contains(w))
            {
                return true;
            }

            // "Tuesday's talks between …", "last week's clashes between …": a time that owns the noun dates one occurrence.
            if (w is "'s" && k > 0 && (view.Blocked[k - 1] || PhraseGrammar.IsTimePossessor(view.Word(k - 1))))
            {
                return true;
            }

            // "BEIRUT, Nov 27 (Reuters) - A ceasefire between …": the dash that ends a dateline opens the story's sentence.
            if (w is "-" or "–" or "—" && k > 0 && view.Word(k - 1) is ")")
            {
                return true;
            }

            if (view.MentionAt[k] >= 0 || !(s_specificNounModifiers.Contains(w) || IsNounModifier(w)))
            {
                return false;
            }
        }

        return false;
    }

    // "France first deployed troops to Mali", "The council first sent peacekeepers": "first" right after an actor that owns
    // nothing is an adverb of the verb after it, not the modifier of a noun ("Putin's first visit", "the first visit").
    private static bool IsAdverbialFirst(SentenceView view, int i) =>
        i > 1 && view.Word(i - 1) is "first" && view.MentionAt[i - 2] >= 0 && view.Found[view.MentionAt[i - 2]] is { IsPossessive: false } m && m.Last == i - 2
            && view.Word(i - 2) is not "'s";

    private static bool DeterminerBeforeDate(SentenceView view, int k)
    {
        while (k >= 0 && view.Blocked[k])
        {
            k--;
        }

        return k >= 0 && view.Word(k) is "a" or "A" or "the" or "The" or "his" or "His" or "her" or "Her" or "its" or "their" or "'s" or "this" or "This";
    }

    private static readonly WordSet s_beParticipleAdverbs = PhraseGrammar.Words.Lookup("be-participle-adverb");

    private static bool IsAfterBe(SentenceView view, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - view.Options.PassiveBeReach; k--)
        {
            var w = view.Word(k);
            if (Inflection.IsBe(w))
            {
                return true;
            }

            if (!s_beParticipleAdverbs.Contains(w))
            {
                return false;
            }
        }

        return false;
    }

    // "to resume regular reciprocal visits by their leaders", "renewed attacks by the rebels": a verb's -s form followed by "by" is a
    // plural noun with its agent; a verb in the present with an agent would be a passive ("is visited by").
    private static bool IsPluralBeforeBy(SentenceView view, int i, string lemma)
    {
        var word = view.Word(i);
        return i + 1 < view.Tokens.Count && view.Word(i + 1) is "by" && word.Length > 2 && word[^1] == 's' && word[^2] != 's'
            && !word.Equals(lemma, StringComparison.OrdinalIgnoreCase) && i > 0 && !IsAuxiliary(view.Word(i - 1));
    }

    private static bool IsPluralAfterPreposition(SentenceView view, int i, string lemma)
    {
        var word = view.Word(i);
        if (i == 0 || word.Length < 2 || word[^1] != 's' || word.Equals(lemma, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        static bool IsPreposition(ReadOnlySpan<char> w) => w is "of" or "on" or "for" or "over" or "about" or "amid" or "despite" or "from" or "into";
        var before = view.Word(i - 1);
        return IsPreposition(before)
            || (i > 1 && before.Length > 0 && char.IsLower(before[0]) && !IsAuxiliary(before) && before is not ("and" or "or" or "but" or "then" or "also" or "who" or "which" or "that")
                && IsPreposition(view.Word(i - 2)));
    }

    // "the United States and its allies condemned…", "its troops attacked…": a past form after a possessive and a plural noun
    // is that noun phrase's verb, not a word the noun modifies ("the border clashes", "his state visit"); "the sanctions
    // imposed by Washington" stays a reduced relative. An irregular past counts as well ("Saudi Arabia and its allies cut ties").
    private static bool IsPastAfterPluralNoun(ReadOnlySpan<char> noun, ReadOnlySpan<char> verb) =>
        (verb.EndsWith("ed", StringComparison.Ordinal) || Inflection.IsIrregularPast(verb)) && noun.Length > 3 && noun.EndsWith("s", StringComparison.Ordinal)
        && !noun.EndsWith("ss", StringComparison.Ordinal) && !noun.EndsWith("us", StringComparison.Ordinal) && !noun.EndsWith("is", StringComparison.Ordinal);

    // Skips articles and up to three quantities or modifiers before an actor ("the visiting", "several US companies").
    // "fired on and seized three Ukrainian vessels": two verbs sharing one object; the first reads the object after the second.
    private static int SkipSharedVerb(SentenceView view, int k)
    {
        if (k + 2 < view.Tokens.Count && view.Word(k) is "and" && view.MentionAt[k + 1] < 0 && view.Tokens[k + 1].Kind == TokenKind.Word)
        {
            var verb = view.Word(k + 1);
            if (verb.Length > 3 && char.IsLower(verb[0]) && verb.EndsWith("ed", StringComparison.Ordinal))
            {
                return k + 2;
            }
        }

        return k;
    }

    private static int SkipModifiers(SentenceView view, int k)
    {
        var (tokens, mentionAt) = (view.Tokens, view.MentionAt);
        var start = k;
        while (k < tokens.Count && k - start < view.Options.ObjectModifierSkip && mentionAt[k] < 0 && (tokens[k].Kind == TokenKind.Number || IsObjectModifier(view.Word(k))))
        {
            k++;
        }

        return k;
    }
}
