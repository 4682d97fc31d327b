using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// The phrase of a name, an office and a person, "[state or adjective] ['s] [title] [person] [of STATE]": the state's
/// name and what it owns before any office (sports bodies, organs, envoys, firms, named bodies), and the office after it.
/// </summary>
public sealed partial class MentionFinder
{
    // Optional pieces in order: [state or adjective] ['s] [title] [person] [of STATE]. Each step below reads one of them or
    // ends the phrase with the mention the pieces read so far make.
    private int NamedPhrase(in MentionSite at, bool former)
    {
        var (text, tokens, blocked, i, date, context, mentions, buffer) = at;
        var state = MatchName(text, tokens, blocked, i, context, buffer);
        if (NameOfNoActor(at, state) is { } skipped)
        {
            return skipped;
        }

        if (!former && SurnameOfNamedPerson(at, state) is { } surnameEnd)
        {
            return surnameEnd;
        }

        var j = i;
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

        var possessive = j < tokens.Count && tokens[j].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
        var afterName = possessive ? j + 1 : j;
        if (possessive && !former && state is not null && PastOfficeEnd(at, afterName) is { } pastEnd)
        {
            return pastEnd;
        }

        if (state is { } owner && StatesOwn(at, owner, possessive, former, ref afterName) is { } ownEnd)
        {
            return ownEnd;
        }

        var title = OfficeAfterName(at, state, possessive, ref afterName);
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
        else if (title is { } office && state is null && OfficeWithoutState(at, office, titleText, j, former) is { } officeEnd)
        {
            return officeEnd;
        }

        var isPossessive = j < tokens.Count && tokens[j].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);

        // A known name out of office at the date, whom the text itself gives a state and an office ("Israeli opposition leader Yair
        // Lapid", "Hamas leader Ismail Haniyeh"), is read as that office of that state, like a name the table does not know.
        if (person is { } found && !(title is not null && state is not null && date is not null && _people.Resolve(found.Name, date) is null))
        {
            return PersonMention(at, found.Name, state, title, titleText, personStart, j, isPossessive, former);
        }

        if (title is { } titled && state is { } holder)
        {
            return former ? j : StateOffice(at, holder, titled, titleText, j, isPossessive);
        }

