using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// Finds the actors a sentence names: states and organisations by name, acronym or capital; nationality
/// adjectives with an acting head noun ("Kyrgyz president", "Mongolian troops"); people through the
/// office-holder table at the sentence's date, with their titles ("US Secretary of State Antony
/// Blinken", "President NAME of COUNTRY"); and references back ("the two countries", "he").
/// </summary>
public sealed partial class MentionFinder(ReferenceData reference, OfficeHolderIndex people)
{
    /// <summary>The function words read around names, from <c>data/lexicon/mention-words.tsv</c>.</summary>
    internal static readonly WordClasses Words = WordClasses.Load(EmbeddedData.MentionWords,
        "located-officials", "possessed-not-office",
        "body-name-link", "place-preposition", "pair-noun", "place-word", "after-place", "location-noun", "title-modifier", "state-anaphor", "subject-pronoun",
        "speech-verb", "expletive", "person-title", "ethnic", "pair-people", "sport", "sport-body", "sport-contest", "reported-act", "state-asset",
        "pair-verb", "pair-possessed", "led-group", "home-body", "org-noun", "org-officer", "org-body", "team-noun", "seat-attribute", "led-force", "calendar",
        "alliance-noun", "bloc-noun", "region-prefix", "name-particle", "water-body", "private-noun", "envoy-title", "partner-noun", "visit-party", "visit-guest", "visit-host", "disaster", "deployed-unit", "firm-noun",
        "name-suffix", "state-pair", "pair-private", "person-staff", "speaker-for", "party-verb", "party-preposition", "speech-filler", "described-noun",
        "described-form", "described-chooser", "possessive-subordinator", "joint-opener", "possessed-neighbour", "body-head", "document-noun", "document-determiner", "slogan-noun", "slogan-opener", "chair-verb", "chair-office", "chair-relative", "honorific");

    private static readonly WordSet s_placeLookup = Words.Lookup("place-preposition");
    private static readonly WordSet s_pairLookup = Words.Lookup("pair-noun");
    private static readonly WordSet s_pairPeople = Words.Lookup("pair-people");
    private static readonly WordSet s_pairPrivate = Words.Lookup("pair-private");
    private static readonly WordSet s_pairVerbs = Words.Lookup("pair-verb");
    private static readonly WordSet s_pairPossessed = Words.Lookup("pair-possessed");
    private static readonly WordSet s_ledGroups = Words.Lookup("led-group");
    private static readonly WordSet s_titleModifiers = Words.Lookup("title-modifier");
    private static readonly WordSet s_stateAnaphors = Words.Lookup("state-anaphor");
    private static readonly WordSet s_subjectPronouns = Words.Lookup("subject-pronoun");
    private static readonly WordSet s_speechVerbs = Words.Lookup("speech-verb");
    private static readonly WordSet s_expletive = Words.Lookup("expletive");
    private static readonly WordSet s_partyVerbs = Words.Lookup("party-verb");
    private static readonly WordSet s_describedForms = Words.Lookup("described-form");
    private static readonly WordSet s_ethnic = Words.Lookup("ethnic");
    private static readonly WordSet s_privateNouns = Words.Lookup("private-noun");

    // "his state visit", "her side of the talks": possessed-not-office, matched as written (MentionFinder.Offices).
    private static readonly WordSet s_possessedNotOffices = new(Words.Of("possessed-not-office"), StringComparer.Ordinal);

    private static readonly WordSet s_regionPrefixes = Words.Lookup("region-prefix");
    private static readonly WordSet s_nameParticles = Words.Lookup("name-particle");
    private static readonly WordSet s_waterWords = Words.Lookup("water-body");
    private static readonly WordSet s_sport = Words.Lookup("sport");
    private static readonly WordSet s_sportBody = Words.Lookup("sport-body");
    private static readonly WordSet s_sportContest = Words.Lookup("sport-contest");
    private static readonly WordSet s_seatAttributes = Words.Lookup("seat-attribute");
    private static readonly WordSet s_ledForces = Words.Lookup("led-force");
    private static readonly WordSet s_nameSuffixes = Words.Lookup("name-suffix");
    private static readonly WordSet s_statePairs = Words.Lookup("state-pair");
    private static readonly WordSet s_personStaff = Words.Lookup("person-staff");
    private static readonly WordSet s_speakersFor = Words.Lookup("speaker-for");

    // Envoys to an organisation, read in MentionFinder.Envoys.cs. Declared here, after Words: the order of static
    // initialisers across the files of a partial class is not defined.
    private static readonly WordSet s_envoyWords = Words.Lookup("envoy-title");

    // The clause layer's reporting verbs: an actor right before one is the sentence's speaker ("…, Moscow said on Sunday").

    private readonly ReferenceData _reference = reference;
    private readonly OfficeHolderIndex _people = people;

    public static MentionFinder Default { get; } = new(ReferenceData.Default, OfficeHolderIndex.Default);

    /// <summary>Mentions in token order. <paramref name="blocked"/> marks tokens already used (time phrases).</summary>
    public List<ActorMention> Find(string text, List<Token> tokens, bool[] blocked, DateOnly? date, MentionContext context) =>
        Find(text, tokens, blocked, date, context, gated: true);

    // gated: false reads every word through the whole chain, so that a test can show the gate changes nothing.
    internal List<ActorMention> Find(string text, List<Token> tokens, bool[] blocked, DateOnly? date, MentionContext context, bool gated)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var mentions = new List<ActorMention>();
        var buffer = context.Buffer;
        context.ReadsEveryWordForAcronyms = !gated;
        // "ASTANA, June 3 (Reuters) -" says where the story was filed: no actor in it.
        var i = Dateline.Length(text, tokens, _reference.Gazetteer);
        if (i > 0 && context.DatelineState is null)
        {
            context.DatelineState = DatelineState(text, tokens, i);
        }
        while (i < tokens.Count)
        {
            if (blocked[i] || tokens[i].Kind != TokenKind.Word || (gated && !MayStartMention(tokens[i].In(text))))
            {
                i++;
                continue;
            }

            var end = TryMention(text, tokens, blocked, i, date, context, mentions, buffer);
            i = end > i ? end : i + 1;
        }

