using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// References back to an actor named before: pronouns ("he", "they"), "the two countries", "the country", "the kingdom", "the
/// junta", read against the sentence's own actors and the recent ones of <see cref="MentionContext"/>.
/// </summary>
public sealed partial class MentionFinder
{
    // The codes of the sentence's own actors before token i. Apart from Coreference, whose parameter i a lambda there would
    // capture, allocating the closure at every word the method reads.
    private static HashSet<string> CodesBefore(List<ActorMention> mentions, int i) =>
        mentions.Where(m => m.First < i && !m.IsWeak && m.Kind != MentionKind.Coreference).Select(m => m.Code).ToHashSet(StringComparer.Ordinal);

    // The last <paramref name="count"/> parties the sentence named before <paramref name="i"/> besides its first actor (the
    // subject that acts on them), in their order; null unless as many were named. Places are the scene, not parties.
    private static List<string>? OthersNamedBefore(List<ActorMention> mentions, int i, int count)
    {
        var named = mentions.Where(m => m.First < i && !m.IsWeak && !m.IsPlace && m.Kind is not (MentionKind.Coreference or MentionKind.Place) && m.Codes.Count == 1).ToList();
        if (named.Count == 0)
        {
            return null;
        }

        var others = new List<string>();
        for (var k = named.Count - 1; k > 0 && others.Count < count; k--)
        {
            if (named[k].Code != named[0].Code && !others.Contains(named[k].Code))
            {
                others.Add(named[k].Code);
            }
        }

        others.Reverse();
        return others.Count == count ? others : null;
    }

    // The different states or bodies the sentence named before token i (not weak, not places, not references back), in order,
    // when there are exactly `count` of them; else null.
    private static List<string>? PartiesNamedBefore(List<ActorMention> mentions, int i, int count)
    {
        var named = new List<string>();
        foreach (var m in mentions)
        {
            if (m.First < i && !m.IsWeak && !m.IsPlace && m.Kind is not (MentionKind.Coreference or MentionKind.Place) && m.Codes.Count == 1
                && !named.Contains(m.Code))
            {
                named.Add(m.Code);
            }
        }

        return named.Count == count ? named : null;
    }

    private (ActorMention Mention, int End)? Coreference(string text, List<Token> tokens, int i, MentionContext context, List<ActorMention> mentions)
    {
        var w = tokens[i].In(text);
        var isThe = w.Equals("the", StringComparison.OrdinalIgnoreCase);
        // "the three leaders", "the four countries": after a meeting of three or four, as many parties named last.
        var parties = isThe && i + 2 < tokens.Count ? PartyCount(tokens[i + 1].In(text)) : 0;
        var isBoth = w.Equals("both", StringComparison.OrdinalIgnoreCase);
        // "the two former Soviet republics", "both nuclear-armed neighbours": a few modifiers may stand before the pair noun.
        var pairNoun = parties > 0 ? PairNounAfter(text, tokens, i + 2) : isBoth ? PairNounAfter(text, tokens, i + 1) : -1;
        if (isThe && parties == 0 && OfficesOpeningTheSentence(text, tokens, i) is var offices and >= 0)
        {
            // "Boric met Milei in Santiago. The presidents agreed to…": the plural office with no count names the two parties of
            // the joint act just told, as "the two presidents" would; only a joint act of two, so that "the leaders" after a
            // summit of many, or "the foreign ministers" after a strike between two states, stays unresolved.
            return !mentions.Exists(m => !m.IsWeak && !m.IsPlace) && EventParties.OfJoint(context.EarlierEvents, 2) is { Count: 2 } named
                ? (new ActorMention(i, offices, named, RoleWords.TryGet(tokens[offices].In(text), out var officeRole) ? officeRole : null, MentionKind.Coreference, false, false), offices + 1)
                : null;
        }

        if (pairNoun >= 0)
        {
            return PairNounReference(text, tokens, i, context, mentions, pairNoun, wanted: isThe ? parties : 2);
        }

        // The readings are tried in this order; the first that resolves the word wins.
        if ((BarePairReference(text, tokens, i, context, mentions, isBoth, parties)
                ?? PronounObjectReference(text, tokens, i, context, mentions, w)
                ?? TheirReference(text, tokens, i, context, mentions, w)
                ?? SidesReference(text, tokens, i, context, mentions, w, isThe)) is { } reference)
        {
            return reference;
        }

        if (s_subjectPronouns.Contains(w))
        {
            return SubjectPronounReference(i, context, mentions, w);
        }

        if (OwnerReference(text, tokens, i, context, mentions, w) is { } owned)
        {
            return owned;
        }

        // Every later reading starts with "the", so an "it" the reported-speech readings leave is no reference.
        if (w is "it")
        {
            return ItReference(text, tokens, i, context, mentions, w);
        }

        return TheStateReference(text, tokens, i, context, mentions, isThe);
    }

