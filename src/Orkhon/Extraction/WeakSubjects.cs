using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Weak mentions (a people, a bare national adjective) are never a clause's subject, save in two cases CAMEO codes
/// with the state's code: a crowd of civilians protesting or assaulting (its CVL agent: "Thousands of Armenians rallied
/// outside the Russian embassy", "Israeli settlers rampaged through a Palestinian village"), and a national adjective
/// before a weapon or attack noun in a violent act ("A Russian drone strike killed three soldiers": the state whose forces
/// struck). Both words lists are classes of <c>data/lexicon/clause-words.tsv</c>.
/// </summary>
internal static class WeakSubjects
{
    private static readonly WordSet s_crowdQuantities = ClauseView.Words.Lookup("crowd-quantity");
    private static readonly WordSet s_attackNouns = ClauseView.Words.Lookup("attack-noun");
    private static readonly WordSet s_crowdNouns = ClauseView.Words.Lookup("crowd-noun");
    private static readonly CameoCode s_demonstrate = CameoCode.Parse("141");

    /// <summary>"thousands", "hundreds", "dozens": a word that counts a crowd before "of".</summary>
    public static bool IsCrowdQuantity(ReadOnlySpan<char> word) => s_crowdQuantities.Contains(word);

    /// <summary>Whether the weak mention <paramref name="m"/> may be the subject of <paramref name="trigger"/>.</summary>
    public static bool MayAct(SentenceView view, ActorMention m, Trigger trigger)
    {
        if (trigger.Entry.IsNoun || m.IsPlace || m.IsPossessive || m.Codes.Count != 1)
        {
            return false;
        }

        var root = trigger.Entry.Cameo.RootNumber;
        if (m.Role == ActorRole.Civilians)
        {
            // Protest (14) and physical assault (18) are what crowds do; a people never signs, visits or shells. The crowd must
            // be the nearest actor: in "settlers rampaged …, after a Palestinian gunman shot dead …" the gunman acts.
            return (root is 14 or 18 || IsProtestVerb(view, trigger)) && NoActorBetween(view, m.Last + 1, trigger.First);
        }

        if (m.Role == ActorRole.Business)
        {
            // Companies and investors of a state invest, trade and build with another (CAMEO's BUS agent of 06):
            // "South Korean companies invested $300 million in …". They never visit, sign for or threaten on its behalf.
            return root == 6 && NoActorBetween(view, m.Last + 1, trigger.First);
        }

        return m.Role is null && root is 18 or 19 or 20 && HeadsAttackNoun(view, m.Last + 1, trigger.First);
    }

    /// <summary>
    /// "Thousands of Georgians protested against…": the verb "protest" done by a crowd is a demonstration (141), not the formal
    /// complaint (114) a state lodges; the code of <paramref name="trigger"/> for the subject found.
    /// </summary>
    public static CameoCode CrowdRecode(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject, CameoCode cameo) =>
        cameo.Value is "114" && subject.Count > 0 && subject.All(m => m.Role == ActorRole.Civilians) && IsProtestVerb(view, trigger)
            ? s_demonstrate
            : cameo;