        // "a Russian- and Turkish-brokered truce", "Russian- and Chinese-made jets": a name left before a suspended hyphen is the
        // first half of a compound (ActorCompoundActs reads it), never a party of its own.
        mentions.RemoveAll(m => IsSuspendedHead(text, tokens, m.Last));
        PersonOfState.Merge(text, tokens, mentions);
        WithPersonsStaff(text, tokens, blocked, mentions);
        WithSpeakerFor(text, tokens, blocked, mentions);
        DocumentOwners.Drop(text, tokens, mentions, _reference);
        QuotedSlogans.Drop(text, tokens, mentions);
        ChairedBodies.Drop(text, tokens, mentions, _reference);
        LearnAcronyms(text, tokens, mentions, context);
        context.Names.Learn(text, tokens, mentions, k => blocked[k] || mentions.Any(m => m.First <= k && k <= m.Last));
        context.CurrentSpeaker = Speaker(text, tokens, mentions);
        return mentions;
    }

    // "Netanyahu's office condemned…", "Putin's spokesman said": the office or spokesperson of a person
    // (or of a one-person office) speaks for that person's state. The possessive mention takes that noun in, as a state's
    // possessive takes its ministry ("Russia's foreign ministry"); "office" keeps the person's role, any other noun has its own.
    private static void WithPersonsStaff(string text, List<Token> tokens, bool[] blocked, List<ActorMention> mentions)
    {
        for (var n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            var staff = m.Last + 2;
            if (!m.IsPossessive || m.Codes.Count != 1 || !(m.Kind == MentionKind.Person || MentionContext.IsPersonTitle(m.Title))
                || staff >= tokens.Count || blocked[staff] || tokens[staff].Kind != TokenKind.Word || !s_personStaff.Contains(tokens[staff].In(text))
                || !char.IsLower(text[tokens[staff].Start]) || (n + 1 < mentions.Count && mentions[n + 1].First <= staff))
            {
                continue;
            }

            var word = tokens[staff].In(text);
            var role = word.Equals("office", StringComparison.OrdinalIgnoreCase) ? m.Role : RoleWords.TryGet(word, out var own) ? own : ActorRole.Government;
            var possessive = staff + 1 < tokens.Count && tokens[staff + 1].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
            mentions[n] = m with { Last = staff, Role = role, IsPossessive = possessive };
        }
    }

    // "A spokesman for the Chinese embassy said…", "the spokeswoman for Iran's foreign ministry condemned…": the one who speaks for
    // a state or its body is that body acting. The mention takes in "[a|the] spokesman for [the]" before it, so that it is the
    // clause's subject as "the Chinese embassy's spokesman" would be.
    private static void WithSpeakerFor(string text, List<Token> tokens, bool[] blocked, List<ActorMention> mentions)
    {
        for (var n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            var k = m.First - 1;
            if (k >= 0 && tokens[k].In(text).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                k--;
            }

            if (k < 1 || m.Codes.Count != 1 || m.IsWeak || m.IsPlace || m.Kind == MentionKind.Place || !tokens[k].In(text).Equals("for", StringComparison.Ordinal)
                || blocked[k - 1] || !s_speakersFor.Contains(tokens[k - 1].In(text)) || (n > 0 && mentions[n - 1].Last >= k - 1))
            {
                continue;
            }

            // "a former spokesman for the Kremlin" speaks for it no longer.
            if (k >= 2 && tokens[k - 2].In(text) is "former" or "Former" or "ex-")
            {
                mentions.RemoveAt(n--);
                continue;
            }

            var first = k - 2 >= 0 && tokens[k - 2].In(text) is "a" or "A" or "the" or "The" ? k - 2 : k - 1;
            mentions[n] = m with { First = first, Role = m.Role ?? ActorRole.Government };
        }
    }

    // After a state's name at j: ['s] [national|modifier…] SPORT … BODY within a few words ("Cricket Board", "'s national
    // football team", "Football Federation", "Olympic Committee"); the index after the body noun, or null.
    internal static int? SportsBodyEnd(string text, List<Token> tokens, int j)
    {
        var k = j < tokens.Count && tokens[j].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase) ? j + 1 : j;
        var sawSport = false;
        for (var end = Math.Min(tokens.Count, k + 4); k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return null;
            }

            var w = tokens[k].In(text);
            if (sawSport && s_sportBody.Contains(w))
            {
                return k + 1;
            }

            sawSport |= s_sport.Contains(w);
        }

        return null;
    }

    // A name right after "against" or "versus" with a contest in sport ("series", "match", "friendly") just before it.
    private static bool IsSportOpponent(string text, List<Token> tokens, int i)
    {
        if (i < 2 || tokens[i - 1].In(text) is not ("against" or "versus" or "vs" or "vs."))
        {
            return false;
        }

        for (var k = i - 2; k >= Math.Max(0, i - 5) && tokens[k].Kind == TokenKind.Word; k--)
        {
            if (s_sportContest.Contains(tokens[k].In(text)))
            {
                return true;
            }
        }

        return false;
    }

    // The last acting state or person right before a reporting verb: "…, Moscow said on Sunday", "the Kremlin spokesman said".
    private static ActorMention? Speaker(string text, List<Token> tokens, List<ActorMention> mentions)
    {
        ActorMention? speaker = null;
        foreach (var m in mentions)
        {
            if (!m.IsWeak && m.Kind != MentionKind.Place && m.Codes.Count == 1 && m.Last + 1 < tokens.Count && ClauseView.IsReportingWord(tokens[m.Last + 1].In(text)))
            {
                speaker = m;
            }
        }

        return speaker;
    }

    // "the prime minister met his Iranian counterpart": a counterpart holds the office of the one whose counterpart it is.
    private static ActorRole CounterpartRole(string? title, int i, List<ActorMention> mentions, ActorRole role) =>
        title is "counterpart" or "counterparts" && mentions.Count > 0 && mentions[^1].Last == i - 1
            && mentions[^1] is { Kind: MentionKind.Coreference, IsPossessive: true, Role: { } theirs } ? theirs : role;

    // The office as written, lower case: "foreign minister" (for "the minister" later).
    private static string TitleText(string text, List<Token> tokens, int first, int end) =>
        string.Join(' ', tokens.Skip(first).Take(end - first).Select(t => t.TextIn(text))).ToLowerInvariant();

    // Tries to read one mention starting at token i; returns the index after it (or i when none).
    private int TryMention(string text, List<Token> tokens, bool[] blocked, int i, DateOnly? date, MentionContext context, List<ActorMention> mentions, PhraseBuffer buffer)
    {
        var word = tokens[i].In(text);
        // "the late Japanese prime minister": a dead office-holder no longer acts for the state, as a former one does not.
        var former = i > 0 && (tokens[i - 1].In(text).Equals("former", StringComparison.OrdinalIgnoreCase) || tokens[i - 1].In(text).Equals("late", StringComparison.OrdinalIgnoreCase));

        if (Coreference(text, tokens, i, context, mentions) is { } coref)
        {
            // "the country's prime minister", "the kingdom's foreign minister": the state named before, with the office after it.
            if ((OfficeAfterAnaphor(text, tokens, i, coref, buffer) ?? OfficeAfterPronoun(text, tokens, i, coref, buffer)) is { } anaphorOffice)
            {
                mentions.Add(anaphorOffice.Mention);
                return anaphorOffice.End;
            }

            mentions.Add(coref.Mention);
            return coref.End;
        }

        // "the three Baltic states", "both Koreas", "Gulf Arab states": every member of a fixed group acts.
        if (StateCollectives.Match(text, tokens, blocked, i, buffer) is { } collective)
        {
            mentions.Add(new ActorMention(i, collective.End - 1, collective.Members, null, MentionKind.Name, FollowsPlacePreposition(text, tokens, i),
                collective.End < tokens.Count && tokens[collective.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)) { IsCollective = true });
            return collective.End;
        }

        // "The Kremlin said", "Downing Street condemned", "the Blue House": the office inside the building.
        if (SeatsOfPower.Match(text, tokens, blocked, i, buffer) is { } seat)
        {
            // "a former Kremlin adviser" no longer speaks for it.
            return former ? SkipOffice(text, tokens, seat.End, buffer) : Seat(text, tokens, blocked, i, seat with { Country = CapitalEras.At(seat.Country, date) }, mentions, buffer);
        }

        // "the agency's chief" after the IAEA, "the bloc" after the SCO, "the South" after the two Koreas (BodyReferences);
        // "the company" after the firm named last (FirmReferences).
        if ((BodyReferences.Organisation(text, tokens, i, _reference, context, mentions) ?? BodyReferences.Compass(text, tokens, i, _reference, context, mentions)
            ?? BodyReferences.Several(text, tokens, i, _reference, context, mentions) ?? FirmReferences.Firm(text, tokens, i, context, mentions)) is { } unnamed)
        {
            mentions.Add(unnamed.Mention);
            return unnamed.End;
        }

        // "a team of Chinese police officers", "A team from the IAEA": the group is the state or body of those it is made of.
        if (BodyReferences.IsTeamNoun(word) && i + 2 < tokens.Count && Team(text, tokens, blocked, i, date, context, buffer) is { } team)
        {
            mentions.Add(team.Mention);
            return team.End;
        }

        // "Mongolia-Russia relations", "the China-Mongolia-Russia corridor": one token naming several states.
        if (word.Contains('-') && MatchName(text, tokens, blocked, i, context, buffer) is null && _people.IsKnownName(word) is false)
        {
            var parts = word.ToString().Split('-');
            var codes = parts.Select(p => _reference.Gazetteer.Resolve(p)).ToList();
            if (parts.Length >= 2 && codes.All(c => c is { Form: NameForm.Name or NameForm.Code }))
            {
                mentions.Add(new ActorMention(i, i, codes.Select(c => c!.Code).Distinct().ToList(), null, MentionKind.Name, false, false));
                return i + 1;
            }
        }

        // "the Russian-Chinese drills", "the US-South Korean exercises": states joined by a hyphen before a noun, at least one by
        // its adjective; each is acted upon, none acts (a weak collective).
        if (word.Contains('-') && AdjectiveCompound(text, tokens, i) is { } joined)
        {
            mentions.Add(new ActorMention(i, joined.End - 1, joined.Codes, null, MentionKind.Adjective, false, false) { IsWeak = true, IsCollective = true });
            return joined.End;
        }

        // "the one-China policy", "the one-China principle": support for it or breach of it is aimed at that state.
        if (word.StartsWith("one-", StringComparison.OrdinalIgnoreCase) && _reference.Gazetteer.Resolve(word[4..].ToString()) is { Form: NameForm.Name } single)
        {
            mentions.Add(new ActorMention(i, i, [single.Code], null, MentionKind.Name, false, false));
            return i + 1;
        }

        // "the Saudi-led coalition" is Saudi Arabia's armed forces; "Russian-installed officials" act for Russia.
        if (word.Contains('-') && Sponsored(text, tokens, i, buffer) is { } sponsored)
        {
            mentions.Add(sponsored.Mention);
            return sponsored.End;
        }

        // "a Portuguese-flagged ship", "a Chinese-owned tanker": the ship is that state's, a target, never an actor.
        if (word.Contains('-') && FlaggedBy(word) is { } flag)
        {
            mentions.Add(new ActorMention(i, i, [flag], null, MentionKind.Adjective, false, false) { IsWeak = true });
            return i + 1;
        }

        // "the London-based miner", "the Canadian-listed coal company": a firm of that state, a target only.
        if (word.Contains('-') && FirmHome.Read(text, tokens, i, _reference.Gazetteer) is { } firm)
        {
            mentions.Add(new ActorMention(i, firm.End - 1, [firm.Code], ActorRole.Business, MentionKind.Adjective, false,
                firm.End < tokens.Count && tokens[firm.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)) { IsWeak = !firm.Named });
            return firm.End;
        }

        if (char.IsUpper(word[0]) && FlaggedByName(text, tokens, i) is { } flagged)
        {
            mentions.Add(new ActorMention(i, flagged.End - 1, [flagged.Code], null, MentionKind.Adjective, false, false) { IsWeak = true });
            return flagged.End;
        }

        // Optional pieces in order: [state or adjective] ['s] [title] [person] [of STATE]
        var j = i;
        var state = MatchName(text, tokens, blocked, j, context, buffer);

        // "Sofia Petrova said", "Jordan Bardella said": a state's or capital's name that is also a given name, right before a
        // capitalised word that starts no place, office, weekday or month, is a person's name ("Georgia Prime Minister" and
        // "Jordan King Abdullah" stay states). A person the office-holder table knows ("Israel Katz") is read as before, and so
        // is a headline in title case, where a third capitalised word follows ("Jordan Condemns Israeli Strike").
        if (state is { Entry.Form: NameForm.Name or NameForm.Capital } given && given.End == i + 1 && PlaceGivenNames.Contains(word)
            && ContinuesAsAnotherName(text, tokens, given.End) && !StartsCapitalised(text, tokens, given.End + 1)
            && MatchPerson(text, tokens, blocked, i, buffer) is null)
        {
            return given.End;
        }

        // "refused to play bilateral series against Pakistan", "a friendly match against Japan": a side in sport, no state.
        if (state is { } opponent && IsSportOpponent(text, tokens, i))
        {
            return opponent.End;
        }

        if (state is { } s)
        {
            j = s.End;
            if (s.Entry.Form == NameForm.Place && j < tokens.Count && IsPlaceWord(tokens[j].In(text)))
            {
                // "Hatay province", "Tuv aimag", "Rakhine state": the kind of place belongs to its name.
                j++;
                state = s with { End = j };
            }
        }

        // "the Pakistan Cricket Board", "Mongolia's national football team": a sports body is no state actor, whatever it does.
        if (state is not null && SportsBodyEnd(text, tokens, j) is { } sportsEnd)
        {
            return sportsEnd;
        }

        // "UNESCO's World Heritage Committee", "the IAEA's chief": an organ or officer of an organisation acts for it.
        if (state is { Entry.Form: NameForm.Name or NameForm.Code } organisation && _reference.FindOrganisation(organisation.Entry.Code) is not null
            && j < tokens.Count && tokens[j].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase) && BodyReferences.OrganEnd(text, tokens, j + 1) is { } organEnd)
        {
            mentions.Add(new ActorMention(i, organEnd - 1, [organisation.Entry.Code], null, MentionKind.Name, false,
                organEnd < tokens.Count && tokens[organEnd].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)));
            return organEnd;
        }

        // "Mongolia's and Kazakhstan's presidents": possessives coordinated before one office.
        if (state is { Entry.Form: NameForm.Name or NameForm.Capital } leading && CoordinatedPossessives(text, tokens, blocked, i, leading.End, leading.Entry, context, buffer) is { } shared)
        {
            mentions.AddRange(shared.Mentions);
            return shared.End;
        }

        var possessive = j < tokens.Count && tokens[j].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
        var afterName = possessive ? j + 1 : j;
        // "Russia's U.N. ambassador", "Iran's mission to the United Nations": the state's envoy, not the organisation (Envoys).
        if (possessive && !former && state is { Entry.Form: NameForm.Name or NameForm.Capital } sender
            && EnvoyOfState(text, tokens, blocked, i, afterName, sender.Entry.Code, context, buffer) is { } envoy)
        {
            mentions.Add(envoy.Mention);
            return envoy.End;
        }

        // "the Taliban administration's acting foreign minister"
        // "Turkey's top general": a modifier that opens an office of its own ("top general", "deputy foreign minister") stays in it.
        while (state is not null && afterName < tokens.Count && s_titleModifiers.Contains(tokens[afterName].In(text)) && MatchRole(text, tokens, afterName, buffer) is null)
        {
            afterName++;
        }

        // "Uzbekistan's state-owned Uzbekneftegaz": a firm the state owns acts for it, as business.
        if (possessive && state is { Entry.Form: NameForm.Name or NameForm.Capital } owned && afterName + 1 < tokens.Count
            && tokens[afterName].In(text) is "state-owned" or "state-run" or "State-owned" && tokens[afterName + 1].Kind == TokenKind.Word
            && char.IsUpper(tokens[afterName + 1].In(text)[0]) && MatchName(text, tokens, blocked, afterName + 1, context, buffer) is null)
        {
            var last = afterName + 1;
            while (last + 1 < tokens.Count && last - afterName < 4 && tokens[last + 1].Kind == TokenKind.Word && char.IsUpper(tokens[last + 1].In(text)[0]))
            {
                last++;
            }

            mentions.Add(new ActorMention(i, last, [owned.Entry.Code], ActorRole.Business, MentionKind.Name, false,
                last + 1 < tokens.Count && tokens[last + 1].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)));
            return last + 1;
        }

        // "Sudan's Security and Defence Council", "Beijing's Taiwan Affairs Office": a body under its own name acts for its state,
        // and a state inside that name is no party; an office word the name opens with ("National") is part of it, while an office
        // or a name the tables know that covers the whole ("Russia's Foreign Ministry", "Russia's Federal Security Service") keeps its entry.
        if (possessive && !former && state is { Entry.Form: NameForm.Name or NameForm.Capital } bodyOwner && _reference.FindCountry(bodyOwner.Entry.Code) is not null
            && NamedStateBodies.Read(text, tokens, afterName) is { } namedBody && !(MatchRole(text, tokens, afterName, buffer) is { } bodyOffice && bodyOffice.End >= namedBody.End)
            && !(MatchName(text, tokens, blocked, afterName, context, buffer) is { } knownName && knownName.End >= namedBody.End))
        {
            mentions.Add(new ActorMention(i, namedBody.End - 1, [bodyOwner.Entry.Code], namedBody.Role, MentionKind.Name, false,
                namedBody.End < tokens.Count && tokens[namedBody.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)));
            return namedBody.End;
        }

        var title = MatchRole(text, tokens, afterName, buffer);
        if (title is null && !possessive && state is { Entry.Form: NameForm.Name or NameForm.Code } attributive && afterName + 1 < tokens.Count && IsAbbreviation(text, tokens, i, attributive.End)
            && tokens[afterName].Kind == TokenKind.Word && char.IsLower(tokens[afterName].In(text)[0]) && IsLettersOnly(tokens[afterName].In(text), allowHyphen: false)
            && MatchRole(text, tokens, afterName + 1, buffer) is { } modified && RoleWords.IsStateRole(modified.Role)
            && _reference.FindCountry(attributive.Entry.Code) is not null)
        {
            // "U.S. trade officials", "UK defence officials" read as "U.S. officials": an abbreviated name used as an adjective; a
            // full name before a lower-case word is most often a subject before its verb ("Brazil withdrew troops").
            afterName++;
            title = modified;
        }

        string? titleText = null;
        if (title is { } t)
        {
            j = t.End;
            titleText = TitleText(text, tokens, afterName, t.End);
        }

        var personStart = j;
        var person = title is not null || state is null || state.Value.Entry.Form == NameForm.Adjective ? MatchPerson(text, tokens, blocked, j, buffer) : null;
        if (person is { } p)
        {
            j = p.End;
        }
        else if (title is { } bare && state is null && j + 1 < tokens.Count && tokens[j].In(text).Equals("of", StringComparison.Ordinal)
            && OwnerList(text, tokens, blocked, j + 1, context, buffer) is { Count: > 0 } owners)
        {
            // "the foreign ministers of Kazakhstan and Uzbekistan", "the leaders of A, B and C"; "11 citizens of Uzbekistan"
            // are what an act is aimed at, never who acts.
            foreach (var (first, last, code, form) in owners)
            {
                // "the government of Gyeonggi province" is a province's office: its state's government, not its head.
                mentions.Add(new ActorMention(first, last, [code], form == NameForm.Place ? PlaceOfficeRole(bare.Role) : bare.Role, MentionKind.Name, false, false)
                    { IsWeak = !RoleWords.IsStateRole(bare.Role), Title = titleText });
            }

            return owners[^1].Last + 1;
        }
        else if (title is { } outer && state is null && j + 1 < tokens.Count && tokens[j].In(text).Equals("of", StringComparison.Ordinal)
            && OfficeOfBody(text, tokens, blocked, j + 1, date, context, buffer) is { } ownerBody)
        {
            // "the General Staff of the Mongolian Armed Forces", "the commander of the Russian navy": the office of a state's body
            // is that state's, with the office's role.
            mentions.Add(new ActorMention(i, ownerBody.End - 1, [ownerBody.Code], outer.Role, MentionKind.Name, false,
                ownerBody.End < tokens.Count && tokens[ownerBody.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)) { Title = titleText });
            return ownerBody.End;
        }
        else if (title is { } origin && state is null && j + 1 < tokens.Count && tokens[j].In(text).Equals("from", StringComparison.Ordinal)
            && OpensSubject(text, tokens, i) && From(text, tokens, blocked, j + 1, date, context, buffer) is { } from)
        {
            // "Troops from Xinjiang's military district held…", "A delegation from Japan met…": a group opening the sentence is the
            // state's. After a verb, "from" belongs to the verb: "recalled its ambassador from Paris", "withdrew troops from Syria".
            mentions.Add(new ActorMention(i, from.End - 1, [from.Code], from.Place ? PlaceOfficeRole(origin.Role) : origin.Role, MentionKind.Name, false,
                from.End < tokens.Count && tokens[from.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase))
                { IsWeak = !RoleWords.IsStateRole(origin.Role), Title = titleText });
            return from.End;
        }
        else if (title is not null && state is null && s_ledGroups.Contains(tokens[j - 1].In(text)) && LedBy(text, tokens, blocked, j, date, context, buffer) is { } leader)
        {
            // "hosted a delegation led by Ethiopia's foreign minister": the delegation is the state of whoever leads it.
            mentions.Add(leader.Mention with { First = i });
            return leader.End;
        }
        else if (title is { } alone && state is null && i > 0 && (tokens[i - 1].In(text) is "the" or "The" || (i > 1 && tokens[i - 1].In(text) is "visiting" && tokens[i - 2].In(text) is "the" or "The"))
            && context.LastHolder(mentions, titleText!, alone.Role) is { } holder
            && !(j < tokens.Count && tokens[j].In(text) is "of"))
        {
            // "the secretary of state", "the foreign minister", "the minister" after "Foreign Minister Wang Yi": the office-holder named before;
            // "the visiting minister" too, the guest a host receives.
            mentions.Add(new ActorMention(i - 1, j - 1, [holder.Code], holder.Role ?? alone.Role, MentionKind.Coreference, false, j < tokens.Count && tokens[j].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase))
                { PersonName = holder.PersonName, Title = holder.Title });
            return j;
        }
        else if (title is { } body && state is null && RoleWords.IsStateRole(body.Role) && BodyReferences.IsHomeBody(titleText)
            && !(j < tokens.Count && tokens[j].In(text) is "of") && DefiniteStart(text, tokens, i) is { } article
            && (BodyReferences.HomeState(context, mentions) ?? BodyReferences.SubjectsForce(context, mentions, body.Role, article)) is { } home)
        {
            // "ISLAMABAD, … - Pakistan's parliament … The foreign ministry summoned…", "The mining ministry suspended…": a body named
            // with no state in a story filed from a state's capital is that state's, once the story has named it acting.
            mentions.Add(new ActorMention(article, j - 1, [home], body.Role, MentionKind.Name, false, j < tokens.Count && tokens[j].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase))
                { Title = titleText });
            return j;
        }
        else if (title is { } group && state is null && (RoleWords.IsLocatedGroup(group.Role) || BodyReferences.IsLocatedOfficials(titleText))
            && j + 1 < tokens.Count && tokens[j].In(text).Equals("in", StringComparison.Ordinal)
            && MatchName(text, tokens, blocked, j + 1, context, buffer) is { } where && where.Entry.Form is NameForm.Name or NameForm.Capital or NameForm.Place)
        {
            // "protesters in Tbilisi", "rebels in Sudan": the group takes the country of the place named right after it.
            mentions.Add(new ActorMention(i, where.End - 1, [where.Entry.Code], group.Role, MentionKind.Name, false,
                where.End < tokens.Count && tokens[where.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)) { Title = titleText });
            return where.End;
        }
        else if (title is not null && state is null)
        {
            // "President NAME of COUNTRY" for people the table does not know.
            var k = j;
            while (k < tokens.Count && k - j < 3 && tokens[k].Kind == TokenKind.Word && char.IsUpper(tokens[k].In(text)[0]) && MatchName(text, tokens, blocked, k, context, buffer) is null)
            {
                k++;
            }

            if (k + 1 < tokens.Count && tokens[k].In(text).Equals("of", StringComparison.Ordinal) && MatchName(text, tokens, blocked, k + 1, context, buffer) is { } of && of.Entry.Form != NameForm.Adjective)
            {
                mentions.Add(new ActorMention(i, of.End - 1, [of.Entry.Code], title.Value.Role, MentionKind.Person, false, false));
                return of.End;
            }

            // "NAIROBI, … - Interior Minister Joseph Kiprono accused…": a one-person office with a full name no table knows, in a story
            // filed from a state's capital, before any other state of the sentence, is that state's official.
            if (k - j >= 2 && !former && context.DatelineState is { } filedFrom && MentionContext.IsPersonTitle(titleText) && RoleWords.IsStateRole(title.Value.Role)
                && !mentions.Any(m => !m.IsPlace && !m.IsWeak) && !(k < tokens.Count && tokens[k].In(text) is "of" or "'s"))
            {
                var name = NameText(text, tokens, j, k);
                mentions.Add(new ActorMention(i, k - 1, [filedFrom], title.Value.Role, MentionKind.Person, false, false) { PersonName = name, Title = titleText });
                return k;
            }
        }

        var place = i > 0 && s_placeLookup.Contains(tokens[i - 1].In(text)) && title is null && person is null;
        // A state or a capital is a place past the article too ("in the United States", "in The Hague"); an organisation is not
        // ("judges at the International Criminal Court" act).
        var statePlace = FollowsPlacePreposition(text, tokens, i) && title is null && person is null;
        var isPossessive = j < tokens.Count && tokens[j].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);

        // A known name out of office at the date, whom the text itself gives a state and an office ("Israeli opposition leader Yair
        // Lapid", "Hamas leader Ismail Haniyeh"), is read as that office of that state, like a name the table does not know.
        if (person is { } found && !(title is not null && state is not null && date is not null && _people.Resolve(found.Name, date) is null))
        {
            if (former || LeftOfficeAfter(text, tokens, j))
            {
                NoteOutOfOffice(context, mentions);
                return j;
            }

            if (!found.Name.Contains(' ') && state is null && context.Names.Match(text, tokens, personStart) is { Person: var remembered } && remembered.PersonName != found.Name)
            {
                // "Kim" after "Kim Jong Un" is that Kim, whoever else of the name the table lists: the document named him.
                mentions.Add(new ActorMention(i, j - 1, remembered.Codes, title?.Role ?? remembered.Role, MentionKind.Person, false, isPossessive) { PersonName = remembered.PersonName, Title = titleText ?? remembered.Title });
                return j;
            }

            var term = _people.Resolve(found.Name, date);
            string? code = term?.Country;
            if (term is null && date is null && state is { } st)
            {
                code = st.Entry.Code;
            }
            else if (term is not null && state is { Entry.Form: NameForm.Adjective or NameForm.Name } stated && term.Country != stated.Entry.Code && title is not null)
            {
                // "Chinese Vice President Han Zheng" is Chinese whoever else is called Han: the text names the state.
                code = stated.Entry.Code;
            }

            if (code is null)
            {
                // A known name out of office at the date: a former official, not the state.
                NoteOutOfOffice(context, mentions);
                return j;
            }

            var role = title is { } office ? CounterpartRole(titleText, i, mentions, office.Role) : term?.Role;
            mentions.Add(new ActorMention(i, j - 1, [code], role, MentionKind.Person, false, isPossessive) { PersonName = found.Name, Title = titleText });
            return j;
        }

        if (title is { } titled && state is { } owner)
        {
            if (former)
            {
                return j;
            }

            if (owner.Entry.Form is NameForm.Place or NameForm.Agency)
            {
                // "the Indiana governor", "Xinjiang's military district": a place's office acts for its state;
                // "Hezbollah's leader" keeps the movement's role.
                var role = owner.Entry.Form == NameForm.Agency ? owner.Entry.Role ?? titled.Role : PlaceOfficeRole(titled.Role);
                mentions.Add(new ActorMention(i, j - 1, [owner.Entry.Code], role, MentionKind.Name, false, isPossessive) { IsWeak = !RoleWords.IsStateRole(titled.Role), Title = titleText });
                return j;
            }

            if (!RoleWords.IsStateRole(titled.Role))
            {
                // "three Kyrgyz companies": a target, never an acting state.
                mentions.Add(new ActorMention(i, j - 1, [owner.Entry.Code], titled.Role, MentionKind.Adjective, false, isPossessive) { IsWeak = true, Title = titleText });
                return j;
            }

            string? unknownName = null;
            if (AfterUnknownName(text, tokens, blocked, j, context, buffer, titleText) is var nameEnd && nameEnd > j)
            {
                unknownName = NameText(text, tokens, j, nameEnd);
                j = nameEnd;
                isPossessive = j < tokens.Count && tokens[j].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
            }

            mentions.Add(new ActorMention(i, j - 1, [owner.Entry.Code], CounterpartRole(titleText, i, mentions, titled.Role), owner.Entry.Form == NameForm.Adjective ? MentionKind.Adjective : MentionKind.Name, false, isPossessive)
                { Title = titleText, PersonName = unknownName });
            return j;
        }

        if (state is null && !former && context.Names.Match(text, tokens, j) is { } known)
        {
            // "Kim" after "North Korean leader Kim Jong Un", "President Kim": the person the document named in full.
            var (knownEnd, who) = known;
            mentions.Add(new ActorMention(i, knownEnd - 1, who.Codes, title?.Role ?? who.Role, MentionKind.Person, false,
                knownEnd < tokens.Count && tokens[knownEnd].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)) { PersonName = who.PersonName, Title = titleText ?? who.Title });
            return knownEnd;
        }

        if (state is not { } named)
        {
            return i;
        }

        if (IsWaterBody(text, tokens, i, named.End))
        {
            // "in the South China Sea", "the Sea of Japan", "the Gulf of Oman": a sea named after a state is no actor and no
            // state's ground.
            return named.End;
        }

        if (named.Entry.Form is NameForm.Adjective or NameForm.Demonym && i > 0 && s_regionPrefixes.Contains(tokens[i - 1].In(text)) && char.IsUpper(tokens[i - 1].In(text)[0]))
        {
            // "seven Latin American countries", "Central Asian states": a region's adjective, not the state's.
            return named.End;
        }

        if (named.Entry.Form is NameForm.Adjective or NameForm.Demonym)
        {
            // "Kyrgyz and Tajik forces": coordinated adjectives share the head noun that follows.
            var k = named.End;
            var coordinated = new List<(int Start, int End, GazetteerEntry Entry)> { (i, named.End, named.Entry) };
            while (k + 1 < tokens.Count && tokens[k].In(text) is "and" or "," && MatchName(text, tokens, blocked, k + 1, context, buffer) is { } next && next.Entry.Form is NameForm.Adjective or NameForm.Name)
            {
                coordinated.Add((k + 1, next.End, next.Entry));
                k = next.End;
            }

            // "met the Brazilian footballer", "visited a Turkish bakery": a private person, trade or thing named by its nationality
            // is neither an actor nor a target.
            if (PrivateNounAfter(text, tokens, k))
            {
                return named.End;
            }

            // Up to two modifiers may stand between the adjective and its head ("Mongolian parliamentary delegation").
            for (var skip = 0; skip <= 2 && k + skip < tokens.Count; skip++)
            {
                if (MatchRole(text, tokens, k + skip, buffer) is { } head)
                {
                    if (skip > 0 && AnyFormer(text, tokens, k, k + skip))
                    {
                        // "two Russian former intelligence officers" no longer act for Russia.
                        return head.End;
                    }

                    var headText = TitleText(text, tokens, k + skip, head.End);
                    if (!RoleWords.IsStateRole(head.Role))
                    {
                        // "Kyrgyz companies": not the state acting, but something an act can target.
                        foreach (var (start, end, entry) in coordinated)
                        {
                            mentions.Add(new ActorMention(start, SharedHeadLast(coordinated, start, end, head.End), [entry.Code], head.Role, MentionKind.Adjective, false, false) { IsWeak = true, Title = headText });
                        }

                        return head.End;
                    }

                    var headEnd = coordinated.Count == 1 ? AfterUnknownName(text, tokens, blocked, head.End, context, buffer, headText) : head.End;
                    var headPossessive = headEnd < tokens.Count && tokens[headEnd].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
                    var headRole = CounterpartRole(headText, i, mentions, head.Role);
                    var headName = headEnd > head.End ? NameText(text, tokens, head.End, headEnd) : null;
                    foreach (var (start, end, entry) in coordinated)
                    {
                        mentions.Add(new ActorMention(start, SharedHeadLast(coordinated, start, end, headEnd), [entry.Code], headRole, MentionKind.Adjective, false, headPossessive)
                            { Title = headText, PersonName = headName });
                    }

                    return headEnd;
                }

                if (tokens[k + skip].Kind != TokenKind.Word || MatchName(text, tokens, blocked, k + skip, context, buffer) is not null)
                {
                    break;
                }
            }

            // No acting head noun: usable as the target of an act ("fees on Mongolian trucks"), never as its source; a people
            // named by its demonym ("deported 300 Afghans") is that state's civilians.
            // "ethnic Hungarians", "ethnic Kazakh men" name a people, not a state's nationals: no actor.
            if (named.Entry.Form is NameForm.Adjective or NameForm.Demonym && !former && !(i > 0 && s_ethnic.Contains(tokens[i - 1].In(text))))
            {
                mentions.Add(new ActorMention(i, named.End - 1, [named.Entry.Code], named.Entry.Form == NameForm.Demonym ? ActorRole.Civilians : null, MentionKind.Adjective, false, false) { IsWeak = true });
            }

            return named.End;
        }

        if (named.Entry.Form == NameForm.Place && (IsAttributive(text, tokens, named.End) || NamesALocation(text, tokens, i, named.End)))
        {
            // "the Istanbul talks", "the Geneva Conventions": a place naming a thing is neither where an act lands nor who acts.
            return named.End;
        }

        if (named.Entry.Form == NameForm.Place)
        {
            // A province or a city alone is where something happens or what it hits, never who acts.
            mentions.Add(new ActorMention(i, named.End - 1, [named.Entry.Code], null, MentionKind.Place, true, isPossessive || possessive));
            return named.End;
        }

        var kind = named.Entry.Form == NameForm.Capital ? MentionKind.Capital : MentionKind.Name;
        if (kind == MentionKind.Capital && CapitalEras.At(named.Entry.Code, date) is var era && era != named.Entry.Code)
        {
            // "Seoul and Moscow normalised relations in 1990": Moscow was then the Soviet Union's capital.
            mentions.Add(new ActorMention(i, named.End - 1, [era], named.Entry.Role, kind, statePlace, isPossessive || possessive));
            return named.End;
        }

        // "the only Group of Seven country to sign up", "NATO member Turkey": an organisation's name before a single member
        // names that member, not the body; the member is named elsewhere or not at all.
        if (named.End < tokens.Count && tokens[named.End].In(text) is "country" or "nation" or "member" or "state" or "ally"
            && _reference.FindOrganisation(named.Entry.Code) is not null)
        {
            return named.End;
        }

        // "the International Criminal Court … the court": a name's last word is what "the" + that word refers back to.
        var nameHead = named.End - i >= 2 && RoleWords.TryGet(tokens[named.End - 1].In(text), out _) ? tokens[named.End - 1].TextIn(text).ToLowerInvariant() : null;
        var isPlace = _reference.FindOrganisation(named.Entry.Code) is null ? statePlace : place;
        mentions.Add(new ActorMention(i, named.End - 1, [named.Entry.Code], named.Entry.Role, kind, isPlace, isPossessive || possessive) { Title = nameHead });
        return named.End;
    }

    // "Russian-Chinese", "US-Japanese", "US-South Korean" (the last part read with the next token): the states and the index after
    // the compound, when every part names a state, at least one by its adjective, and they are at least two.
    private (List<string> Codes, int End)? AdjectiveCompound(string text, List<Token> tokens, int i)
    {
        var parts = tokens[i].TextIn(text).Split('-');
        if (parts.Length < 2 || parts.Any(p => p.Length == 0))
        {
            return null;
        }

        var codes = new List<string>();
        var adjective = false;
        var end = i + 1;
        for (var p = 0; p < parts.Length; p++)
        {
            var entry = _reference.Gazetteer.Resolve(parts[p]);
            if (entry is null && p == parts.Length - 1 && i + 1 < tokens.Count)
            {
                entry = _reference.Gazetteer.Resolve(parts[p] + " " + tokens[i + 1].TextIn(text));
                end = entry is null ? end : i + 2;
            }

            if (entry is not { Form: NameForm.Name or NameForm.Code or NameForm.Adjective })
            {
                return null;
            }

            adjective |= entry.Form == NameForm.Adjective;
            codes.Add(entry.Code);
        }

        codes = [.. codes.Distinct()];
        return adjective && codes.Count >= 2 ? (codes, end) : null;
    }

    // The state of "Portuguese-flagged", "Panama-registered", "Chinese-owned".
    private string? FlaggedBy(ReadOnlySpan<char> word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && word[(dash + 1)..] is "flagged" or "registered" or "owned"
            && _reference.Gazetteer.TryResolve(word[..dash], out var entry) && entry.Form is NameForm.Adjective or NameForm.Name
            ? entry.Code : null;
    }

    // "a Marshall Islands-flagged tanker", "a Cook Islands-registered ship": a name of several words before the flag word,
    // read from token i; returns the flag state and the index after the compound.
    private (string Code, int End)? FlaggedByName(string text, List<Token> tokens, int i)
    {
        for (var n = 2; n <= 3 && i + n - 1 < tokens.Count; n++)
        {
            var last = tokens[i + n - 1].In(text);
            var dash = last.LastIndexOf('-');
            if (dash <= 0 || last[(dash + 1)..] is not ("flagged" or "registered" or "owned"))
            {
                continue;
            }

            var name = NameText(text, tokens, i, i + n - 1) + " " + last[..dash].ToString();
            return _reference.Gazetteer.TryResolve(name, out var entry) && entry.Form is NameForm.Adjective or NameForm.Name ? (entry.Code, i + n) : null;
        }

        return null;
    }

    // Whether a verb of saying stands before token i. A loop, not a lambda: a lambda over Coreference's parameters would
    // allocate its closure at every word of every sentence.
    private static bool SpeechVerbBefore(string text, List<Token> tokens, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (s_speechVerbs.Contains(tokens[k].In(text)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a private-person, trade or thing noun stands at from or up to two words after it ("Brazilian footballer",
    // "Korean pop band").
    private static bool PrivateNounAfter(string text, List<Token> tokens, int from)
    {
        for (var k = from; k < Math.Min(tokens.Count, from + 3); k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (s_privateNouns.Contains(tokens[k].In(text)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the name that ends before j is followed by a relative clause telling that its bearer left office: "Angela Merkel,
    // who stepped down as chancellor in 2021, …" no longer speaks for the state, whatever date the sentence's time phrase gives.
    private static bool LeftOfficeAfter(string text, List<Token> tokens, int j)
    {
        if (j + 2 >= tokens.Count || tokens[j].In(text) is not "," || tokens[j + 1].In(text) is not "who")
        {
            return false;
        }

        var verb = tokens[j + 2].In(text);
        var next = j + 3 < tokens.Count ? tokens[j + 3].In(text) : "";
        return verb is "resigned" or "retired" or "quit" or "died"
            || (verb is "stepped" && next is "down" or "aside")
            || (verb is "left" && next is "office" or "power" or "the")
            || (verb is "was" && next is "ousted" or "deposed" or "toppled" or "removed" or "overthrown" or "impeached")
            || (verb is "lost" && next is "power" or "office" or "the");
    }

    // Whether "former" or "ex-" stands in tokens [from, end). A loop, not a lambda: a lambda over TryMention's parameters
    // would allocate its closure at every word of every sentence.
    private static bool AnyFormer(string text, List<Token> tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (tokens[k].In(text) is "former" or "ex-")
            {
                return true;
            }
        }

        return false;
    }

    // "Kazakhstan, Kyrgyzstan and Uzbekistan" after "of": each state with its token span.
    private List<(int First, int Last, string Code, NameForm Form)> OwnerList(string text, List<Token> tokens, bool[] blocked, int k, MentionContext context, PhraseBuffer buffer)
    {
        var owners = new List<(int, int, string, NameForm)>();
        while (k < tokens.Count)
        {
            if (tokens[k].In(text) is "the")
            {
                k++;
                continue;
            }

            if (MatchName(text, tokens, blocked, k, context, buffer) is not { } owner || owner.Entry.Form is NameForm.Adjective or NameForm.Demonym)
            {
                break;
            }

            var start = k;
            k = owner.End;
            if (owner.Entry.Form == NameForm.Place && k < tokens.Count && IsPlaceWord(tokens[k].In(text)))
            {
                k++;
            }

            owners.Add((start, k - 1, owner.Entry.Code, owner.Entry.Form));
            if (k < tokens.Count && tokens[k].In(text) is "," or "and")
            {
                k++;
                if (k < tokens.Count && tokens[k].In(text) is "and")
                {
                    k++;
                }

                continue;
            }

            break;
        }

        return owners;
    }

    private static readonly WordSet s_placeWords = Words.Lookup("place-word");

    private static bool IsPlaceWord(ReadOnlySpan<char> word) => s_placeWords.Contains(word);

    // "countries", "powers": after "the two" or "the three", the parties named before.
    internal static bool IsPairNoun(ReadOnlySpan<char> word) => s_pairLookup.Contains(word);

    // "in", "into", "at": a name after one says where an act happens.
    internal static bool IsPlacePreposition(ReadOnlySpan<char> word) => s_placeLookup.Contains(word);

    // "in Astana", and past the article a name takes ("in the United States", "in The Hague", "to the Netherlands"), which the
    // name's own match leaves out: without it the court "in The Hague" stood for the Netherlands.
    private static bool FollowsPlacePreposition(string text, List<Token> tokens, int i)
    {
        var before = i - 1;
        if (before > 0 && tokens[before].In(text) is "the" or "The")
        {
            before--;
        }

        return before >= 0 && s_placeLookup.Contains(tokens[before].In(text));
    }

    // Words that may follow a place that is itself the object or the scene: "struck Kharkiv on Monday", "in Almaty and …".
    private static readonly WordSet s_afterPlace = Words.Lookup("after-place");

    private static readonly WordSet s_locationNouns = Words.Lookup("location-noun");

    // "the city of Kherson", "the port of Odesa": a description of where, whose state is not the one acted upon when the
    // act's other party follows it ("Ukraine recaptured the city of Kherson from Russia"). Otherwise the place is where the
    // act lands ("Russian forces pounded the southern city of Kherson"), as a place, which only place-taking frames use.
    private static bool NamesALocation(string text, List<Token> tokens, int i, int end) =>
        i > 1 && tokens[i - 1].In(text) is "of" && s_locationNouns.Contains(tokens[i - 2].In(text))
        && end < tokens.Count && tokens[end].In(text) is "from";

    // A place followed by a noun ("the Istanbul talks", "Xinjiang cotton") modifies it; a place ends a phrase otherwise.
    private static bool IsAttributive(string text, List<Token> tokens, int next) =>
        next < tokens.Count && tokens[next].Kind == TokenKind.Word && !tokens[next].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)
        && !s_afterPlace.Contains(tokens[next].In(text)) && !IsPlaceWord(tokens[next].In(text));

    // A province's or a city's office acts for its state as government, unless it is an armed or police body.
    private static ActorRole PlaceOfficeRole(ActorRole role) =>
        role is ActorRole.Military or ActorRole.Police or ActorRole.Legislature or ActorRole.Business or ActorRole.Media or ActorRole.CivilSociety ? role : ActorRole.Government;

    // "Mongolia's and Kazakhstan's presidents", "Japan's and South Korea's leaders": each state with the office that follows the last.
    private (List<ActorMention> Mentions, int End)? CoordinatedPossessives(string text, List<Token> tokens, bool[] blocked, int i, int end, GazetteerEntry first,
        MentionContext context, PhraseBuffer buffer)
    {
        if (end >= tokens.Count || !tokens[end].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var owners = new List<(int First, int Last, string Code)> { (i, end - 1, first.Code) };
        var k = end + 1;
        while (k + 2 < tokens.Count && tokens[k].In(text) is "and" or ",")
        {
            var next = k + 1;
            if (tokens[next].In(text) is "and")
            {
                next++;
            }

            if (MatchName(text, tokens, blocked, next, context, buffer) is not { Entry.Form: NameForm.Name or NameForm.Capital } other
                || other.End >= tokens.Count || !tokens[other.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            owners.Add((next, other.End - 1, other.Entry.Code));
            k = other.End + 1;
        }

        if (owners.Count < 2 || MatchRole(text, tokens, k, buffer) is not { } office || !RoleWords.IsStateRole(office.Role))
        {
            return null;
        }

        var possessive = office.End < tokens.Count && tokens[office.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
        var mentions = new List<ActorMention>();
        foreach (var (start, last, code) in owners)
        {
            // The last owner's span runs to the office; an earlier one keeps its "'s", so that "and" follows it as in "A and B met".
            mentions.Add(new ActorMention(start, start == owners[^1].First ? office.End - 1 : last + 1, [code], office.Role, MentionKind.Name, false, possessive));
        }

        return (mentions, office.End);
    }

    // The index of a pair noun at k or after up to PairModifierReach modifiers ("former", "Soviet", "nuclear-armed"), or -1. A
    // modifier is a word that is no conjunction, preposition or verb of the pair's list ("the two agreed", "both Russia and…").
    private static int PairNounAfter(string text, List<Token> tokens, int k)
    {
        for (var j = k; j < tokens.Count && j <= k + PairModifierReach && tokens[j].Kind == TokenKind.Word; j++)
        {
            var word = tokens[j].In(text);
            if (s_pairLookup.Contains(word))
            {
                return j;
            }

            if (word is "and" or "or" or "of" or "in" or "to" or "with" or "but" || s_pairVerbs.Contains(word))
            {
                return -1;
            }
        }

        return -1;
    }

    // "The two governments signed" after "Modi held talks with his Mongolian counterpart": the parties of the last act told
    // (EventParties), when this sentence has not itself named as many parties before the noun. "Both sides" and "the two sides"
    // are opposing parties and take the last hostile act even when the sentence named others ("Washington condemned…, while
    // China urged restraint on both sides").
    private static IReadOnlyList<string>? ActParties(MentionContext context, List<ActorMention> mentions, ReadOnlySpan<char> noun, int count)
    {
        var opposing = noun is "sides";
        if (!opposing && mentions.Where(m => !m.IsWeak && !m.IsPlace && m.Kind != MentionKind.Coreference).Select(m => m.Code).Distinct().Count() >= count)
        {
            return null;
        }

        var parties = (opposing ? EventParties.Of(context.EarlierEvents, count, opposing: true) : null) ?? EventParties.Of(context.EarlierEvents, count, opposing: false);

        // In the order the story first named them, as a symmetric act's first-mentioned party is its source.
        var recent = context.Recent;
        int FirstNamed(string code)
        {
            for (var k = 0; k < recent.Count; k++)
            {
                if (recent[k].Code == code)
                {
                    return k;
                }
            }

            return int.MaxValue;
        }

        return parties?.OrderBy(FirstNamed).ToList();
    }

    // The parties of the last joint act (EventParties.OfJoint) when each was named by a person or a one-person office, and this
    // sentence has named no party before the noun: "the two presidents" after a call between two presidents are those two.
    private static IReadOnlyList<string>? JointActPeople(MentionContext context, List<ActorMention> mentions, int count)
    {
        if (mentions.Exists(m => !m.IsWeak && !m.IsPlace && m.Kind != MentionKind.Coreference)
            || EventParties.OfJoint(context.EarlierEvents, count) is not { } parties || parties.Count != count)
        {
            return null;
        }

        var recent = context.Recent;
        foreach (var code in parties)
        {
            if (!recent.Any(m => m.Code == code && MentionContext.IsIndividual(m)))
            {
                return null;
            }
        }

        return parties.OrderBy(code => FirstNamed(recent, code)).ToList();
    }

    private static int FirstNamed(IReadOnlyList<ActorMention> recent, string code)
    {
        for (var k = 0; k < recent.Count; k++)
        {
            if (recent[k].Code == code)
            {
                return k;
            }
        }

        return int.MaxValue;
    }

    // The codes to leave out of a pair of states: those given, and every organisation or bloc named so far.
    private static HashSet<string> WithBodies(IReadOnlySet<string>? exclude, IReadOnlyList<ActorMention> recent, List<ActorMention> mentions)
    {
        var left = exclude is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(exclude, StringComparer.Ordinal);
        foreach (var m in recent.Concat(mentions))
        {
            if (!ActorMention.IsStateCode(m.Code))
            {
                left.Add(m.Code);
            }
        }

        return left;
    }

    // How many modifiers may stand between "the two" and its pair noun ("the two former Soviet republics": 2).
    private const int PairModifierReach = 2;

    // "two" to "five" after "the" or "his": how many parties a pair noun, a bare "the two" or a partner noun ("his two
    // neighbours", PossessedPartners) stands for; 0 for any other word.
    internal static int PartyCount(ReadOnlySpan<char> w) =>
        w.Equals("two", StringComparison.OrdinalIgnoreCase) ? 2 : w.Equals("three", StringComparison.OrdinalIgnoreCase) ? 3
        : w.Equals("four", StringComparison.OrdinalIgnoreCase) ? 4 : w.Equals("five", StringComparison.OrdinalIgnoreCase) ? 5 : 0;

    // "Eritrean President Isaias Afwerki", "Kenya's President William Ruto": a name the office-holder table does not know, right
    // after an office one person holds, belongs to the mention (so that "A's president X and B's president Y" reads as "A and
    // B"). Up to UnknownNameWords words, capitalised or a particle inside the name, that name no state or body; the index after them.
    private int AfterUnknownName(string text, List<Token> tokens, bool[] blocked, int j, MentionContext context, PhraseBuffer buffer, string? titleText)
    {
        if (!MentionContext.IsPersonTitle(titleText))
        {
            return j;
        }

        var k = j;
        while (k < tokens.Count && k - j < UnknownNameWords && !blocked[k] && tokens[k].Kind == TokenKind.Word && tokens[k].In(text) is var w && w.Length > 1
            && !w.Equals("The", StringComparison.Ordinal) && MatchName(text, tokens, blocked, k, context, buffer) is null)
        {
            // "Luiz Inacio Lula da Silva", "Mohammed bin Salman": a lower-case particle inside a name, before its next part.
            if (!char.IsUpper(w[0]) && !(k > j && s_nameParticles.Contains(w) && k + 1 < tokens.Count && tokens[k + 1].In(text) is { Length: > 1 } part && char.IsUpper(part[0])))
            {
                break;
            }

            k++;
        }

        return k;
    }

    // The most words a name after an office may take: "Luiz Inacio Lula da Silva" is five.
    private const int UnknownNameWords = 5;

    // A loop, not a lambda: a lambda over the callers' parameters would allocate their closures at every word they read.
    private static string NameText(string text, List<Token> tokens, int from, int end)
    {
        var words = new string[end - from];
        for (var k = from; k < end; k++)
        {
            words[k - from] = tokens[k].TextIn(text);
        }

        return string.Join(' ', words);
    }

    // "his Turkish and Russian counterparts": each adjective of a list shares the head noun, but only the last one's span runs
    // to it; the earlier ones end at their own name, so that the spans do not overlap and the list reads as "A and B".
    private static int SharedHeadLast(List<(int Start, int End, GazetteerEntry Entry)> coordinated, int start, int end, int headEnd) =>
        start == coordinated[^1].Start ? headEnd - 1 : end - 1;

    // A word that makes "the two" before it a noun phrase of its own: an auxiliary or verb of the pair's list, or a lower-case
    // past form ("the two agreed", "the two signed"); a noun ("the two men") or a number word does not.
    private static bool StartsBarePairVerb(ReadOnlySpan<char> w) =>
        s_pairVerbs.Contains(w) || PhraseGrammar.IsLowerPastForm(w);

    // "The ministers agreed", "The foreign ministers also signed": the index of a plural office noun (a pair-people noun that
    // names an office, not "the men") right after a sentence-opening "the" and its modifiers, followed by the clause's verb; else -1.
    private static int OfficesOpeningTheSentence(string text, List<Token> tokens, int i)
    {
        if (i > 0 && !Dateline.IsClosingDash(tokens[i - 1].In(text)) && !AfterOpeningAdjunct(text, tokens, i))
        {
            return -1;
        }

        var noun = PairNounAfter(text, tokens, i + 1);
        if (noun < 0 || noun + 1 >= tokens.Count || !s_pairPeople.Contains(tokens[noun].In(text)) || s_pairPrivate.Contains(tokens[noun].In(text)))
        {
            return -1;
        }

        var next = tokens[noun + 1].In(text);
        return StartsBarePairVerb(next) || PhraseGrammar.IsSequenceAdverb(next) || next is "have" or "had" or "will" ? noun : -1;
    }

    // "On the sidelines of the meeting, the foreign ministers signed…", "During the visit, the ministers…": "the" right after the
    // comma that closes one adjunct opening the sentence with a joint-opener (mention-words.tsv), the clause's subject as if it
    // opened the sentence.
    private static bool AfterOpeningAdjunct(string text, List<Token> tokens, int i)
    {
        if (i < 3 || tokens[i - 1].In(text) is not "," || !s_jointOpeners.Contains(tokens[0].In(text)))
        {
            return false;
        }

        for (var k = 1; k < i - 1; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly WordSet s_jointOpeners = Words.Lookup("joint-opener");

    // A lower-case past or present verb form ("congratulated", "urges"), not a word that may open a clause of its own.
    private static bool IsVerbBefore(ReadOnlySpan<char> w) =>
        w.Length > 3 && char.IsLower(w[0]) && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("es", StringComparison.Ordinal))
        && w is not ("and" or "but" or "as" or "while" or "said" or "says" or "added" or "noted" or "stated");

    // A person out of office named before any actor of the sentence is its subject: a "he" opening the next sentence is that
    // person (MentionContext.SubjectPerson), not another person the sentence named after the verb.
    private static void NoteOutOfOffice(MentionContext context, List<ActorMention> mentions)
    {
        if (!mentions.Exists(m => !m.IsPlace && !m.IsWeak && m.Kind != MentionKind.Place))
        {
            context.CurrentSubjectOutOfOffice = true;
        }
    }

    // "U.S.", "UK", "E.U.": a name written in capitals and dots only.
    private static bool IsAbbreviation(string text, List<Token> tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            foreach (var c in tokens[k].In(text))
            {
                if (!char.IsUpper(c) && c != '.')
                {
                    return false;
                }
            }
        }

        return true;
    }

    // A state's name inside the name of a sea or gulf: "China Sea", "Sea of Japan", "Gulf of Oman" (capitalised water words).
    private static bool IsWaterBody(string text, List<Token> tokens, int first, int end) =>
        (end < tokens.Count && tokens[end].In(text) is { Length: > 1 } after && char.IsUpper(after[0]) && s_waterWords.Contains(after))
        || (first >= 2 && tokens[first - 1].In(text) is "of" && tokens[first - 2].In(text) is { Length: > 1 } before && char.IsUpper(before[0]) && s_waterWords.Contains(before));

    // The state of the dateline's first place when it is a capital or a city ("ULAANBAATAR", "NEW DELHI", "WASHINGTON/BEIJING").
    private string? DatelineState(string text, List<Token> tokens, int length)
    {
        var words = new List<string>();
        for (var k = 0; k < length && tokens[k].Kind == TokenKind.Word && tokens[k].In(text) is not "/"; k++)
        {
            words.Add(tokens[k].TextIn(text));
        }

        return words.Count > 0 && _reference.Gazetteer.Resolve(string.Join(' ', words)) is { Form: NameForm.Capital or NameForm.Place } place ? place.Code : null;
    }

    // "led by Japan's foreign minister", "headed by Foreign Minister Lavrov": the one state actor that leads a group.
    private (ActorMention Mention, int End)? LedBy(string text, List<Token> tokens, bool[] blocked, int k, DateOnly? date, MentionContext context, PhraseBuffer buffer)
    {
        if (k + 2 >= tokens.Count || tokens[k].In(text) is not ("led" or "headed") || tokens[k + 1].In(text) is not "by")
        {
            return null;
        }

        var inner = new List<ActorMention>();
        var start = tokens[k + 2].In(text) is "the" ? k + 3 : k + 2;
        var end = TryMention(text, tokens, blocked, start, date, context, inner, buffer);
        return end > start && inner.Count == 1 && inner[0] is { IsWeak: false, IsPlace: false, Kind: not MentionKind.Coreference and not MentionKind.Place } m
            && m.Codes.Count == 1 && (m.Role is not { } role || RoleWords.IsStateRole(role))
            ? (m, end)
            : null;
    }

    // "the foreign ministry", "The mining ministry": the index of "the" before an office, over at most two lower-case modifiers.
    private static int? DefiniteStart(string text, List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            var w = tokens[k].In(text);
            if (w is "the" or "The")
            {
                return k;
            }

            if (tokens[k].Kind != TokenKind.Word || !char.IsLower(w[0]) || !IsLettersOnly(w, allowHyphen: false))
            {
                return null;
            }
        }

        return null;
    }

    // "a team of Chinese police officers" (one acting group of a state after "of"), "A team from the IAEA" (opening the sentence).
    private (ActorMention Mention, int End)? Team(string text, List<Token> tokens, bool[] blocked, int i, DateOnly? date, MentionContext context, PhraseBuffer buffer)
    {
        var link = tokens[i + 1].In(text);
        if (link is "from" && OpensSubject(text, tokens, i) && From(text, tokens, blocked, i + 2, date, context, buffer) is { } from)
        {
            return (new ActorMention(i, from.End - 1, [from.Code], null, MentionKind.Name, false,
                from.End < tokens.Count && tokens[from.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)), from.End);
        }

        if (link is not "of")
        {
            return null;
        }

        var inner = new List<ActorMention>();
        var start = i + 2;
        var end = TryMention(text, tokens, blocked, start, date, context, inner, buffer);
        return end > start && inner.Count == 1 && inner[0] is { IsWeak: false, IsPlace: false, Kind: MentionKind.Adjective or MentionKind.Name } m
            && m.Codes.Count == 1 && m.Role is { } role && RoleWords.IsStateRole(role)
            ? (m with { First = i }, end)
            : null;
    }

    // Only punctuation, an article or a number before token i: "Troops from…", "A delegation from…", "200 soldiers from…".
    private static bool OpensSubject(string text, List<Token> tokens, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && !Determiners.IsArticleMaybeCapitalised(tokens[k].In(text)))
            {
                return false;
            }
        }

        return true;
    }

    // Only punctuation (a quote, a dash) before token i: it opens its sentence.
    private static bool OpensSentence(string text, List<Token> tokens, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    // The state after "from" ("a delegation from Japan", "troops from Xinjiang's military district"): a state, a capital or a
    // place's own office; a place alone ("refugees from Crimea") says where someone comes from, not whose they are.
    private (int End, string Code, bool Place)? From(string text, List<Token> tokens, bool[] blocked, int k, DateOnly? date, MentionContext context, PhraseBuffer buffer)
    {
        if (k < tokens.Count && tokens[k].In(text) is "the")
        {
            k++;
        }

        // "A delegation from the" cut off at the end of the text names no state.
        if (k >= tokens.Count)
        {
            return null;
        }

        var inner = new List<ActorMention>();
        var end = TryMention(text, tokens, blocked, k, date, context, inner, buffer);
        if (end <= k || inner.Count != 1 || inner[0] is not { } m || m.Kind is MentionKind.Place or MentionKind.Coreference or MentionKind.Adjective || m.Codes.Count != 1
            || (m.Role is { } role && !RoleWords.IsStateRole(role)))
        {
            return null;
        }

        return (end, m.Code, _reference.Gazetteer.TryResolve(tokens[k].In(text), out var first) && first.Form == NameForm.Place);
    }

    private (int End, GazetteerEntry Entry)? MatchName(string text, List<Token> tokens, bool[] blocked, int i, MentionContext context, PhraseBuffer buffer)
    {
        // Names start with a capital and with a word some name starts with: most tokens are rejected here. Once the document has
        // acronyms, a word may also start one of them, or be "The" before a name (which the loop below reads only then).
        if (i >= tokens.Count || tokens[i].Kind != TokenKind.Word || blocked[i] || !char.IsUpper(text[tokens[i].Start])
            || !(_reference.Gazetteer.MayStart(tokens[i].In(text))
                 || (context.Acronyms.Count > 0 && (context.MayStartAcronym(tokens[i].In(text)) || NameReach(text, tokens, i) > 0))))
        {
            return null;
        }

        // Only as many tokens as the longest name starting with this word ("The" + a name counts one more): on real prose most
        // candidates are one common capitalised word, and trying every length up to the longest name of all cost a dozen
        // dictionary lookups each. The document's acronyms keep the full reach.
        var gazetteerReach = NameReach(text, tokens, i);
        for (var n = Math.Min(context.Acronyms.Count > 0 ? AcronymReach(tokens, i, gazetteerReach) : gazetteerReach, tokens.Count - i); n >= 1; n--)
        {
            if (!buffer.Build(text, tokens, blocked, i, n))
            {
                continue;
            }

            if (context.TryAcronym(buffer.Span, out var code))
            {
                return (i + n, new GazetteerEntry(code, NameForm.Code));
            }

            if (n <= gazetteerReach && _reference.Gazetteer.TryResolve(buffer.Span, out var entry))
            {
                return (i + n, entry);
            }
        }

        return null;
    }

    // How far a lookup from token i goes once the document has acronyms: as far as before (the longest name of all), but an
    // acronym is one token of capitals, digits and hyphens (LearnAcronyms), with no space in it, so only a run of tokens that
    // touch can spell one; past the gazetteer's reach and that run nothing can match, and the old loop tried up to a dozen
    // lengths at every capitalised word of a document with an acronym.
    private int AcronymReach(List<Token> tokens, int i, int gazetteerReach)
    {
        var max = _reference.Gazetteer.MaxTokens;
        var touching = 1;
        while (touching < max && i + touching < tokens.Count && tokens[i + touching].Start == tokens[i + touching - 1].End)
        {
            touching++;
        }

        return Math.Min(max, Math.Max(gazetteerReach, touching));
    }

    // The most tokens a gazetteer name read from token i can take: the longest name starting with its word, or, after "The"
    // (which the gazetteer drops), one more than the longest starting with the next word.
    private int NameReach(string text, List<Token> tokens, int i)
    {
        var reach = _reference.Gazetteer.MaxTokensFrom(tokens[i].In(text));
        if (i + 1 < tokens.Count && tokens[i].In(text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            reach = Math.Max(reach, 1 + _reference.Gazetteer.MaxTokensFrom(tokens[i + 1].In(text)));
        }

        return reach;
    }

    private static (int End, ActorRole Role)? MatchRole(string text, List<Token> tokens, int i, PhraseBuffer buffer)
    {
        if (i >= tokens.Count || !RoleWords.MayStart(tokens[i].In(text)))
        {
            return null;
        }

        for (var n = Math.Min(RoleWords.MaxWords, tokens.Count - i); n >= 1; n--)
        {
            if (buffer.Build(text, tokens, null, i, n) && RoleWords.TryGet(buffer.Span, out var role))
            {
                return (i + n, role);
            }
        }

        return null;
    }

    // A hyphen attached to the token at k, then "and", "or" or a comma: "Russian- and", "Qatari-, Egyptian-".
    private static bool IsSuspendedHead(string text, List<Token> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k + 1].In(text) is "-" && tokens[k + 1].Start == tokens[k].End
        && tokens[k + 2].In(text) is "and" or "or" or ",";

    private (int End, string Name)? MatchPerson(string text, List<Token> tokens, bool[] blocked, int i, PhraseBuffer buffer)
    {
        if (i >= tokens.Count || tokens[i].Kind != TokenKind.Word || !char.IsUpper(tokens[i].In(text)[0])
            || !(_people.MayStart(tokens[i].In(text)) || tokens[i].In(text).ContainsAnyExceptInRange('\0', '\u007F')))
        {
            return null;
        }

        for (var n = Math.Min(_people.MaxWords, tokens.Count - i); n >= 1; n--)
        {
            if (!buffer.Build(text, tokens, blocked, i, n))
            {
                continue;
            }

            var span = buffer.Span;
            if (span.ContainsAnyExceptInRange('\0', '\u007F'))
            {
                // Diacritics: "Batmönkh" is indexed as "Batmonkh".
                var folded = OfficeHolderIndex.Fold(span.ToString());
                if (_people.IsKnownName(folded))
                {
                    return (i + n, folded);
                }
            }
            else if (_people.IsKnownName(span))
            {
                // "Ferdinand Marcos Jr.": a generational suffix the table writes with the name is part of it; any other
                // ("Ferdinand Marcos Sr" beside the son's "Ferdinand Marcos") names someone else, as another name would.
                if (SuffixedName(text, tokens, i + n, span) is { } suffixed)
                {
                    return (i + n + 1, suffixed);
                }

                return ContinuesAsAnotherName(text, tokens, i + n) || (n == 1 && FollowsAnotherGivenName(text, tokens, i, span)) ? null : (i + n, span.ToString());
            }
        }

        return null;
    }

    // "Sergei Volkov" is not "Sergei" of the table: a known name with a further capitalised word that is no place, office,
    // weekday or month after it is part of an unknown person's name (the longer name was tried first and is not in the table).
    private bool ContinuesAsAnotherName(string text, List<Token> tokens, int k)
    {
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word || tokens[k].Start != tokens[k - 1].End + 1)
        {
            return false;
        }

        var w = tokens[k].In(text);
        return w.Length > 1 && char.IsUpper(w[0]) && char.IsLower(w[1]) && IsLettersOnly(w, allowHyphen: true)
            && !_reference.Gazetteer.MayStart(w) && !RoleWords.MayStart(w) && !s_calendarWords.Contains(w);
    }

    private static readonly WordSet s_calendarWords = Words.Lookup("calendar");
    private static readonly WordSet s_honorifics = Words.Lookup("honorific");

    // "Jill Biden", "Hunter Biden", "Ivanka Trump": a surname of the table right after a capitalised given name that is no place,
    // office, honorific, weekday or month, and that begins otherwise than every given name the table has for that surname, is a
    // relative or a namesake, not the office-holder. A spelling of the holder's own name ("Sergey Lavrov" for "Sergei") keeps
    // its first two letters. A word that opens a sentence or follows a dash, quote or colon may be any capitalised word ("The
    // Biden administration", "Meanwhile Biden said"), so the given name must follow a word or a comma ("his son Hunter Biden").
    private bool FollowsAnotherGivenName(string text, List<Token> tokens, int i, ReadOnlySpan<char> surname)
    {
        if (i < 2 || tokens[i - 1].Kind != TokenKind.Word || tokens[i].Start != tokens[i - 1].End + 1
            || !(tokens[i - 2].Kind == TokenKind.Word || tokens[i - 2].In(text) is ","))
        {
            return false;
        }

        var given = tokens[i - 1].In(text);
        if (given.Length < 2 || !char.IsUpper(given[0]) || !char.IsLower(given[1]) || !IsLettersOnly(given, allowHyphen: true)
            || _reference.Gazetteer.MayStart(given) || RoleWords.MayStart(given) || s_calendarWords.Contains(given) || s_honorifics.Contains(given))
        {
            return false;
        }

        foreach (var term in _people.TermsOf(surname))
        {
            if (term.Name.AsSpan().StartsWith(given[..2], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    // The table's name for a known name with the capitalised "Jr" or "Sr" at k after it (mention-words.tsv, name-suffix), written
    // with or without its period; null when k holds no suffix or the table knows no one of the suffixed name.
    private string? SuffixedName(string text, List<Token> tokens, int k, ReadOnlySpan<char> name)
    {
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word || !char.IsUpper(text[tokens[k].Start]) || !s_nameSuffixes.Contains(tokens[k].In(text)))
        {
            return null;
        }

        var bare = string.Concat(name, " ", tokens[k].In(text));
        return _people.IsKnownName(bare + ".") ? bare + "." : _people.IsKnownName(bare) ? bare : null;
    }

    // Whether token k is a word that starts with a capital letter.
    private static bool StartsCapitalised(string text, List<Token> tokens, int k) =>
        k < tokens.Count && tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start]);

    // Whether a word is letters only (and hyphens, in a name's "Nyam-Osor"), read in place: it is asked of many tokens.
    private static bool IsLettersOnly(ReadOnlySpan<char> w, bool allowHyphen)
    {
        foreach (var c in w)
        {
            if (!char.IsLetter(c) && !(allowHyphen && c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    // "the Shanghai Cooperation Organization (SCO)": the acronym names the same actor for the rest of the document.
    private static void LearnAcronyms(string text, List<Token> tokens, List<ActorMention> mentions, MentionContext context)
    {
        foreach (var m in mentions)
        {
            var k = m.Last + 1;
            if (k + 2 < tokens.Count && tokens[k].In(text) is "(" && tokens[k + 2].In(text) is ")" && tokens[k + 1].In(text).Length is >= 2 and <= 8)
            {
                var acronym = tokens[k + 1].TextIn(text);
                if (acronym.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-'))
                {
                    context.LearnAcronym(acronym, m.Code);
                }
            }
        }
    }
    private static bool IsOnePerson(ActorMention m) =>
        m.Role is ActorRole.ForeignMinistry or ActorRole.HeadOfState or ActorRole.HeadOfGovernment || m.Kind == MentionKind.Person
        || (MentionContext.IsPersonTitle(m.Title) && !m.IsPlace && m.Codes.Count == 1);

    /// <summary>
    /// "Yoon arrived in Tokyo, and Kishida warmly welcomed him": when a person ends one or two words before the verb that
    /// governs "him" at <paramref name="at"/>, that person is the verb's subject, and "him" is the person of another state
    /// named before in the sentence. Null when no person stands right before the verb or none of another state was named.
    /// "held talks with Kishida, who welcomed him at the palace": the person a relative "who" follows is the subject of its
    /// verb, so "him" is another, as a pronoun object never names its own clause's subject.
    /// </summary>
    private static ActorMention? ObjectPronounOther(string text, List<Token> tokens, int at, List<ActorMention> mentions)
    {
        var subject = mentions.LastOrDefault(IsOnePerson);
        var relative = subject is not null && subject.Last + 2 < at && tokens[subject.Last + 1].In(text) is "," && tokens[subject.Last + 2].In(text) is "who";
        var from = relative ? subject!.Last + 3 : subject?.Last + 1;
        if (subject is null || subject.Last >= at || at - from > 2)
        {
            return null;
        }

        for (var k = from!.Value; k < at; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].In(text) is "and" or "or" or "to" or "of" or "with" or "by")
            {
                return null;
            }
        }

        // After "who" the other is a person named as one, never a seat of power ("Johnson, who left Downing Street, met Zelenskiy,
        // who thanked him": Downing Street is not the one thanked).
        return mentions.LastOrDefault(m => m != subject && m.Last < subject.First && m.Code != subject.Code && IsOnePerson(m) && !(relative && (m.IsPlace || m.Kind == MentionKind.Capital)));
    }
}