    // "the two governments", "both leaders", "the four boycotting states": the parties a pair or group noun counts, as many
    // as `wanted`, from the last acts or the last names; null when too few are found.
    private static (ActorMention Mention, int End)? PairNounReference(string text, List<Token> tokens, int i, MentionContext context, List<ActorMention> mentions, int pairNoun, int wanted)
    {
        var end = pairNoun + 1;
        // "Mirziyoyev congratulated both leaders": right after a verb the pair is the act's object, never its own subject; so
        // after "to" or "with" when the pair holds an office ("spoke by telephone with both leaders"). "Spoke to the two women"
        // names no office: they may be private people, not the last two parties.
        var afterPreposition = i > 0 && tokens[i - 1].In(text) is "to" or "with" && RoleWords.TryGet(tokens[pairNoun].In(text), out _);
        var exclude = i > 0 && (IsVerbBefore(tokens[i - 1].In(text)) || afterPreposition) ? CodesBefore(mentions, i) : null;
        var people = s_pairPeople.Contains(tokens[end - 1].In(text));
        // "the two men", "both women" hold no office: they are the last two office-holders only when two were named, never
        // states or private people ("police held two women … the two women were freed").
        var onlyPeople = s_pairPrivate.Contains(tokens[end - 1].In(text));
        // "The two governments then signed…", "both sides": the parties of the last coded act of as many parties (ActParties);
        // none at all (an empty list, no mention) when that act had more parties than the noun counts.
        var fromActs = people || exclude is not null ? null : ActParties(context, mentions, tokens[end - 1].In(text), wanted);
        // "Ruto spoke by telephone with Hassan. Uganda closed its border with South Sudan. The two presidents agreed…": office
        // holders who met or spoke in the last joint act are its parties, whatever states a background sentence named since.
        if (people && !onlyPeople && exclude is null)
        {
            fromActs = JointActPeople(context, mentions, wanted);
        }

        // "Four Arab states cut ties with Qatar. Turkey criticised the four boycotting states": a group of three or more as an
        // object is the side of the last act that counts as many, when the subject is none of them; the last names would run
        // across both sides (a pair as an object keeps the pair named last).
        if (fromActs is null && exclude is not null && wanted >= 3 && !people
            && ActParties(context, mentions, tokens[end - 1].In(text), wanted) is { Count: > 0 } side && !side.Any(exclude.Contains))
        {
            fromActs = side;
        }

        // "Mali and Burkina Faso left ECOWAS. The two countries…": only states are countries, never the bloc named between them.
        var statesOnly = s_statePairs.Contains(tokens[end - 1].In(text));
        if (statesOnly && fromActs is not null && !fromActs.All(ActorMention.IsStateCode))
        {
            fromActs = null;
        }

        var pair = fromActs ?? context.LastPair(mentions, people: people, count: wanted, exclude: statesOnly ? WithBodies(exclude, context.Recent, mentions) : exclude, onlyPeople: onlyPeople);
        // As an object ("Moscow urged both sides to…" after "Azerbaijani forces shelled Armenian villages", whose target was named
        // only in passing) too few parties named last leave the last act's, when the subject was none of them.
        if (pair.Count < wanted && exclude is not null && !people && ActParties(context, mentions, tokens[end - 1].In(text), wanted) is { Count: > 0 } actParties
            && !actParties.Any(exclude.Contains) && (!statesOnly || actParties.All(ActorMention.IsStateCode)))
        {
            pair = actParties;
        }

        // "spoke with the leaders of Laos and Vietnam and urged the two sides to…": as an object with no pair found before, the
        // pair the sentence itself named after its subject.
        if (pair.Count < wanted && exclude is not null && !people && OthersNamedBefore(mentions, i, wanted) is { } namedHere
            && (!statesOnly || namedHere.All(ActorMention.IsStateCode)))
        {
            pair = namedHere;
        }

        if (pair.Count < wanted)
        {
            return null;
        }

        var role = RoleWords.TryGet(tokens[end - 1].In(text), out var r) ? r : (ActorRole?)null;
        return (new ActorMention(i, end - 1, pair, role, MentionKind.Coreference, false, false), end);
    }

