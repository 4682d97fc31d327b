using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// An office with no state before it: whose it is comes after it ("the leaders of A and B", "a delegation from Japan",
/// "led by"), from the story ("the minister", the dateline's state), or from a name no table knows.
/// </summary>
public sealed partial class MentionFinder
{
    // An office with no state before it and no person the table knows after it, at j after the office: whose office it is
    // comes after it ("of", "from", "led by"), from the story ("the minister" named before, the dateline's state, a group "in"
    // a place), or from a name no table knows ("President NAME of COUNTRY"). The index after the mention, else null.
    private int? OfficeWithoutState(in MentionSite at, (int End, ActorRole Role) office, string? titleText, int j, bool former) =>
        OfficeOfWhatFollows(at, office, titleText, j) ?? OfficeOfTheStory(at, office, titleText, j) ?? OfficeOfUnknownHolder(at, office, titleText, j, former);

    // "the foreign ministers of Kazakhstan and Uzbekistan", "the commander of the Russian navy", "A delegation from Japan", "a
    // delegation led by Ethiopia's foreign minister": the owner after the office.
    private int? OfficeOfWhatFollows(in MentionSite at, (int End, ActorRole Role) office, string? titleText, int j)
    {
        var (text, tokens, blocked, i, date, context, mentions, buffer) = at;
        if (j + 1 < tokens.Count && tokens[j].In(text).Equals("of", StringComparison.Ordinal)
            && OwnerList(text, tokens, blocked, j + 1, context, buffer) is { Count: > 0 } owners)
        {
            // "the foreign ministers of Kazakhstan and Uzbekistan", "the leaders of A, B and C"; "11 citizens of Uzbekistan"
            // are what an act is aimed at, never who acts.
            foreach (var (first, last, code, form) in owners)
            {
                // "the government of Gyeonggi province" is a province's office: its state's government, not its head.
                mentions.Add(new ActorMention(first, last, [code], form == NameForm.Place ? PlaceOfficeRole(office.Role) : office.Role, MentionKind.Name, false, false)
                    { IsWeak = !RoleWords.IsStateRole(office.Role), Title = titleText });
            }

            return owners[^1].Last + 1;
        }

        if (j + 1 < tokens.Count && tokens[j].In(text).Equals("of", StringComparison.Ordinal)
            && OfficeOfBody(text, tokens, blocked, j + 1, date, context, buffer) is { } ownerBody)
        {
            // "the General Staff of the Mongolian Armed Forces", "the commander of the Russian navy": the office of a state's body
            // is that state's, with the office's role.
            mentions.Add(new ActorMention(i, ownerBody.End - 1, [ownerBody.Code], office.Role, MentionKind.Name, false,
                ownerBody.End < tokens.Count && tokens[ownerBody.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)) { Title = titleText });
            return ownerBody.End;
        }

        if (j + 1 < tokens.Count && tokens[j].In(text).Equals("from", StringComparison.Ordinal)
            && OpensSubject(text, tokens, i) && From(text, tokens, blocked, j + 1, date, context, buffer) is { } from)
        {
            // "Troops from Xinjiang's military district held…", "A delegation from Japan met…": a group opening the sentence is the
            // state's. After a verb, "from" belongs to the verb: "recalled its ambassador from Paris", "withdrew troops from Syria".
            mentions.Add(new ActorMention(i, from.End - 1, [from.Code], from.Place ? PlaceOfficeRole(office.Role) : office.Role, MentionKind.Name, false,
                from.End < tokens.Count && tokens[from.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase))
                { IsWeak = !RoleWords.IsStateRole(office.Role), Title = titleText });
            return from.End;
        }

        if (s_ledGroups.Contains(tokens[j - 1].In(text)) && LedBy(text, tokens, blocked, j, date, context, buffer) is { } leader)
        {
            // "hosted a delegation led by Ethiopia's foreign minister": the delegation is the state of whoever leads it.
            mentions.Add(leader.Mention with { First = i });
            return leader.End;
        }

        return null;
    }

    // "the foreign minister" after "Foreign Minister Wang Yi", "The foreign ministry" in a story filed from a capital, "protesters
    // in Tbilisi": an office whose holder or state the story has given.
    private int? OfficeOfTheStory(in MentionSite at, (int End, ActorRole Role) office, string? titleText, int j)
    {
        var (text, tokens, blocked, i, _, context, mentions, buffer) = at;
        if (i > 0 && (tokens[i - 1].In(text) is "the" or "The" || (i > 1 && tokens[i - 1].In(text) is "visiting" && tokens[i - 2].In(text) is "the" or "The"))
            && context.LastHolder(mentions, titleText!, office.Role) is { } holder
            && !(j < tokens.Count && tokens[j].In(text) is "of"))
        {
            // "the secretary of state", "the foreign minister", "the minister" after "Foreign Minister Wang Yi": the office-holder named before;
            // "the visiting minister" too, the guest a host receives.
            mentions.Add(new ActorMention(i - 1, j - 1, [holder.Code], holder.Role ?? office.Role, MentionKind.Coreference, false, j < tokens.Count && tokens[j].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase))
                { PersonName = holder.PersonName, Title = holder.Title });
            return j;
        }