        if (state is null && !former && context.Names.Match(text, tokens, j) is { } known)
        {
            // "Kim" after "North Korean leader Kim Jong Un", "President Kim": the person the document named in full.
            var (knownEnd, who) = known;
            mentions.Add(new ActorMention(i, knownEnd - 1, who.Codes, title?.Role ?? who.Role, MentionKind.Person, false,
                knownEnd < tokens.Count && tokens[knownEnd].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)) { PersonName = who.PersonName, Title = titleText ?? who.Title });
            return knownEnd;
        }

        return state is { } named ? NameAlone(at, named, possessive, former) : i;
    }

    // "Hague and Bold held talks" after "British Foreign Secretary William Hague": a capital's one-word name that is the last word
    // of a person the document named in full stands for that person, not the city ("The Hague" keeps its article and its city).
    // The index after the name, else null.
    private static int? SurnameOfNamedPerson(in MentionSite at, (int End, GazetteerEntry Entry)? state)
    {
        var (text, tokens, _, i, _, context, mentions, _) = at;
        if (state is not { Entry.Form: NameForm.Capital } capital || capital.End != i + 1
            || (i > 0 && Determiners.IsArticleMaybeCapitalised(tokens[i - 1].In(text)))
            || context.Names.Match(text, tokens, i) is not { } known || known.Person.PersonName is not { } name
            || !name.EndsWith(" " + tokens[i].TextIn(text), StringComparison.Ordinal))
        {
            return null;
        }

        var (end, who) = known;
        var possessive = end < tokens.Count && tokens[end].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
        mentions.Add(new ActorMention(i, end - 1, who.Codes, who.Role, MentionKind.Person, false, possessive) { PersonName = name, Title = who.Title });
        return end;
    }

    // A name at the phrase's start that names no actor here, though the gazetteer knows it: a given name that is also a state's
    // or a capital's, a side in sport; the index after it, else null.
    private int? NameOfNoActor(in MentionSite at, (int End, GazetteerEntry Entry)? state)
    {
        var (text, tokens, blocked, i, _, _, _, buffer) = at;
        // "Sofia Petrova said", "Jordan Bardella said": a state's or capital's name that is also a given name, right before a
        // capitalised word that starts no place, office, weekday or month, is a person's name ("Georgia Prime Minister" and
        // "Jordan King Abdullah" stay states). A person the office-holder table knows ("Israel Katz") is read as before, and so
        // is a headline in title case, where a third capitalised word follows ("Jordan Condemns Israeli Strike").
        if (state is { Entry.Form: NameForm.Name or NameForm.Capital } given && given.End == i + 1 && PlaceGivenNames.Contains(tokens[i].In(text))
            && ContinuesAsAnotherName(text, tokens, given.End) && !StartsCapitalised(text, tokens, given.End + 1)
            && MatchPerson(text, tokens, blocked, i, buffer) is null)
        {
            return given.End;
        }

        // "seven Latin American governments", "Central Asian leaders": a region's adjective before an office is no state's, as it is
        // before any other noun (NameAlone); read here, before the office makes it that state's government.
        if (state is { Entry.Form: NameForm.Adjective or NameForm.Demonym } regional && i > 0 && s_regionPrefixes.Contains(tokens[i - 1].In(text))
            && char.IsUpper(tokens[i - 1].In(text)[0]))
        {
            return regional.End;
        }

        // "refused to play bilateral series against Pakistan", "a friendly match against Japan": a side in sport, no state.
        if (state is { } opponent && IsSportOpponent(text, tokens, i))
        {
            return opponent.End;
        }

        return null;
    }

    // "Japan's former prime minister", "Brazil's onetime foreign minister (Celso Amorim)": an office the state gave and the person
    // holds no more (past-office of mention-words.tsv before an office whose last word is a person-title). A former office-holder
    // does not stand for the state (the corpus README), so the phrase, with the holder's name after it, names no actor, as "the
    // former Japanese prime minister" names none. A body the state once had ("Taiwan's former embassy") is no person and keeps
    // its owner. The index after the phrase, else null.
    private int? PastOfficeEnd(in MentionSite at, int afterName)
    {
        var (text, tokens, blocked, _, _, _, _, buffer) = at;
        if (afterName + 1 >= tokens.Count || !s_pastOffice.Contains(tokens[afterName].In(text)))
        {
            return null;
        }

        var k = afterName + 1;
        while (k < tokens.Count && s_titleModifiers.Contains(tokens[k].In(text)) && MatchRole(text, tokens, k, buffer) is null)
        {
            k++;
        }

        if (MatchRole(text, tokens, k, buffer) is not { } office || !s_personTitles.Contains(tokens[office.End - 1].In(text)))
        {
            return null;
        }

        return MatchPerson(text, tokens, blocked, office.End, buffer) is { } holder ? holder.End : office.End;
    }

    // What a state's name opens before any office: a sports body, an organisation's organ, possessives coordinated before one
    // office, an envoy, a firm the state owns, a body under its own name. Steps over the modifiers before an office
    // ("Turkey's top general") in afterName. The index after the phrase read, else null.
    private int? StatesOwn(in MentionSite at, (int End, GazetteerEntry Entry) state, bool possessive, bool former, ref int afterName)
    {
        var (text, tokens, blocked, i, _, context, mentions, buffer) = at;
        var j = state.End;
        // "the Pakistan Cricket Board", "Mongolia's national football team": a sports body is no state actor, whatever it does.
        if (SportsBodyEnd(text, tokens, j) is { } sportsEnd)
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

        // "Russia's U.N. ambassador", "Iran's mission to the United Nations": the state's envoy, not the organisation (Envoys).
        if (possessive && !former && state is { Entry.Form: NameForm.Name or NameForm.Capital } sender
            && EnvoyOfState(text, tokens, blocked, i, afterName, sender.Entry.Code, context, buffer) is { } envoy)
        {
            mentions.Add(envoy.Mention);
            return envoy.End;
        }

        // "the Taliban administration's acting foreign minister"
        // "Turkey's top general": a modifier that opens an office of its own ("top general", "deputy foreign minister") stays in it.
        while (afterName < tokens.Count && s_titleModifiers.Contains(tokens[afterName].In(text)) && MatchRole(text, tokens, afterName, buffer) is null)
        {
            afterName++;
        }

        return possessive ? OwnedFirmOrBody(at, state, former, afterName) : null;
    }

    // After "STATE's" and its modifiers: a firm the state owns, or one of its bodies under the body's own name.
    private int? OwnedFirmOrBody(in MentionSite at, (int End, GazetteerEntry Entry) state, bool former, int afterName)
    {
        var (text, tokens, blocked, i, _, context, mentions, buffer) = at;
        // "Uzbekistan's state-owned Uzbekneftegaz": a firm the state owns acts for it, as business.
        if (state is { Entry.Form: NameForm.Name or NameForm.Capital } owned && afterName + 1 < tokens.Count
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
        // or a name the tables know that covers the whole ("Russia's Foreign Ministry", "Russia's Federal Security Service") keeps its entry,
        // unless that name is an organisation's ("Russia's Security Council" is Russia's own council, not the U.N.'s: NationalBodies).
        if (!former && state is { Entry.Form: NameForm.Name or NameForm.Capital } bodyOwner && _reference.FindCountry(bodyOwner.Entry.Code) is not null
            && NamedStateBodies.Read(text, tokens, afterName) is { } namedBody && !(MatchRole(text, tokens, afterName, buffer) is { } bodyOffice && bodyOffice.End >= namedBody.End)
            && !(MatchName(text, tokens, blocked, afterName, context, buffer) is { } knownName && knownName.End >= namedBody.End
                && !NationalBodies.IsStatesOwn(text, tokens, afterName, knownName.Entry.Code, _reference)))
        {
            mentions.Add(new ActorMention(i, namedBody.End - 1, [bodyOwner.Entry.Code], namedBody.Role, MentionKind.Name, false,
                namedBody.End < tokens.Count && tokens[namedBody.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)));
            return namedBody.End;
        }

        return null;
    }

    // The office after the name and its "'s" (MatchRole), or after an abbreviated name used as an adjective and one lower-case
    // modifier ("U.S. trade officials"), when afterName moves past the modifier.
    private (int End, ActorRole Role)? OfficeAfterName(in MentionSite at, (int End, GazetteerEntry Entry)? state, bool possessive, ref int afterName)
    {
        var (text, tokens, _, i, _, _, _, buffer) = at;
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

        return title;
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

    // "the prime minister met his Iranian counterpart": a counterpart holds the office of the one whose counterpart it is.
    private static ActorRole CounterpartRole(string? title, int i, List<ActorMention> mentions, ActorRole role) =>
        title is "counterpart" or "counterparts" && mentions.Count > 0 && mentions[^1].Last == i - 1
            && mentions[^1] is { Kind: MentionKind.Coreference, IsPossessive: true, Role: { } theirs } ? theirs : role;

    // The office as written, lower case: "foreign minister" (for "the minister" later). Joined by NameText, without the Skip,
    // Take and Select iterators that were allocated at every office read.
    private static string TitleText(string text, List<Token> tokens, int first, int end) =>
        NameText(text, tokens, first, end).ToLowerInvariant();
}