    // "both" or "the two" with no noun after them: the pair named before.
    private static (ActorMention Mention, int End)? BarePairReference(string text, List<Token> tokens, int i, MentionContext context, List<ActorMention> mentions, bool isBoth, int parties)
    {
        // "telephoned Aliyev and Pashinyan and urged both to observe the truce": "both" alone as a verb's object, before its
        // infinitive, is the pair the sentence named after its subject.
        if (isBoth && i > 0 && i + 1 < tokens.Count && IsVerbBefore(tokens[i - 1].In(text)) && tokens[i + 1].In(text) is "to"
            && OthersNamedBefore(mentions, i, 2) is { } bothNamed)
        {
            return (new ActorMention(i, i, bothNamed, null, MentionKind.Coreference, false, false), i + 1);
        }

        // "… hosted the Serbian president, and the two agreed to build a pipeline": "the two" alone, as the subject of a verb,
        // are the two parties named last, most often by their leaders. An adverb of sequence may stand before the verb ("The two
        // then held talks", "the two later signed").
        // "Chile said Peru's army chief had telephoned his Chilean counterpart, and the two agreed…": after "and", "the two" are
        // the parties of the clause it is joined to, when that sentence named exactly as many, not an office-holder of an earlier one.
        if (parties > 0 && (StartsBarePairVerb(tokens[i + 2].In(text))
                || (PhraseGrammar.IsSequenceAdverb(tokens[i + 2].In(text)) && i + 3 < tokens.Count && StartsBarePairVerb(tokens[i + 3].In(text))))
            && ((i > 0 && tokens[i - 1].In(text) is "and" ? PartiesNamedBefore(mentions, i, parties) : null) ?? context.LastPair(mentions, people: true, count: parties)) is { } two
            && two.Count == parties)
        {
            return (new ActorMention(i, i + 1, two, null, MentionKind.Coreference, false, false), i + 2);
        }

        return null;
    }

    // "him", "them": a person or group the sentence or the story named before.
    private static (ActorMention Mention, int End)? PronounObjectReference(string text, List<Token> tokens, int i, MentionContext context, List<ActorMention> mentions, ReadOnlySpan<char> w)
    {
        // "accused a Japanese diplomat of espionage and expelled him": the last person of this sentence but its first;
        // "Putin thanked him": someone named before.
        // "convicted a U.S. soldier … and sentenced him": anyone named by a one-person office counts, not only leaders.
        // "Yoon arrived in Tokyo, and Kishida welcomed him": the person right before the verb is its subject, never "him".
        if (w is "him" && (ObjectPronounOther(text, tokens, i, mentions) ?? mentions.Skip(1).LastOrDefault(IsOnePerson) ?? context.EarlierPerson()) is { } earlier)
        {
            return (new ActorMention(i, i, [earlier.Code], earlier.Role, MentionKind.Coreference, false, false) { PersonName = earlier.PersonName }, i + 1);
        }

        // "spoke with officials in China's Inner Mongolia region and asked them to…": a group named before in the sentence.
        if (BetweenThem.Pair(text, tokens, i, context, mentions) is { } between)
        {
            return (between, i + 1);
        }

        if (w is "them" && BodyReferences.Them(mentions) is { } group)
        {
            return (new ActorMention(i, i, group.Codes, group.Role, MentionKind.Coreference, false, false), i + 1);
        }

        return null;
    }

