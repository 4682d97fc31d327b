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
        "described-form", "described-chooser", "possessive-subordinator", "group-subordinator", "joint-opener", "possessed-neighbour", "body-head", "document-noun", "document-determiner", "slogan-noun", "slogan-opener", "chair-verb", "chair-office", "chair-relative", "honorific", "former-member", "currency", "object-past", "past-office", "own-body-opener");
    private static readonly WordSet s_placeLookup = Words.Lookup("place-preposition");
    private static readonly WordSet s_pairLookup = Words.Lookup("pair-noun");
    private static readonly WordSet s_pairPeople = Words.Lookup("pair-people");
    private static readonly WordSet s_pairPrivate = Words.Lookup("pair-private");
    private static readonly WordSet s_pairVerbs = Words.Lookup("pair-verb");
    private static readonly WordSet s_objectPasts = Words.Lookup("object-past");
    private static readonly WordSet s_pairPossessed = Words.Lookup("pair-possessed");
    private static readonly WordSet s_ledGroups = Words.Lookup("led-group");
    private static readonly WordSet s_titleModifiers = Words.Lookup("title-modifier");
    private static readonly WordSet s_pastOffice = Words.Lookup("past-office");
    private static readonly WordSet s_personTitles = Words.Lookup("person-title");
    private static readonly WordSet s_stateAnaphors = Words.Lookup("state-anaphor");
    private static readonly WordSet s_subjectPronouns = Words.Lookup("subject-pronoun");
    private static readonly WordSet s_speechVerbs = Words.Lookup("speech-verb");
    private static readonly WordSet s_expletive = Words.Lookup("expletive");
    private static readonly WordSet s_partyVerbs = Words.Lookup("party-verb");
    private static readonly WordSet s_describedForms = Words.Lookup("described-form");
    private static readonly WordSet s_ethnic = Words.Lookup("ethnic");
    private static readonly WordSet s_privateNouns = Words.Lookup("private-noun");
    private static readonly WordSet s_currencies = Words.Lookup("currency");
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

    // Read by the other files of this class; declared here, after Words, for the same reason.
    private static readonly WordSet s_placeWords = Words.Lookup("place-word");

    // Words that may follow a place that is itself the object or the scene: "struck Kharkiv on Monday", "in Almaty and …".
    private static readonly WordSet s_afterPlace = Words.Lookup("after-place");
    private static readonly WordSet s_locationNouns = Words.Lookup("location-noun");
    private static readonly WordSet s_jointOpeners = Words.Lookup("joint-opener");
    private static readonly WordSet s_calendarWords = Words.Lookup("calendar");
    private static readonly WordSet s_honorifics = Words.Lookup("honorific");

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

        // Most sentences of prose name no actor: every pass below leaves an empty list as it is, and none is called for it, so that
        // their lambdas are not allocated for every sentence.
        if (mentions.Count == 0)
        {
            context.CurrentSpeaker = null;
            return mentions;
        }

        AfterReading(text, tokens, blocked, context, mentions);
        return mentions;
    }

    // The passes over the sentence's mentions once all are read: what joins, extends or drops them, and what the context learns.
    private void AfterReading(string text, List<Token> tokens, bool[] blocked, MentionContext context, List<ActorMention> mentions)
    {
        // "a Russian- and Turkish-brokered truce", "Russian- and Chinese-made jets": a name left before a suspended hyphen is the
        // first half of a compound (ActorCompoundActs reads it), never a party of its own.
        mentions.RemoveAll(m => IsSuspendedHead(text, tokens, m.Last));
        PersonOfState.Merge(text, tokens, mentions);
        WithPersonsStaff(text, tokens, blocked, mentions);
        WithSpeakerFor(text, tokens, blocked, mentions);
        DocumentOwners.Drop(text, tokens, mentions, _reference);
        QuotedSlogans.Drop(text, tokens, mentions);
        FormerAffiliations.Drop(text, tokens, mentions);
        NationalBodies.Drop(text, tokens, mentions, _reference);
        ChairedBodies.Drop(text, tokens, mentions, _reference);
        LearnAcronyms(text, tokens, mentions, context);
        context.Names.Learn(text, tokens, mentions, k => blocked[k] || mentions.Any(m => m.First <= k && k <= m.Last));
        context.CurrentSpeaker = Speaker(text, tokens, mentions);
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

    // One attempt at a mention starting at token I of a sentence: what every reader of TryMention reads. Passed by reference
    // (in), so that a reader takes one argument instead of eight and nothing is copied or allocated per attempt.
    private readonly record struct MentionSite(string Text, List<Token> Tokens, bool[] Blocked, int I, DateOnly? Date, MentionContext Context,
        List<ActorMention> Mentions, PhraseBuffer Buffer);

    // Tries to read one mention starting at token i; returns the index after it (or i when none). The readers are tried in a
    // fixed order, the first that reads a phrase adding its mentions: references back, fixed groups and seats of power, bodies
    // named by their kind, compounds inside one token, and last the phrase of a name, an office and a person.
    private int TryMention(string text, List<Token> tokens, bool[] blocked, int i, DateOnly? date, MentionContext context, List<ActorMention> mentions, PhraseBuffer buffer)
    {
        var at = new MentionSite(text, tokens, blocked, i, date, context, mentions, buffer);
        // "the late Japanese prime minister": a dead office-holder no longer acts for the state, as a former one does not; "onetime"
        // and "erstwhile" (past-office) say "former", and so does "ex-" glued to the word before an office ("Ex-British prime
        // minister Tony Blair", "ex-Philippine president").
        var former = i > 0 && (s_pastOffice.Contains(tokens[i - 1].In(text)) || tokens[i - 1].In(text).Equals("late", StringComparison.OrdinalIgnoreCase)
            || (IsExPrefixed(tokens[i - 1].In(text)) && MatchRole(text, tokens, i, buffer) is not null));
        return ReferenceBack(at) ?? GroupOrSeat(at, former) ?? BodyByItsKind(at) ?? Compound(at) ?? NamedPhrase(at, former);
    }

    // "Ex-British", "ex-Philippine": "ex-" glued to a word, so that an office right after it is held no more (the tokenizer keeps
    // an inner hyphen inside its word). Only before an office: "ex-Soviet Georgia" still names the state.
    private static bool IsExPrefixed(ReadOnlySpan<char> word) => word.Length > 3 && word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase) && char.IsLetter(word[3]);

    // A hyphen attached to the token at k, then "and", "or" or a comma: "Russian- and", "Qatari-, Egyptian-".
    private static bool IsSuspendedHead(string text, List<Token> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k + 1].In(text) is "-" && tokens[k + 1].Start == tokens[k].End
        && tokens[k + 2].In(text) is "and" or "or" or ",";

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
}
