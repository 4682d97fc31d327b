using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// Names in the gazetteer (MatchName) and offices (MatchRole), and a name with no office after it: a state, an
/// organisation, a capital, a place, or a nationality adjective with its head noun.
/// </summary>
public sealed partial class MentionFinder
{
    // A name with no office or person after it: a state, an organisation, a capital, a place, or a nationality adjective (read
    // with its head noun by AdjectiveMention). possessive: "'s" follows the name.
    private int NameAlone(in MentionSite at, (int End, GazetteerEntry Entry) named, bool possessive, bool former)
    {
        var (text, tokens, _, i, date, _, mentions, _) = at;
        if (IsWaterBody(text, tokens, i, named.End))
        {
            // "in the South China Sea", "the Sea of Japan", "the Gulf of Oman": a sea named after a state is no actor and no
            // state's ground.
            return named.End;
        }

        if (named.End < tokens.Count && s_currencies.Contains(tokens[named.End].In(text)))
        {
            // "a loan of 100 million U.S. dollars", "paid in Chinese yuan": a currency named after its state is no party.
            return named.End;
        }

        if (named.Entry.Form is NameForm.Adjective or NameForm.Demonym && i > 0 && s_regionPrefixes.Contains(tokens[i - 1].In(text)) && char.IsUpper(tokens[i - 1].In(text)[0]))
        {
            // "seven Latin American countries", "Central Asian states": a region's adjective, not the state's.
            return named.End;
        }

        if (named.Entry.Form is NameForm.Adjective or NameForm.Demonym)
        {
            return AdjectiveMention(at, named, former);
        }

        if (named.Entry.Form == NameForm.Place && (IsAttributive(text, tokens, named.End) || NamesALocation(text, tokens, i, named.End)))
        {
            // "the Istanbul talks", "the Geneva Conventions": a place naming a thing is neither where an act lands nor who acts.
            return named.End;
        }

        if (named.Entry.Form == NameForm.Place)
        {
            // A province or a city alone is where something happens or what it hits, never who acts.
            mentions.Add(new ActorMention(i, named.End - 1, [named.Entry.Code], null, MentionKind.Place, true, possessive));
            return named.End;
        }

        // A state or a capital is a place past the article too ("in the United States", "in The Hague"); an organisation is not
        // ("judges at the International Criminal Court" act).
        var statePlace = FollowsPlacePreposition(text, tokens, i);
        var kind = named.Entry.Form == NameForm.Capital ? MentionKind.Capital : MentionKind.Name;
        if (kind == MentionKind.Capital && CapitalEras.At(named.Entry.Code, date) is var era && era != named.Entry.Code)
        {
            // "Seoul and Moscow normalised relations in 1990": Moscow was then the Soviet Union's capital.
            mentions.Add(new ActorMention(i, named.End - 1, [era], named.Entry.Role, kind, statePlace, possessive));
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
        var isPlace = _reference.FindOrganisation(named.Entry.Code) is null ? statePlace : i > 0 && s_placeLookup.Contains(tokens[i - 1].In(text));
        mentions.Add(new ActorMention(i, named.End - 1, [named.Entry.Code], named.Entry.Role, kind, isPlace, possessive) { Title = nameHead });
        return named.End;
    }

    // "Kyrgyz and Tajik forces", "Mongolian parliamentary delegation", "Kyrgyz companies", "deported 300 Afghans": nationality
    // adjectives, coordinated, with the head noun that follows them; without an acting head, a weak mention (a target only).
    private int AdjectiveMention(in MentionSite at, (int End, GazetteerEntry Entry) named, bool former)
    {
        var (text, tokens, blocked, i, _, context, mentions, buffer) = at;
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

        if (AdjectiveHead(at, coordinated, k) is { } headEnd)
        {
            return headEnd;
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

    // The head noun of coordinated adjectives that end at k: an office at k or after up to two modifiers ("Mongolian
    // parliamentary delegation"), with each adjective's mention added; the index after the phrase, else null.
    private int? AdjectiveHead(in MentionSite at, List<(int Start, int End, GazetteerEntry Entry)> coordinated, int k)
    {
        var (text, tokens, blocked, i, _, context, mentions, buffer) = at;
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

        return null;
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

    // A state's name inside the name of a sea or gulf: "China Sea", "Sea of Japan", "Gulf of Oman" (capitalised water words).
    private static bool IsWaterBody(string text, List<Token> tokens, int first, int end) =>
        (end < tokens.Count && tokens[end].In(text) is { Length: > 1 } after && char.IsUpper(after[0]) && s_waterWords.Contains(after))
        || (first >= 2 && tokens[first - 1].In(text) is "of" && tokens[first - 2].In(text) is { Length: > 1 } before && char.IsUpper(before[0]) && s_waterWords.Contains(before));

    // A place followed by a noun ("the Istanbul talks", "Xinjiang cotton") modifies it; a place ends a phrase otherwise.
    private static bool IsAttributive(string text, List<Token> tokens, int next) =>
        next < tokens.Count && tokens[next].Kind == TokenKind.Word && !tokens[next].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)
        && !s_afterPlace.Contains(tokens[next].In(text)) && !IsPlaceWord(tokens[next].In(text));

    // "the city of Kherson", "the port of Odesa": a description of where, whose state is not the one acted upon when the
    // act's other party follows it ("Ukraine recaptured the city of Kherson from Russia"). Otherwise the place is where the
    // act lands ("Russian forces pounded the southern city of Kherson"), as a place, which only place-taking frames use.
    private static bool NamesALocation(string text, List<Token> tokens, int i, int end) =>
        i > 1 && tokens[i - 1].In(text) is "of" && s_locationNouns.Contains(tokens[i - 2].In(text))
        && end < tokens.Count && tokens[end].In(text) is "from";

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

    // "his Turkish and Russian counterparts": each adjective of a list shares the head noun, but only the last one's span runs
    // to it; the earlier ones end at their own name, so that the spans do not overlap and the list reads as "A and B".
    private static int SharedHeadLast(List<(int Start, int End, GazetteerEntry Entry)> coordinated, int start, int end, int headEnd) =>
        start == coordinated[^1].Start ? headEnd - 1 : end - 1;

    private static bool IsPlaceWord(ReadOnlySpan<char> word) => s_placeWords.Contains(word);

    // "countries", "powers": after "the two" or "the three", the parties named before.
    internal static bool IsPairNoun(ReadOnlySpan<char> word) => s_pairLookup.Contains(word);

    // "in", "into", "at": a name after one says where an act happens.
    internal static bool IsPlacePreposition(ReadOnlySpan<char> word) => s_placeLookup.Contains(word);
}