    // "their talks", "their countries": the pair whose meeting or states the possessive names.
    private static (ActorMention Mention, int End)? TheirReference(string text, List<Token> tokens, int i, MentionContext context, List<ActorMention> mentions, ReadOnlySpan<char> w)
    {
        // "A and B signed 13 agreements after their talks": the meeting of the two parties the sentence named before it. Across
        // sentences "their" is left alone: the last two states named are too often not the ones who met.
        if (w is "their" && i + 1 < tokens.Count && s_pairPossessed.Contains(tokens[i + 1].In(text))
            && mentions.Where(m => !m.IsWeak && !m.IsPlace && m.Codes.Count == 1).Select(m => m.Code).Distinct().ToList() is { Count: 2 } owners)
        {
            return (new ActorMention(i, i, owners, null, MentionKind.Coreference, false, true), i + 1);
        }

        // "Harris hosted Oyun-Erdene, and the two said their countries would sign an accord": "their countries" (governments,
        // nations) are the two parties the sentence named before it, acting together; not a possessor of something else.
        if (w is "their" && i + 1 < tokens.Count && tokens[i + 1].In(text) is "countries" or "governments" or "nations"
            && mentions.Where(m => !m.IsWeak && !m.IsPlace && m.Codes.Count == 1).Select(m => m.Code).Distinct().ToList() is { Count: 2 } ownStates)
        {
            return (new ActorMention(i, i + 1, ownStates, null, MentionKind.Coreference, false, false), i + 2);
        }

        // "In their talks at the prime minister's office, Kishida said…": the pair of people the story named last.
        if (w is "their" && i + 1 < tokens.Count && s_pairPossessed.Contains(tokens[i + 1].In(text))
            && OpeningJointAct.Owners(text, tokens, i, context, mentions) is { } pairOwners)
        {
            return (new ActorMention(i, i, pairOwners, null, MentionKind.Coreference, false, true), i + 1);
        }

        return null;
    }

