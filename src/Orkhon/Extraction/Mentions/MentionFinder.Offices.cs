using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// The forms wire copy uses around a state's offices: an office after "the country's" or "his", a seat of power
/// (<see cref="SeatsOfPower"/>), an office of a state's body ("the General Staff of the Mongolian Armed Forces") and a state
/// that leads or installed a force ("the Saudi-led coalition", "Russian-installed officials").
/// </summary>
public sealed partial class MentionFinder
{
    // "the country's prime minister", "The kingdom's foreign ministry": a state anaphor ("the country") with "'s" and an office
    // after it is that state's office, with the office's role.
    private static (ActorMention Mention, int End)? OfficeAfterAnaphor(string text, List<Token> tokens, int i, (ActorMention Mention, int End) coref, PhraseBuffer buffer)
    {
        var k = coref.End;
        // "the Pacific nation's cabinet": describing words may stand before the noun (DescribedState).
        if (coref.Mention.Codes.Count != 1 || !tokens[i].In(text).Equals("the", StringComparison.OrdinalIgnoreCase) || k - i < 2
            || !s_stateAnaphors.Contains(tokens[k - 1].In(text)) || k + 1 >= tokens.Count || !tokens[k].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var start = k + 1;
        while (start < tokens.Count && s_titleModifiers.Contains(tokens[start].In(text)))
        {
            start++;
        }

        if (MatchRole(text, tokens, start, buffer) is not { } office || !RoleWords.IsStateRole(office.Role))
        {
            return null;
        }

        var possessive = office.End < tokens.Count && tokens[office.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
        return (coref.Mention with { Last = office.End - 1, Role = office.Role, IsPossessive = possessive, Title = TitleText(text, tokens, start, office.End) }, office.End);
    }

    // "his government", "her defence minister": the government or office of the person "his" stands for ("Lebanon's caretaker
    // prime minister condemned…, and his government lodged a complaint"). Not "his counterpart", whose state is another.
    private (ActorMention Mention, int End)? OfficeAfterPronoun(string text, List<Token> tokens, int i, (ActorMention Mention, int End) coref, PhraseBuffer buffer)
    {
        var k = coref.End;
        if (coref.End != i + 1 || coref.Mention.Codes.Count != 1 || tokens[i].In(text) is not ("his" or "her" or "His" or "Her")
            || _reference.FindCountry(coref.Mention.Code) is null || MatchRole(text, tokens, k, buffer) is not { } office || !RoleWords.IsStateRole(office.Role)
            || office.Role is ActorRole.HeadOfState or ActorRole.HeadOfGovernment)
        {
            return null;
        }

        var officeText = TitleText(text, tokens, k, office.End);
        // "his state visit", "her side of the talks": "state" and "side" here modify a noun or mean a party, not an office.
        if (s_possessedNotOffices.Contains(officeText))
        {
            return null;
        }

        var possessive = office.End < tokens.Count && tokens[office.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
        return (new ActorMention(i, office.End - 1, [coref.Mention.Code], office.Role, MentionKind.Coreference, false, possessive) { Title = officeText }, office.End);
    }

    // A seat of power at i: alone it is its office ("The Kremlin said"); with an office after it, that office ("Kremlin spokesman
    // Dmitry Peskov", "White House officials"); before a noun that is no office ("a Kremlin critic", "the White House lawn") it is
    // no actor; after "in", "at", "outside" it is where something happens ("talks in the Kremlin").
    private int Seat(string text, List<Token> tokens, bool[] blocked, int i, (int End, string Country, ActorRole Role) seat, List<ActorMention> mentions, PhraseBuffer buffer)
    {
        var end = seat.End;
        var possessive = end < tokens.Count && tokens[end].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
        var after = possessive ? end + 1 : end;
        var before = i > 0 && tokens[i - 1].In(text) is "the" or "The" ? i - 2 : i - 1;
        var place = before >= 0 && s_placeLookup.Contains(tokens[before].In(text));
        if (after < tokens.Count && tokens[after].Kind == TokenKind.Word && s_seatAttributes.Contains(tokens[after].In(text)))
        {
            return after + 1;
        }

        if (!place && MatchRole(text, tokens, after, buffer) is { } office)
        {
            var officeText = TitleText(text, tokens, after, office.End);
            var last = office.End;
            string? personName = null;
            if (MatchPerson(text, tokens, blocked, last, buffer) is { } person)
            {
                (last, personName) = (person.End, person.Name);
            }

            var officePossessive = last < tokens.Count && tokens[last].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
            mentions.Add(new ActorMention(i, last - 1, [seat.Country], office.Role, MentionKind.Name, false, officePossessive)
                { IsWeak = !RoleWords.IsStateRole(office.Role), Title = officeText, PersonName = personName });
            return last;
        }

        mentions.Add(new ActorMention(i, end - 1, [seat.Country], seat.Role, MentionKind.Capital, place, possessive));
        return end;
    }

    // After "of": "[the] Mongolian Armed Forces", "[the] Russian navy": one acting body of one state, with its end.
    private (int End, string Code)? OfficeOfBody(string text, List<Token> tokens, bool[] blocked, int k, DateOnly? date, MentionContext context, PhraseBuffer buffer)
    {
        return OneMentionAfter(text, tokens, blocked, k, date, context, buffer) is var (end, m)
            && m is { IsWeak: false, IsPlace: false, Kind: MentionKind.Adjective or MentionKind.Name, Role: { } role }
            && m.Codes.Count == 1 && RoleWords.IsStateRole(role) && _reference.FindCountry(m.Code) is not null
            ? (end, m.Code)
            : null;
    }

    // The one mention that starts at token K, after an optional "the" ("of the Russian navy", "from Japan"), with its end;
    // null when none or more than one is read there ("A delegation from the" cut off at the end of the text names none).
    private (int End, ActorMention Mention)? OneMentionAfter(string text, List<Token> tokens, bool[] blocked, int k, DateOnly? date, MentionContext context, PhraseBuffer buffer)
    {
        if (k < tokens.Count && tokens[k].In(text) is "the")
        {
            k++;
        }

        if (k >= tokens.Count)
        {
            return null;
        }

        var inner = new List<ActorMention>();
        var end = TryMention(text, tokens, blocked, k, date, context, inner, buffer);
        return end > k && inner.Count == 1 ? (end, inner[0]) : null;
    }

    // The index after an office that may follow k ("Kremlin adviser"), else k.
    private static int SkipOffice(string text, List<Token> tokens, int k, PhraseBuffer buffer) =>
        MatchRole(text, tokens, k, buffer) is { } office ? office.End : k;


    // "the Saudi-led coalition", "U.S.-led forces": the leading state's armed forces (an organisation's, with no role);
    // "Russian-installed officials", "a Moscow-appointed governor": an administration acting for the state that installed it,
    // as its government. "Iranian-backed militias" and "pro-Russian separatists" are not that state: they take none of it.
    private (ActorMention Mention, int End)? Sponsored(string text, List<Token> tokens, int i, PhraseBuffer buffer)
    {
        var word = tokens[i].In(text);
        var dash = word.LastIndexOf('-');
        if (dash <= 0 || i + 1 >= tokens.Count || !_reference.Gazetteer.TryResolve(word[..dash], out var sponsor)
            || sponsor.Form is not (NameForm.Adjective or NameForm.Name or NameForm.Code or NameForm.Capital))
        {
            return null;
        }

        var suffix = word[(dash + 1)..];
        var possessive = (int end) => end < tokens.Count && tokens[end].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
        if (suffix is "led" && s_ledForces.Contains(tokens[i + 1].In(text)))
        {
            var role = _reference.FindCountry(sponsor.Code) is null ? (ActorRole?)null : ActorRole.Military;
            return (new ActorMention(i, i + 1, [sponsor.Code], role, MentionKind.Adjective, false, possessive(i + 2)) { Title = tokens[i + 1].TextIn(text).ToLowerInvariant() }, i + 2);
        }

        // "Israeli-led strikes on Gaza", "a U.S.-led air campaign": the leading state struck, named as weakly as "an Israeli
        // strike", so the armed-act noun stays free to open its phrase.
        if (suffix is "led" && _reference.FindCountry(sponsor.Code) is not null && ArmedActAfter(text, tokens, i + 1))
        {
            return (new ActorMention(i, i, [sponsor.Code], null, MentionKind.Adjective, false, false) { IsWeak = true }, i + 1);
        }

        if (suffix is "installed" or "appointed" && _reference.FindCountry(sponsor.Code) is not null && MatchRole(text, tokens, i + 1, buffer) is { } office
            && RoleWords.IsStateRole(office.Role))
        {
            var role = office.Role is ActorRole.Military or ActorRole.Police ? office.Role : ActorRole.Government;
            return (new ActorMention(i, office.End - 1, [sponsor.Code], role, MentionKind.Adjective, false, possessive(office.End)) { Title = TitleText(text, tokens, i + 1, office.End) }, office.End);
        }

        return null;
    }

    // An armed-act noun at k or after one modifier ("strikes", "air strikes", "drone attack").
    private static bool ArmedActAfter(string text, List<Token> tokens, int k) =>
        (k < tokens.Count && ActAuthors.IsArmedActNoun(tokens[k].In(text)))
        || (k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Word && char.IsLower(tokens[k].In(text)[0]) && ActAuthors.IsArmedActNoun(tokens[k + 1].In(text)));
}
