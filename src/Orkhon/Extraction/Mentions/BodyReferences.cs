using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// Bodies that news names without their owner, because the excerpt has made it plain: "the foreign ministry" of a story
/// filed from the state's capital, "the agency's chief" after the IAEA, "the organisation's tenth member" after the SCO, "the South" after the two
/// Koreas, "UNESCO's World Heritage Committee", "a team of Chinese police officers". Each rule names one owner or none: it
/// never guesses between two. Words in <c>data/lexicon/mention-words.tsv</c> (classes home-body, org-noun, org-officer,
/// org-body, team-noun).
/// </summary>
internal static class BodyReferences
{
    private static readonly WordSet s_homeBodies = MentionFinder.Words.Lookup("home-body");
    private static readonly WordSet s_orgNouns = MentionFinder.Words.Lookup("org-noun");
    private static readonly WordSet s_allianceNouns = MentionFinder.Words.Lookup("alliance-noun");
    private static readonly WordSet s_blocNouns = MentionFinder.Words.Lookup("bloc-noun");
    private static readonly WordSet s_orgOfficers = MentionFinder.Words.Lookup("org-officer");
    private static readonly WordSet s_orgBodies = MentionFinder.Words.Lookup("org-body");
    private static readonly WordSet s_teamNouns = MentionFinder.Words.Lookup("team-noun");

    /// <summary>Whether the office's last word names a body of a state (ministry, army, authorities), not a person.</summary>
    public static bool IsHomeBody(string? title) =>
        title is not null && s_homeBodies.Contains(title.AsSpan(title.LastIndexOf(' ') + 1));

    /// <summary>Whether a word is a group that stands for the officials it is made of ("team", "contingent").</summary>
    public static bool IsTeamNoun(ReadOnlySpan<char> word) => s_teamNouns.Contains(word);

    /// <summary>The words <see cref="IsTeamNoun"/> accepts.</summary>
    internal static IEnumerable<string> TeamNouns => s_teamNouns.Words;

    /// <summary>
    /// The document's home state for a body named with no state ("The foreign ministry summoned…"): the state of the
    /// dateline's city, when the document has already named that state as an actor, in this sentence or before. A story
    /// filed from Vienna about Iran has no home state among its actors, and then nothing is guessed; nor is it when the body's
    /// sentence names another state before it. Called while the sentence is read, so <paramref name="current"/> holds only
    /// the mentions before the body.
    /// </summary>
    public static string? HomeState(MentionContext context, IReadOnlyList<ActorMention> current)
    {
        // "In Moscow, the defence ministry said…" in a story filed from Kyiv: another state named before the body in its own
        // sentence may own it, and then nothing is guessed.
        if (context.DatelineState is not { } home || current.Any(m => m.Codes.Any(c => c != home)))
        {
            return null;
        }

        static bool Acting(ActorMention m, string code) =>
            m.Code == code && m.Codes.Count == 1 && !m.IsWeak && !m.IsPlace && m.Kind is MentionKind.Name or MentionKind.Adjective or MentionKind.Person or MentionKind.Capital;

        return current.Any(m => Acting(m, home)) || context.Recent.Any(m => Acting(m, home)) ? home : null;
    }

    /// <summary>
    /// "Sudan accused its neighbour of backing rebels. The army later bombed…": a state's armed force opening a sentence with no
    /// state named, after a sentence whose subject (or speaker) was one state, is that state's — conflict copy names the state
    /// once and then its army. Only a force, only at the sentence's start, only when the sentence before had such a subject.
    /// </summary>
    public static string? SubjectsForce(MentionContext context, IReadOnlyList<ActorMention> current, ActorRole? role, int article)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(current);
        if (role != ActorRole.Military || article != 0 || current.Count > 0
            || context.SubjectState() is not { Codes.Count: 1, IsWeak: false } subject || subject.Role is not (null or ActorRole.Military or ActorRole.HeadOfState or ActorRole.Government))
        {
            return null;
        }