    // "each side", "the sides", an opening "They", "the guest", "his guest": the parties of the last act or visit told.
    private static (ActorMention Mention, int End)? SidesReference(string text, List<Token> tokens, int i, MentionContext context, List<ActorMention> mentions, ReadOnlySpan<char> w, bool isThe)
    {
        // "each side blamed the other": the two parties of the last act told, as "both sides" are (ActParties), else the pair named
        // before; each acts on the other (ReciprocalActs). "Japarov and Rahmon, attending a summit of the SCO, discussed the
        // fighting. Each side accused the other": Kyrgyzstan and Tajikistan, not the last two names (Tajikistan, the SCO). A
        // sentence that names two parties itself before the reference keeps them ("A and B traded fire, each side blaming…").
        if (w.Equals("each", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count && tokens[i + 1].In(text) is "side" or "country" or "government"
            && (CodesBefore(mentions, i).Count < 2 && ActParties(context, mentions, "sides", 2) is { Count: 2 } acted ? acted : context.LastPair(mentions)) is { Count: 2 } eachSide)
        {
            return (new ActorMention(i, i + 1, eachSide, null, MentionKind.Coreference, false, false), i + 2);
        }

        // "the sides", "the parties": the pair named before.
        if (isThe && i + 1 < tokens.Count && tokens[i + 1].In(text) is "sides" or "parties" && context.LastPair(mentions) is { Count: 2 } sides)
        {
            return (new ActorMention(i, i + 1, sides, null, MentionKind.Coreference, false, false), i + 2);
        }

        // "…between the two countries since they established relations": "they" opening a clause is the group just named.
        if (w is "they" && TheyAfterGroup.Group(text, tokens, i, mentions) is { } group)
        {
            return (group, i + 1);
        }

        // "…, and the two leaders signed a declaration. They also agreed to…": "They" opening a sentence is the group of
        // parties the previous sentence named as one ("the two leaders", "both countries").
        if (w is "They" && OpensSentence(text, tokens, i) && context.PreviousGroup() is { } previousGroup)
        {
            return (new ActorMention(i, i, previousGroup.Codes, previousGroup.Role, MentionKind.Coreference, false, false), i + 1);
        }

        // "Yoon met Kishida in Tokyo. They agreed to…": else the two parties of the joint act the previous sentence told.
        if (w is "They" && OpensSentence(text, tokens, i) && TheyAfterJointAct.Pair(context) is { } jointPair)
        {
            return (new ActorMention(i, i, jointPair, null, MentionKind.Coreference, false, false), i + 1);
        }

        // "The guest also pledged…", "The hosts promised…": a side of the last visit told.
        if (isThe && VisitRoles.Match(text, tokens, i, context, mentions) is { } visitSide)
        {
            return visitSide;
        }

        // "Steinmeier hailed his guest", "Xi urged his two neighbours": the other parties of the owner's last joint act.
        if (PossessedPartners.Match(text, tokens, i, context, mentions) is { } partners)
        {
            return partners;
        }

        return null;
    }

    // "he", "she", "his", "her": the subject person named before, else no reference at all.
    private static (ActorMention Mention, int End)? SubjectPronounReference(int i, MentionContext context, List<ActorMention> mentions, ReadOnlySpan<char> w)
    {
        // A pronoun is most often the subject named before: the previous sentence's subject when its own names no one.
        if (context.SubjectPerson(mentions) is { } person)
        {
            var possessive = w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase);
            return (new ActorMention(i, i, [person.Code], person.Role, MentionKind.Coreference, false, possessive) { PersonName = person.PersonName }, i + 1);
        }

        return null;
    }

    // "its neighbour", "its airspace", an opening "It": the owner or the previous sentence's subject.
    private static (ActorMention Mention, int End)? OwnerReference(string text, List<Token> tokens, int i, MentionContext context, List<ActorMention> mentions, ReadOnlySpan<char> w)
    {
        // "urged its northern neighbour to…": the last state named that borders the owner (PossessedNeighbour).
        if (PossessedNeighbour.Match(text, tokens, i, context, mentions) is { } neighbour)
        {
            return neighbour;
        }

        if (SpeakerPossessive.Owner(text, tokens, i, mentions) is { } owner)
        {
            // "Belarus said Polish helicopters had violated its airspace": the speaker's airspace.
            return (new ActorMention(i, i, [owner.Code], null, MentionKind.Coreference, false, false), i + 1);
        }

        if (SubordinateClausePossessive.Owner(text, tokens, i, mentions) is { } clauseSubject)
        {
            // "Riyadh cut ties after protesters stormed its embassy": the subject's embassy.
            return (new ActorMention(i, i, [clauseSubject.Code], null, MentionKind.Coreference, false, false), i + 1);
        }

        if (w is "It" && OpensSentence(text, tokens, i) && !(i + 1 < tokens.Count && s_expletive.Contains(tokens[i + 1].In(text)))
            && !(i + 2 < tokens.Count && s_expletive.Contains(tokens[i + 2].In(text))) && context.SubjectState() is { } subject)
        {
            // "…, Moscow said on Sunday. It vowed to retaliate.": the previous sentence's speaker, else its subject.
            return (new ActorMention(i, i, [subject.Code], null, MentionKind.Coreference, false, false), i + 1);
        }

        return null;
    }

