using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// References back, fixed groups and seats of power, and bodies named by their kind: the readers TryMention tries
/// first, before any name is looked up.
/// </summary>
public sealed partial class MentionFinder
{
    // "the two countries", "he", "the country's prime minister": a reference back to an actor named before (Coreference), with the
    // office after it when the reference is possessive.
    private int? ReferenceBack(in MentionSite at)
    {
        var (text, tokens, _, i, _, context, mentions, buffer) = at;
        if (Coreference(text, tokens, i, context, mentions) is not { } coref)
        {
            return null;
        }

        // "the country's prime minister", "the kingdom's foreign minister": the state named before, with the office after it.
        if ((OfficeAfterAnaphor(text, tokens, i, coref, buffer) ?? OfficeAfterPronoun(text, tokens, i, coref, buffer)) is { } anaphorOffice)
        {
            mentions.Add(anaphorOffice.Mention);
            return anaphorOffice.End;
        }

        mentions.Add(coref.Mention);
        return coref.End;
    }

    // A fixed group of states ("the three Baltic states") or a seat of power ("the Kremlin"): names of no single state entry.
    private int? GroupOrSeat(in MentionSite at, bool former)
    {
        var (text, tokens, blocked, i, date, _, mentions, buffer) = at;
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

        return null;
    }

    // A body named by its kind after its name was given ("the agency", "the company") or a team made of a state's people.
    private int? BodyByItsKind(in MentionSite at)
    {
        var (text, tokens, blocked, i, date, context, mentions, buffer) = at;
        // "the agency's chief" after the IAEA, "the bloc" after the SCO, "the South" after the two Koreas (BodyReferences);
        // "the company" after the firm named last (FirmReferences).
        if ((BodyReferences.Organisation(text, tokens, i, _reference, context, mentions) ?? BodyReferences.Compass(text, tokens, i, _reference, context, mentions)
            ?? BodyReferences.Several(text, tokens, i, _reference, context, mentions) ?? FirmReferences.Firm(text, tokens, i, context, mentions)) is { } unnamed)
        {
            mentions.Add(unnamed.Mention);
            return unnamed.End;
        }

        // "a team of Chinese police officers", "A team from the IAEA": the group is the state or body of those it is made of.
        if (BodyReferences.IsTeamNoun(tokens[i].In(text)) && i + 2 < tokens.Count && Team(text, tokens, blocked, i, date, context, buffer) is { } team)
        {
            mentions.Add(team.Mention);
            return team.End;
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
}