        if (RoleWords.IsStateRole(office.Role) && BodyReferences.IsHomeBody(titleText)
            && !(j < tokens.Count && tokens[j].In(text) is "of") && DefiniteStart(text, tokens, i) is { } article
            && (BodyReferences.HomeState(context, mentions) ?? BodyReferences.SubjectsForce(context, mentions, office.Role, article)) is { } home)
        {
            // "ISLAMABAD, … - Pakistan's parliament … The foreign ministry summoned…", "The mining ministry suspended…": a body named
            // with no state in a story filed from a state's capital is that state's, once the story has named it acting.
            mentions.Add(new ActorMention(article, j - 1, [home], office.Role, MentionKind.Name, false, j < tokens.Count && tokens[j].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase))
                { Title = titleText });
            return j;
        }

        if ((RoleWords.IsLocatedGroup(office.Role) || BodyReferences.IsLocatedOfficials(titleText))
            && j + 1 < tokens.Count && tokens[j].In(text).Equals("in", StringComparison.Ordinal)
            && MatchName(text, tokens, blocked, j + 1, context, buffer) is { } where && where.Entry.Form is NameForm.Name or NameForm.Capital or NameForm.Place)
        {
            // "protesters in Tbilisi", "rebels in Sudan": the group takes the country of the place named right after it.
            mentions.Add(new ActorMention(i, where.End - 1, [where.Entry.Code], office.Role, MentionKind.Name, false,
                where.End < tokens.Count && tokens[where.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)) { Title = titleText });
            return where.End;
        }

        return null;
    }

    // "President NAME of COUNTRY" for people the table does not know; "NAIROBI, … - Interior Minister Joseph Kiprono accused…":
    // a one-person office with a full name no table knows, in a story filed from a state's capital, before any other state of
    // the sentence, is that state's official.
    private int? OfficeOfUnknownHolder(in MentionSite at, (int End, ActorRole Role) office, string? titleText, int j, bool former)
    {
        var (text, tokens, blocked, i, _, context, mentions, buffer) = at;
        var k = j;
        while (k < tokens.Count && k - j < 3 && tokens[k].Kind == TokenKind.Word && char.IsUpper(tokens[k].In(text)[0]) && MatchName(text, tokens, blocked, k, context, buffer) is null)
        {
            k++;
        }

        if (k + 1 < tokens.Count && tokens[k].In(text).Equals("of", StringComparison.Ordinal) && MatchName(text, tokens, blocked, k + 1, context, buffer) is { } of && of.Entry.Form != NameForm.Adjective)
        {
            mentions.Add(new ActorMention(i, of.End - 1, [of.Entry.Code], office.Role, MentionKind.Person, false, false));
            return of.End;
        }

        if (k - j >= 2 && !former && context.DatelineState is { } filedFrom && MentionContext.IsPersonTitle(titleText) && RoleWords.IsStateRole(office.Role)
            && !mentions.Any(m => !m.IsPlace && !m.IsWeak) && !(k < tokens.Count && tokens[k].In(text) is "of" or "'s"))
        {
            var name = NameText(text, tokens, j, k);
            mentions.Add(new ActorMention(i, k - 1, [filedFrom], office.Role, MentionKind.Person, false, false) { PersonName = name, Title = titleText });
            return k;
        }

        return null;
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

    // The state after "from" ("a delegation from Japan", "troops from Xinjiang's military district"): a state, a capital or a
    // place's own office; a place alone ("refugees from Crimea") says where someone comes from, not whose they are.
    private (int End, string Code, bool Place)? From(string text, List<Token> tokens, bool[] blocked, int k, DateOnly? date, MentionContext context, PhraseBuffer buffer)
    {
        if (OneMentionAfter(text, tokens, blocked, k, date, context, buffer) is not var (end, m)
            || m.Kind is MentionKind.Place or MentionKind.Coreference or MentionKind.Adjective || m.Codes.Count != 1
            || (m.Role is { } role && !RoleWords.IsStateRole(role)))
        {
            return null;
        }

        return (end, m.Code, _reference.Gazetteer.TryResolve(tokens[k].In(text), out var first) && first.Form == NameForm.Place);
    }

    // A province's or a city's office acts for its state as government, unless it is an armed or police body.
    private static ActorRole PlaceOfficeRole(ActorRole role) =>
        role is ActorRole.Military or ActorRole.Police or ActorRole.Legislature or ActorRole.Business or ActorRole.Media or ActorRole.CivilSociety ? role : ActorRole.Government;
}