    // "it" in reported speech: the speaker, the party acted on, or the last state named.
    private static (ActorMention Mention, int End)? ItReference(string text, List<Token> tokens, int i, MentionContext context, List<ActorMention> mentions, ReadOnlySpan<char> w)
    {
        // "Russia said on Saturday it was expelling…", "…, and said it had expelled…": the reported "it" is its own speaker
        // (ItReferences); a speaker that is no party leaves it unread. "urged it to", "criticised it for": the party acted on.
        if (w is "it")
        {
            var (reading, speaker) = ItReferences.ReportedSpeaker(text, tokens, i, mentions, s_speechVerbs);
            if (reading == ItReferences.Reading.Speaker && speaker is not null)
            {
                return (new ActorMention(i, i, [speaker.Code], null, MentionKind.Coreference, false, false), i + 1);
            }

            if (reading == ItReferences.Reading.Nobody)
            {
                return null;
            }

            if (ItReferences.ObjectParty(text, tokens, i, mentions) is { } actedOn)
            {
                return (new ActorMention(i, i, [actedOn.Code], null, MentionKind.Coreference, false, false), i + 1);
            }
        }

        if (w is "it" && i > 1 && (s_speechVerbs.Contains(tokens[i - 1].In(text)) || tokens[i - 1].In(text) is "that")
            && SpeechVerbBefore(text, tokens, i)
            && context.LastActor(mentions) is { Kind: not MentionKind.Coreference and not MentionKind.Person } state && !state.IsWeak)
        {
            // "Mongolia said it was ready to…": in reported speech "it" stands for the last state named.
            return (new ActorMention(i, i, [state.Code], null, MentionKind.Coreference, false, false), i + 1);
        }

        return null;
    }

    // "the capital", "the country", "the kingdom", "the junta": the state or city a definite description stands for.
    private (ActorMention Mention, int End)? TheStateReference(string text, List<Token> tokens, int i, MentionContext context, List<ActorMention> mentions, bool isThe)
    {
        // "arrived in the capital": the city the story was filed from, else the last capital named; "the capital of X" names X.
        if (isThe && i + 1 < tokens.Count && tokens[i + 1].In(text) is "capital" && i > 0 && s_placeLookup.Contains(tokens[i - 1].In(text))
            && !(i + 2 < tokens.Count && tokens[i + 2].In(text) is "of" or "'s")
            && (context.DatelineState ?? mentions.Concat(context.Recent).LastOrDefault(m => m.Kind == MentionKind.Capital)?.Code) is { } city)
        {
            return (new ActorMention(i, i + 1, [city], null, MentionKind.Capital, true, false), i + 2);
        }

        // "visited the country" under an ULAANBAATAR dateline: Mongolia, not the visitor's state named last.
        if (isThe && DatelineCountry.Destination(text, tokens, i, context, mentions) is { } destination)
        {
            return (destination, i + 2);
        }

        // "the neighbouring kingdom", "the Pacific nation", "the landlocked country": a described state (DescribedState).
        if (isThe && DescribedState.Match(text, tokens, i, context, mentions, _reference) is { } described)
        {
            return described;
        }

        // "the country", "the kingdom"; but "the Republic of Uzbekistan" is a name and "the government of Japan" names its state.
        // "the junta", "the regime" are the state's government; "the government in Kabul" names its own state (a located office).
        // "accused the emirate of funding…": "of" before a verb's "-ing" form tells the charge, not the state's name.
        if (isThe && i + 1 < tokens.Count && s_stateAnaphors.Contains(tokens[i + 1].In(text)) && char.IsLower(tokens[i + 1].In(text)[0])
            && !(i + 2 < tokens.Count && tokens[i + 2].In(text) is "of" && !(i + 3 < tokens.Count && IsGerund(tokens[i + 3].In(text))))
            && !(i + 3 < tokens.Count && tokens[i + 2].In(text) is "in" && char.IsUpper(tokens[i + 3].In(text)[0]))
            && AnaphorState(tokens[i + 1].In(text), context, mentions, s_describedForms.Contains(tokens[i + 1].In(text)) ? VerbSubject(text, tokens, i, mentions) : null) is { } actor)
        {
            var anaphorRole = RoleWords.TryGet(tokens[i + 1].In(text), out var office) && office == ActorRole.Government ? office : (ActorRole?)null;
            return (new ActorMention(i, i + 1, [actor.Code], anaphorRole, MentionKind.Coreference, false, false), i + 2);
        }

        return null;
    }