    // The verb "protest" itself (protests, protested, protesting), not "lodge a protest".
    private static bool IsProtestVerb(SentenceView view, Trigger trigger) =>
        !trigger.Entry.IsNoun && trigger.Entry.Cameo.Value is "114" && view.Word(trigger.First).StartsWith("protest", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the verb at <paramref name="verbFirst"/> has a subject of its own that is no actor: a national adjective on a noun
    /// that names no acting group, opening its clause ("…, hours after a Palestinian gunman shot dead …"). Such a verb must not
    /// borrow the subject of the phrase before it.
    /// </summary>
    public static bool HasNonActorNounSubject(SentenceView view, int verbFirst, int windowStart)
    {
        var words = 0;
        for (var k = verbFirst - 1; k >= windowStart && k >= verbFirst - 3; k--)
        {
            if (view.MentionAt[k] >= 0)
            {
                var m = view.Found[view.MentionAt[k]];
                if (words == 0 || !m.IsWeak || m.Role is not null || m.IsPlace || m.Last != k)
                {
                    return false;
                }

                var before = m.First - 1;
                while (before >= 0 && Determiners.IsArticleMaybeCapitalised(view.Word(before)))
                {
                    before--;
                }

                return before < 0 || s_clauseOpeners.Contains(view.Word(before));
            }

            var w = view.Word(k);
            if (view.Tokens[k].Kind != TokenKind.Word || w.Length == 0 || !char.IsLower(w[0]) || w is "and" or "or" or "but")
            {
                return false;
            }

            words++;
        }

        return false;
    }

    /// <summary>
    /// "Thousands of protesters stormed the Swedish embassy in Baghdad", "Russia said protesters had stormed …": whether the
    /// protest (root 14) at <paramref name="trigger"/> has a crowd named by no nationality as its own subject, right before it
    /// (auxiliaries between). Such a crowd is no reporting subject's act.
    /// </summary>
    public static bool HasBareCrowdSubject(SentenceView view, Trigger trigger)
    {
        if (trigger.Entry.IsNoun || trigger.Passive || trigger.Entry.Cameo.RootNumber != 14)
        {
            return false;
        }

        var k = trigger.First - 1;
        while (k >= 0 && k >= trigger.First - CrowdAuxiliaryReach && (Inflection.IsFiniteHave(view.Word(k)) || PhraseGrammar.IsSequenceAdverb(view.Word(k)) || view.Word(k) is "were" or "reportedly"))
        {
            k--;
        }

        return k >= 0 && view.MentionAt[k] < 0 && s_crowdNouns.Contains(view.Word(k));
    }

    /// <summary>
    /// "a suicide attack that killed five engineers", "The missile strike killed two": whether the violent verb at
    /// <paramref name="trigger"/> has as its own subject an attack noun with an article and no state named for it. Nobody
    /// named acts then: not the actor before it ("demanded that Pakistan investigate a suicide attack that killed …").
    /// </summary>
    public static bool HasStatelessAttackSubject(SentenceView view, Trigger trigger)
    {
        if (trigger.Entry.IsNoun || trigger.Passive || trigger.Entry.Cameo.RootNumber is not (18 or 19 or 20))
        {
            return false;
        }

        var k = trigger.First - 1;
        var relative = k >= 0 && view.Word(k) is "that" or "which";
        if (relative)
        {
            k--;
        }

        if (k < 0 || view.MentionAt[k] >= 0 || !s_attackNouns.Contains(view.Word(k)))
        {
            return false;
        }

        // Its modifiers back to the article: a national adjective among them names the state that struck (MayAct).
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (view.MentionAt[j] >= 0 || view.Tokens[j].Kind != TokenKind.Word)
            {
                return relative && view.MentionAt[j] < 0 && ListedModifiersOpenAfterPreposition(view, j, k);
            }

            if (Determiners.IsArticleMaybeCapitalised(view.Word(j)))
            {
                return true;
            }
        }

        return relative && ListedModifiersOpenAfterPreposition(view, k - 3, k);
    }

    // How far back a list of weapon words before a relative clause's attack noun may reach ("of missile, drone and artillery fire").
    private const int ModifierListReach = 7;

    // "after four days of missile, drone and artillery fire that killed dozens": the attack noun, under a list of weapon words
    // with no state named among them, heads the object of a preposition; the relative clause's verb has that noun as its
    // subject, never the main clause's actors.
    private static bool ListedModifiersOpenAfterPreposition(SentenceView view, int from, int noun)
    {
        for (var j = from; j >= 0 && j >= noun - ModifierListReach; j--)
        {
            if (view.MentionAt[j] >= 0)
            {
                return false;
            }

            var w = view.Word(j);
            if (s_weaponListPrepositions.Contains(w))
            {
                return true;
            }

            if (view.Tokens[j].Kind != TokenKind.Word && w is not ",")
            {
                return false;
            }
        }

        return false;
    }