        return subject.Code;
    }

    /// <summary>
    /// "the agency", "the bloc's", "the agency's director general" at token i ("the" before it): the organisation named last
    /// whose own name ends in that noun ("International Atomic Energy Agency", "Shanghai Cooperation Organisation"). An officer after the possessive belongs to the mention ("the agency's chief
    /// condemned…" is the IAEA acting). Returns the mention and the index after it.
    /// </summary>
    public static (ActorMention Mention, int End)? Organisation(string text, List<Token> tokens, int i, ReferenceData reference,
        MentionContext context, IReadOnlyList<ActorMention> current)
    {
        if (i + 1 >= tokens.Count || tokens[i].In(text) is not ("the" or "The")
            || !(s_orgNouns.Contains(tokens[i + 1].In(text)) || s_allianceNouns.Contains(tokens[i + 1].In(text)) || s_blocNouns.Contains(tokens[i + 1].In(text)))
            || !(char.IsLower(tokens[i + 1].In(text)[0]) || IsCapitalisedShortForm(text, tokens, i + 1))
            || (i + 2 < tokens.Count && tokens[i + 2].In(text) is "of" && !(i + 3 < tokens.Count && MentionFinder.IsGerund(tokens[i + 3].In(text)))))
        {
            // "the bank of the river" is no organisation; "accused the bloc of imposing sanctions" is one: "of" before a gerund
            // is the charge's complement, not part of the noun.
            return null;
        }

        var owner = NamedOrganisation(tokens[i + 1].TextIn(text), reference, context, current);
        if (owner is null)
        {
            return null;
        }

        var end = i + 2;
        var possessive = end < tokens.Count && tokens[end].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
        if (possessive && OfficerEnd(text, tokens, end + 1) is { } officer)
        {
            // "the agency's chief condemned the step": the officer speaks for the organisation; the mention is no possessor.
            return (new ActorMention(i, officer - 1, [owner.Code], null, MentionKind.Coreference, false,
                officer < tokens.Count && tokens[officer].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)), officer);
        }

        return (new ActorMention(i, end - 1, [owner.Code], null, MentionKind.Coreference, false, possessive), end);
    }

    // "The International Monetary Fund approved… Mongolia turned to the Fund": house style (AP, Reuters) names an organisation
    // again by its head noun written with a capital, as a short form of its name. Only a word standing alone: a capitalised word
    // after it makes it part of another name ("the Fund Management Office"), as "'s" does not ("the Fund's board").
    private static bool IsCapitalisedShortForm(string text, List<Token> tokens, int noun) =>
        char.IsUpper(tokens[noun].In(text)[0])
        && !(noun + 1 < tokens.Count && tokens[noun + 1].Kind == TokenKind.Word && char.IsUpper(tokens[noun + 1].In(text)[0]));

    // The organisation named last whose name ends in the noun. Apart from Organisation's cheap tests, because the lambda's
    // closure would otherwise be allocated at every word read.
    private static ActorMention? NamedOrganisation(string noun, ReferenceData reference, MentionContext context, IReadOnlyList<ActorMention> current)
    {
        // "the alliance" is the military alliance named last (NATO, the CSTO); "the bloc" the regional, economic or forum
        // grouping named last (the EU, ASEAN, the SCO), whatever their own names end in.
        var alliance = s_allianceNouns.Contains(noun);
        var bloc = s_blocNouns.Contains(noun);
        bool Fits(ActorMention m) =>
            !m.IsPlace && m.Kind != MentionKind.Coreference && m.Codes.Count == 1 && reference.FindOrganisation(m.Code) is { } org
            && (HasHeadNoun(org.Name, noun) || HasHeadNoun(org.Name, OtherSpelling(noun))
                || (alliance && org.Kind == "military")
                || (bloc && org.Kind is "regional" or "economic" or "forum"));

        var found = current.LastOrDefault(Fits) ?? context.Recent.LastOrDefault(Fits);
        if (found is not null && noun.Equals("court", StringComparison.OrdinalIgnoreCase) && NationalCourtAfter(found, context, current))
        {
            // "The ICC issued a warrant. A Kenyan court then ruled… The court said…": the state's court named since is meant.
            return null;
        }

        return found is null && bloc ? OnlyMilitaryAlliance(reference, context, current) : found;
    }

    // Whether a state's court ("a Dutch court", "Mongolia's supreme court") was named after the international one: in this
    // sentence, or later in the recent mentions than it.
    private static bool NationalCourtAfter(ActorMention court, MentionContext context, IReadOnlyList<ActorMention> current)
    {
        if (current.Any(m => m.Role == ActorRole.Judiciary))
        {
            return true;
        }

        var recent = context.Recent;
        var seen = false;
        for (var k = 0; k < recent.Count; k++)
        {
            seen |= ReferenceEquals(recent[k], court);
            if (seen && recent[k].Role == ActorRole.Judiciary)
            {
                return true;
            }
        }

        return false;
    }

    // "asked the Russia-led CSTO for help, but the bloc sent no troops": with no regional, economic or forum grouping named, "the
    // bloc" is a military alliance, when exactly one was named; two (NATO and the CSTO) give nothing.
    private static ActorMention? OnlyMilitaryAlliance(ReferenceData reference, MentionContext context, IReadOnlyList<ActorMention> current)
    {
        ActorMention? only = null;
        foreach (var m in context.Recent.Concat(current))
        {
            if (m.IsPlace || m.Kind == MentionKind.Coreference || m.Codes.Count != 1 || reference.FindOrganisation(m.Code) is not { Kind: "military" })
            {
                continue;
            }

            if (only is not null && only.Code != m.Code)
            {
                return null;
            }

            only = m;
        }

        return only;
    }

    // Whether an organisation's name has the noun as its head: its last word ("International Atomic Energy Agency"), or its first
    // before "of" or "for" ("Organization for Security and Co-operation in Europe", "Council of Europe").
    // A name whose head stands before its first "of" or "for" after other words ("International Court of Justice",
    // "Permanent Court of Arbitration") has that word as its head too: English puts a noun's modifiers before it and its
    // complement after.
    private static bool HasHeadNoun(string name, string noun) =>
        name.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase)
        || name.StartsWith(noun + " of ", StringComparison.OrdinalIgnoreCase) || name.StartsWith(noun + " for ", StringComparison.OrdinalIgnoreCase)
        || HeadBeforeComplement(name).Equals(noun, StringComparison.OrdinalIgnoreCase);

    // The word before the name's first " of " or " for " ("Court" in "International Court of Justice"), or empty.
    private static ReadOnlySpan<char> HeadBeforeComplement(string name)
    {
        var of = name.IndexOf(" of ", StringComparison.Ordinal);
        var @for = name.IndexOf(" for ", StringComparison.Ordinal);
        var at = of < 0 ? @for : @for < 0 ? of : Math.Min(of, @for);
        if (at <= 0)
        {
            return [];
        }

        var head = name.AsSpan(0, at);
        return head[(head.LastIndexOf(' ') + 1)..];
    }

    // "organisation" and "organization" name one body: news writes either, whatever spelling the body's own name uses.
    private static string OtherSpelling(string noun) =>
        noun.EndsWith("isation", StringComparison.OrdinalIgnoreCase) ? string.Concat(noun.AsSpan(0, noun.Length - 6), "zation")
        : noun.EndsWith("ization", StringComparison.OrdinalIgnoreCase) ? string.Concat(noun.AsSpan(0, noun.Length - 6), "sation") : noun;

    /// <summary>
    /// After an organisation's possessive at <paramref name="k"/>: a named organ of it ("World Heritage Committee", capitalised
    /// words ending in an org-body word) or one of its officers ("chief", "director general"); the index after it, or null.
    /// </summary>
    public static int? OrganEnd(string text, List<Token> tokens, int k)
    {
        for (var n = 1; n <= 4 && k + n - 1 < tokens.Count; n++)
        {
            var last = tokens[k + n - 1];
            if (last.Kind != TokenKind.Word || !char.IsUpper(last.In(text)[0]))
            {
                break;
            }

            if (s_orgBodies.Contains(last.In(text)))
            {
                return k + n;
            }
        }

        return OfficerEnd(text, tokens, k);
    }

    // "chief", "director general", "spokesman": up to three lower-case words ending in an officer word.
    private static int? OfficerEnd(string text, List<Token> tokens, int k)
    {
        int? end = null;
        for (var n = 1; n <= 3 && k + n - 1 < tokens.Count; n++)
        {
            var w = tokens[k + n - 1];
            if (w.Kind != TokenKind.Word || !char.IsLower(w.In(text)[0]))
            {
                break;
            }

            if (s_orgOfficers.Contains(w.In(text)))
            {
                end = k + n;
            }
        }

        return end;
    }

    /// <summary>
    /// "the South", "the North" (capitalised, no name after them): the state named in the document whose name is that word
    /// and another ("South Korea" after "North Korean drones crossed into South Korean airspace"). Weak mentions of this
    /// sentence count ("South Korean airspace"); only one state may fit. After a place preposition ("into the North") it is
    /// left alone: there it most often says where, as in "fighting in the South".
    /// </summary>
    public static (ActorMention Mention, int End)? Compass(string text, List<Token> tokens, int i, ReferenceData reference,
        MentionContext context, IReadOnlyList<ActorMention> current)
    {
        if (i + 1 >= tokens.Count || tokens[i].In(text) is not ("the" or "The") || tokens[i + 1].In(text) is not ("South" or "North")
            || (i > 0 && MentionFinder.IsPlacePreposition(tokens[i - 1].In(text)))
            || (i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Word && char.IsUpper(tokens[i + 2].In(text)[0])))
        {
            return null;
        }

        var codes = StatesNamedWith(tokens[i + 1].TextIn(text) + " ", reference, context, current);
        if (codes.Count != 1)
        {
            return null;
        }

        var possessive = i + 2 < tokens.Count && tokens[i + 2].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
        return (new ActorMention(i, i + 1, codes, null, MentionKind.Coreference, false, possessive), i + 2);
    }

    // The states named so far whose names start with the prefix ("South "). Apart from Compass's cheap tests, because the
    // lambda's closure would otherwise be allocated at every word read.
    private static List<string> StatesNamedWith(string prefix, ReferenceData reference, MentionContext context, IReadOnlyList<ActorMention> current) =>
        current.Concat(context.Recent).Where(m => !m.IsPlace || m.Kind == MentionKind.Place).SelectMany(m => m.Codes).Distinct()
            .Where(c => reference.FindCountry(c) is { } country && country.Name.StartsWith(prefix, StringComparison.Ordinal))
            .ToList();

    // "the three European powers": the number of parties and the region their adjective names.
    private static readonly Dictionary<string, int> s_counts = new(StringComparer.OrdinalIgnoreCase) { ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6 };
    private static readonly Dictionary<string, string> s_regions = new(StringComparer.Ordinal)
    {
        ["European"] = "Europe", ["Asian"] = "Asia", ["African"] = "Africa", ["American"] = "Americas",
    };

    /// <summary>
    /// "the three countries", "the four European powers": the last states of that number named in the document, in the order
    /// the text named them, of the region the adjective names when one does ("by the United States, Britain, France and
    /// Germany. The three European powers…" are Britain, France and Germany). Fewer states named than the number: nothing.
    /// </summary>
    public static (ActorMention Mention, int End)? Several(string text, List<Token> tokens, int i, ReferenceData reference,
        MentionContext context, IReadOnlyList<ActorMention> current)
    {
        if (i + 2 >= tokens.Count || tokens[i].In(text) is not ("the" or "The") || !s_counts.TryGetValue(tokens[i + 1].TextIn(text), out var count))
        {
            return null;
        }

        var k = i + 2;
        string? region = null;
        if (s_regions.TryGetValue(tokens[k].TextIn(text), out var named))
        {
            region = named;
            k++;
        }

        if (k >= tokens.Count || !MentionFinder.IsPairNoun(tokens[k].In(text)))
        {
            return null;
        }

        var all = context.Recent.Concat(current).Where(m => m.Kind != MentionKind.Coreference && !m.IsWeak && !m.IsPlace && m.Codes.Count == 1).ToList();
        var picked = new List<string>();
        for (var n = all.Count - 1; n >= 0 && picked.Count < count; n--)
        {
            var code = all[n].Code;
            if (!picked.Contains(code) && reference.FindCountry(code) is { } country && (region is null || country.Region == region))
            {
                picked.Add(code);
            }
        }

        if (picked.Count < count)
        {
            return null;
        }

        var ordered = InTextOrder(picked, all);
        var end = k + 1;
        return (new ActorMention(i, end - 1, ordered, null, MentionKind.Coreference, false,
            end < tokens.Count && tokens[end].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)), end);
    }

    // The picked codes in the order the text first named them. Apart from Several, because the lambdas' closure over its
    // locals would otherwise be allocated at every word read.
    private static List<string> InTextOrder(List<string> picked, List<ActorMention> all) =>
        picked.OrderBy(code => all.FindIndex(m => m.Code == code)).ToList();

    /// <summary>
    /// "officials in Tbilisi", "authorities in China's Inner Mongolia region": a state's officials named by where they sit, as
    /// protesters and police are (<see cref="RoleWords.IsLocatedGroup"/>); other offices in a place are visitors as often.
    /// </summary>
    public static bool IsLocatedOfficials(string? title) => title is not null && s_locatedOfficials.Contains(title);

    // mention-words.tsv, located-officials, matched as written.
    private static readonly WordSet s_locatedOfficials = new(MentionFinder.Words.Of("located-officials"), StringComparer.Ordinal);

    /// <summary>
    /// "them" after a group of the same sentence other than its first actor (the subject): "spoke with officials in Chile's north
    /// and asked them to reopen the border". A group is an office or body in the plural, or a reference to several states.
    /// </summary>
    public static ActorMention? Them(IReadOnlyList<ActorMention> current) =>
        current.Skip(1).LastOrDefault(m => !m.IsPlace && !m.IsWeak && m.Kind != MentionKind.Coreference
            && (m.Codes.Count >= 2 || (m.Title is { Length: > 1 } t && t.EndsWith('s') && !t.EndsWith("'s", StringComparison.Ordinal))));
}