    // The state "the country", "the kingdom" or "the junta" stands for: a state, not an organisation ("Hungary blocked the EU's
    // package. The country's prime minister…" is Hungary). A junta or regime is the previous sentence's speaker or subject ("Mali
    // expelled the French ambassador. The junta accused Paris…"), whose government it is; else, as for "the country", the last
    // state named.
    private ActorMention? AnaphorState(ReadOnlySpan<char> word, MentionContext context, List<ActorMention> mentions, string? notState)
    {
        if (OfStateForm(word, context, mentions, notState) is { } named)
        {
            return named;
        }

        // "the emirate", "the sultanate" with no emirate or sultanate named: a form that fits no state named is no reference to
        // the last state of another form ("Oman hosted Iran's minister. … criticised the emirate" is not Iran).
        if (s_describedForms.Contains(word))
        {
            return null;
        }

        if (word is "junta" or "regime" && context.SubjectState() is { Codes.Count: 1 } subject && _reference.FindCountry(subject.Code) is not null
            && !mentions.Any(m => !m.IsPlace && !m.IsWeak && m.Kind != MentionKind.Coreference))
        {
            return subject;
        }

        var actor = context.LastActor(mentions, m => m.Codes.Count == 1 && _reference.FindCountry(m.Code) is not null && m.Code != notState);
        return actor is { Kind: not MentionKind.Coreference } ? actor : null;
    }

    // "Baghdad threatened the emirate", "Moscow accused the kingdom of…": a reference right after its clause's verb is that verb's
    // object, and an object is never the subject's own state (the subject would say "itself"); the subject's code, else null.
    // A verb is a lower-case word in "-ed", or a participle of a verb whose object is a party ("accusing", "urging"); a verb of
    // saying opens a clause whose subject the reference may be ("said the country would…").
    private static string? VerbSubject(string text, List<Token> tokens, int i, List<ActorMention> mentions)
    {
        if (i < 1 || mentions.Count == 0 || mentions[0] is not { IsWeak: false, IsPlace: false } subject || subject.Last >= i - 1)
        {
            return null;
        }

        var verb = tokens[i - 1].In(text);
        var isVerb = verb.Length > 3 && char.IsLower(verb[0]) && !s_speechVerbs.Contains(verb)
            && (verb.EndsWith("ed", StringComparison.Ordinal) || s_partyVerbs.Contains(verb));
        return isVerb && subject.Kind is not MentionKind.Place ? subject.Code : null;
    }

    // "funding", "backing": a lower-case word of letters in "-ing".
    internal static bool IsGerund(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal) && IsLettersOnly(word, allowHyphen: false);

    // "Saudi Arabia hosted Iran's foreign minister. The kingdom also invited…": "the kingdom", "the sultanate", "the emirate",
    // "the republic" is the last state named whose official name says it is one (countries.tsv), when one was named.
    private ActorMention? OfStateForm(ReadOnlySpan<char> word, MentionContext context, List<ActorMention> mentions, string? notState)
    {
        // The form as a constant string: the lambda below cannot hold the span, and no string is made per anaphor.
        string? noun = word switch
        {
            "kingdom" => "kingdom",
            "sultanate" => "sultanate",
            "emirate" => "emirate",
            "principality" => "principality",
            "republic" => "republic",
            _ => null,
        };
        if (noun is null)
        {
            return null;
        }

        bool Fits(ActorMention m) => m.Kind != MentionKind.Coreference && !m.IsPlace && !m.IsWeak && m.Codes.Count == 1 && m.Code != notState
            && _reference.FindCountry(m.Code) is { } country && StateForms.Is(m.Code, country.OfficialName, noun);

        return mentions.LastOrDefault(Fits) ?? context.Recent.LastOrDefault(Fits);
    }
}