    // Auxiliaries and adverbs between a crowd and its verb ("protesters had reportedly stormed").
    private const int CrowdAuxiliaryReach = 3;

    /// <summary>
    /// The state a bare crowd protests in (<see cref="HasBareCrowdSubject"/>): the place after "in" in the phrase's clause,
    /// before <paramref name="windowEnd"/>. Null when no place is named there.
    /// </summary>
    public static ActorMention? CrowdPlace(SentenceView view, Trigger trigger, int windowEnd)
    {
        for (var k = trigger.End; k < windowEnd - 1; k++)
        {
            // "… stormed its embassy in Tehran following an execution in Riyadh": the place of a later act is not the crowd's.
            if (view.Word(k) is "following" or "after" or "before" or "over" or "when" or "while")
            {
                return null;
            }

            if (view.Word(k) is "in" && view.MentionAt[k + 1] >= 0 && view.Found[view.MentionAt[k + 1]] is { IsPlace: true, Codes.Count: 1 } place)
            {
                return place;
            }

            // "in the Iranian capital", "in the Libyan port city": a nationality before a kind of place names the place's state.
            if (view.Word(k) is "in" && k + 3 < windowEnd && view.Word(k + 1) is "the" && view.MentionAt[k + 2] >= 0
                && view.Found[view.MentionAt[k + 2]] is { Codes.Count: 1 } state && view.Word(k + 3) is "capital" or "city" or "town" or "port")
            {
                return state;
            }
        }

        return null;
    }

    private static bool NoActorBetween(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.MentionAt[k] >= 0 && !view.Found[view.MentionAt[k]].IsPlace)
            {
                return false;
            }
        }

        return true;
    }

    // Words an attack noun's own prepositional phrases may take before its verb ("on an office in Beirut's southern suburbs").
    private const int AttackNounReach = 10;

    /// <summary>
    /// Whether the attack noun phrase <paramref name="noun"/> ("An Israeli drone strike on an office in Beirut") is the subject of
    /// the violent verb <paramref name="verb"/> right after it ("… killed a commander"): nothing but its own prepositional phrases
    /// (no comma, clause word or other actor than a place) stands between them.
    /// </summary>
    public static bool IsAttackNounSubject(SentenceView view, Trigger noun, Trigger verb)
    {
        if (!noun.Entry.IsNoun || verb.Entry.IsNoun || verb.Passive || noun.Entry.Cameo.RootNumber is not (18 or 19 or 20)
            || verb.Entry.Cameo.RootNumber is not (18 or 19 or 20) || verb.First - noun.End > AttackNounReach)
        {
            return false;
        }

        for (var k = noun.End; k < verb.First; k++)
        {
            var w = view.Word(k);
            if ((view.Tokens[k].Kind != TokenKind.Word && w is not "'s" and not "'S") || BreaksClause(w)
                || (view.MentionAt[k] >= 0 && !view.Found[view.MentionAt[k]].IsPlace))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly WordSet s_clauseOpeners = ClauseView.Words.Lookup("clause-opener");
    private static readonly WordSet s_relatives = ClauseView.Words.Lookup("relative");
    private static readonly WordSet s_weaponListPrepositions = PhraseGrammar.Words.Lookup("weapon-list-preposition");

    // A clause boundary between an attack noun and a verb: "and", a complementiser or subordinator, a relative pronoun, a verb of saying.
    private static bool BreaksClause(ReadOnlySpan<char> w) =>
        w is "and" || s_clauseOpeners.Contains(w) || s_relatives.Contains(w) || ClauseView.IsReportingWord(w);

    // "Israeli | strike", "Russian | drone strike", "Turkish | air strikes": an attack noun within two words after the adjective,
    // before the verb.
    private static bool HeadsAttackNoun(SentenceView view, int from, int verb)
    {
        for (var k = from; k < Math.Min(verb, from + 3); k++)
        {
            if (s_attackNouns.Contains(view.Word(k)))
            {
                return true;
            }

            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }
}
