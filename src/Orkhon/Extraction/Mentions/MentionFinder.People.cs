using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// People: names the office-holder table knows (MatchPerson), with the state they hold office for at the date, and names
/// no table knows after a one-person office.
/// </summary>
public sealed partial class MentionFinder
{
    // A person the office-holder table knows, at [personStart, j), with the state and the office the text gave before the name:
    // the state the person holds office for at the date. A former holder, or one out of office at the date, is no actor.
    private int PersonMention(in MentionSite at, string name, (int End, GazetteerEntry Entry)? state, (int End, ActorRole Role)? title, string? titleText,
        int personStart, int j, bool isPossessive, bool former)
    {
        var (text, tokens, _, i, date, context, mentions, _) = at;
        if (former || LeftOfficeAfter(text, tokens, j))
        {
            NoteOutOfOffice(context, mentions);
            return j;
        }

        if (!name.Contains(' ') && state is null && context.Names.Match(text, tokens, personStart) is { Person: var remembered } && remembered.PersonName != name)
        {
            // "Kim" after "Kim Jong Un" is that Kim, whoever else of the name the table lists: the document named him.
            mentions.Add(new ActorMention(i, j - 1, remembered.Codes, title?.Role ?? remembered.Role, MentionKind.Person, false, isPossessive) { PersonName = remembered.PersonName, Title = titleText ?? remembered.Title });
            return j;
        }

        var term = _people.Resolve(name, date) ?? TitledOutOfTerm(name, title);
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
        mentions.Add(new ActorMention(i, j - 1, [code], role, MentionKind.Person, false, isPossessive) { PersonName = name, Title = titleText });
        return j;
    }

    // "Prime Minister Puntsagiin Jasrai signed the treaty" in a story of 2016 about 1994: a full name the table lists, written
    // with the office it lists for that person and without "former", is that office-holder acting in the term the sentence
    // tells, not a private person today. Only when every term of the name is one state's and the office written is one of
    // them ("President Tsakhiagiin Elbegdorj" held the presidency and the premiership of Mongolia); a surname alone stays
    // bound to the date, as many people bear it.
    private OfficeTerm? TitledOutOfTerm(string name, (int End, ActorRole Role)? title)
    {
        if (title is not { } office || !name.Contains(' ', StringComparison.Ordinal) || _people.TermsOf(name) is not { Count: > 0 } terms)
        {
            return null;
        }

        OfficeTerm? held = null;
        foreach (var t in terms)
        {
            if (t.Country != terms[0].Country)
            {
                return null;
            }

            if (t.Role == office.Role && (held is null || held.From < t.From))
            {
                held = t;
            }
        }

        return held;
    }

    // An office of a named owner ("Kazakh president", "Russia's foreign minister", "the Indiana governor"), at [i, j), with the
    // name of a holder no table knows after it when the office is one person's ("Eritrean President Isaias Afwerki").
    private int StateOffice(in MentionSite at, (int End, GazetteerEntry Entry) owner, (int End, ActorRole Role) titled, string? titleText, int j, bool isPossessive)
    {
        var (text, tokens, blocked, i, _, context, mentions, buffer) = at;
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

    private (int End, string Name)? MatchPerson(string text, List<Token> tokens, bool[] blocked, int i, PhraseBuffer buffer)
    {
        if (i >= tokens.Count || tokens[i].Kind != TokenKind.Word || !char.IsUpper(tokens[i].In(text)[0])
            || !(_people.MayStart(tokens[i].In(text)) || !System.Text.Ascii.IsValid(tokens[i].In(text))))
        {
            return null;
        }

        var most = Math.Min(_people.MaxWords, tokens.Count - i);
        var known = KnownNameReach(_people, text, tokens, i, most);
        for (var n = most; n >= 1; n--)
        {
            if (!buffer.Build(text, tokens, blocked, i, n))
            {
                continue;
            }

            var span = buffer.Span;
            // Ascii.IsValid, not ContainsAnyExceptInRange, which boxes its bounds: this runs at every length at every candidate.
            if (!System.Text.Ascii.IsValid(span))
            {
                // Diacritics: "Batmönkh" is indexed as "Batmonkh".
                var folded = OfficeHolderIndex.Fold(span.ToString());
                if (_people.IsKnownName(folded))
                {
                    return (i + n, folded);
                }
            }
            else if (n <= known && _people.IsKnownName(span))
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

    // The most tokens from i (at most `most`) whose phrase, as PhraseBuffer.Build joins it, may be a name the index knows: a
    // phrase is its first word (the tokens that touch from i, "Kim" or "Workers'") and then one word for each space, so one
    // with more words than the longest name starting with that first word (OfficeHolderIndex.MaxWordsFrom) is no such name,
    // and neither is any longer one. The tokens of the first word are all kept: each of those phrases is one word. A first
    // word with a character outside ASCII keeps every length (its phrases are folded before they are looked up).
    internal static int KnownNameReach(OfficeHolderIndex people, string text, List<Token> tokens, int i, int most)
    {
        var run = 1;
        while (run < most && tokens[i + run].Start == tokens[i + run - 1].End)
        {
            run++;
        }

        var first = text.AsSpan(tokens[i].Start, tokens[i + run - 1].End - tokens[i].Start);
        if (run == most || !System.Text.Ascii.IsValid(first) || first.Contains(' '))
        {
            return most;
        }

        var words = people.MaxWordsFrom(first);
        var reach = run;
        var spaces = 0;
        for (var n = run + 1; n <= most; n++)
        {
            // Token i + n - 1 joins the phrase after a space unless it touches the token before it.
            if (tokens[i + n - 1].Start != tokens[i + n - 2].End)
            {
                spaces++;
            }

            if (1 + spaces > words)
            {
                break;
            }

            reach = n;
        }

        return reach;
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

    // A person out of office named before any actor of the sentence is its subject: a "he" opening the next sentence is that
    // person (MentionContext.SubjectPerson), not another person the sentence named after the verb.
    private static void NoteOutOfOffice(MentionContext context, List<ActorMention> mentions)
    {
        if (!mentions.Exists(m => !m.IsPlace && !m.IsWeak && m.Kind != MentionKind.Place))
        {
            context.CurrentSubjectOutOfOffice = true;
        }
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
}
