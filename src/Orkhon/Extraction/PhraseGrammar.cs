using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// The small word classes and look-arounds several stages share: determiners, auxiliaries and noun modifiers that
/// tell a noun from a verb, a noun's possessor, infinitives, and words searched for between two tokens.
/// </summary>
internal static class PhraseGrammar
{
    /// <summary>The word classes of <c>data/lexicon/phrase-words.tsv</c>, matched as written.</summary>
    internal static readonly WordClasses Words = WordClasses.LoadMatchingCase(EmbeddedData.PhraseWords,
        "unmade-trip-modifier", "speculator-saying", "noun-phrase-end", "off-verb", "be-participle-adverb", "specific-noun-opener", "specific-noun-modifier", "possessed-decision", "people-quantity", "hosted-leaders", "leaders-subject", "request-noun", "allegation-verb", "before-adverb-back", "conditional-force-verb", "conditional-response-verb", "arrival-verb", "outcome-verb", "stood-aside", "irregular-travel-past", "travelling-party", "summit-trip-meeting", "gathering-noun", "gathering-opener", "act-beginner", "measure-announcing-verb",
        "participial-opener", "verb-auxiliary", "noun-modifier", "possessed-modifier", "time-possessor", "object-modifier", "region-modifier", "reported-speech", "reply", "stay", "locative", "own-people", "gathering", "joint-act", "place-kind",
        "multi-party", "attendance", "gathering-preposition", "thanked-giving", "military-gift", "relief-gift", "economic-gift", "relative-aid-noun", "relative-giving", "relative-pledging", "recalled-envoy", "relative-measure-noun", "accord-noun",
        "call-medium", "call-noun", "phrase-adverb", "not-adverb", "compound-mediation", "compound-funding", "mediated-noun", "funded-noun", "own-act-admission", "admission-filler", "joined-criticism", "joined-appeal",
        "clause-break", "verb-series-break", "frontier-noun", "frontier-preposition", "frontier-adverb", "landmark", "talks-failure", "compound-determiner", "joiner-auxiliary", "joiner-opening", "plural-auxiliary", "target-preposition",
        "blame-copula", "blame-adverb", "responsibility-bearer", "act-determiner", "definite-determiner", "sequence-adverb", "party-pronoun", "gathering-adjunct-break", "counterpart-break", "non-swap-follower", "apposition-break", "blame-negation", "report-filler", "weapon-list-preposition", "noun-predicate-cue", "noun-plan-modifier", "no-comparative", "act-author-verb", "companion-preposition", "companion-noun", "amount-link",
        "pointing-back-pronoun", "about-preposition", "blame-adjective", "attributive-opener", "participle-complement", "requirement-noun",
        "sport-contest", "sport-contest-head", "venue-noun",
        "held-verb", "held-particle-verb", "held-particle", "unheld-verb", "unheld-particle", "subject-filler", "predicate-auxiliary",
        "naming-verb", "wrong-noun", "breach-verb", "time-measure", "meeting-noun", "earlier-visit-word", "outcome-accord-noun", "unheld-visit-modifier",
        "visit-noun-opener", "trip-filler", "article-before-actor", "after-it-object",
        "visit-ending-verb", "visit-opening-verb", "visit-holding-verb",
        "swap-cue", "swap-noun", "swapped-person", "release-noun",
        "onlooker", "onlooker-verb", "onlooker-particle", "joined-force", "absolute-ing-non-verb",
        "directed-object-link", "directed-time-opener", "infinitive-splitter", "adjunct-opener",
        "state-status", "status-topic", "mission-raid", "verdict-adjective", "complaint-forum",
        "law-noun", "origin-participle", "host-consent", "background-preposition", "shared-act",
        "verdict-noun", "verdict-link", "attributive-count", "captive-participle", "particle-verb", "verb-particle", "made-request", "measure-undecided");

    private static readonly WordSet s_participialOpeners = Words.Lookup("participial-opener");
    private static readonly WordSet s_nounPhraseEnds = Words.Lookup("noun-phrase-end");
    private static readonly WordSet s_offVerbs = Words.Lookup("off-verb");

    /// <summary>
    /// Whether the word ends a noun phrase read backwards from its noun: a preposition, a conjunction, a relative pronoun, a
    /// verb of having or saying, "not" or a form of "be" (<c>noun-phrase-end</c>).
    /// </summary>
    public static bool EndsNounPhrase(ReadOnlySpan<char> w) => s_nounPhraseEnds.Contains(w) || Inflection.IsBe(w);

    /// <summary>Whether token <paramref name="k"/> is the "off" of a verb that calls something off with it ("put off", "called off").</summary>
    public static bool IsOffOfCallingOff(SentenceView view, int k) => k > 0 && view.Word(k) is "off" && s_offVerbs.Contains(view.Word(k - 1));
    private static readonly WordSet s_verbAuxiliaries = Words.Lookup("verb-auxiliary");
    private static readonly WordSet s_nounModifiers = Words.Lookup("noun-modifier");
    private static readonly WordSet s_possessedModifiers = Words.Lookup("possessed-modifier");
    private static readonly WordSet s_timePossessors = Words.Lookup("time-possessor");
    private static readonly WordSet s_objectModifiers = Words.Lookup("object-modifier");
    private static readonly WordSet s_regionModifiers = Words.Lookup("region-modifier");
    private static readonly WordSet s_reportedSpeech = Words.Lookup("reported-speech");
    private static readonly WordSet s_replies = Words.Lookup("reply");
    private static readonly WordSet s_stays = Words.Lookup("stay");
    private static readonly WordSet s_locatives = Words.Lookup("locative");
    private static readonly WordSet s_ownPeople = Words.Lookup("own-people");
    private static readonly WordSet s_accordNouns = Words.Lookup("accord-noun");
    private static readonly WordSet s_articlesBeforeActors = Words.Lookup("article-before-actor");
    private static readonly WordSet s_definiteDeterminers = Words.Lookup("definite-determiner");
    private static readonly WordSet s_sequenceAdverbs = Words.Lookup("sequence-adverb");
    private static readonly WordSet s_infinitiveSplitters = Words.Lookup("infinitive-splitter");
    private static readonly WordSet s_partyPronouns = Words.Lookup("party-pronoun");

    /// <summary>
    /// The index of a noun's possessor ("Putin's", "his", "Japan's $8 million") or -1: only numbers, dates,
    /// money and a few event adjectives may stand between them.
    /// </summary>
    public static int PossessorIndex(SentenceView view, int first)
    {
        var (tokens, mentionAt, blocked) = (view.Tokens, view.MentionAt, view.Blocked);
        var k = first - 1;
        while (k >= 0 && k >= first - view.Options.PossessorReach && mentionAt[k] < 0 && (tokens[k].Kind == TokenKind.Number || view.Word(k) is "$" || blocked[k] || IsNounModifier(view.Word(k))
            || s_possessedModifiers.Contains(view.Word(k))))
        {
            k--;
        }

        if (k >= 0 && view.Word(k) is "his" or "His" or "her" or "Her" or "their" or "its")
        {
            return mentionAt[k] >= 0 ? k : -1;
        }

        if (k >= 0 && view.Word(k).Equals("'s", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        return k >= 0 && mentionAt[k] >= 0 ? k : -1;
    }

    private static readonly WordSet s_backgroundPrepositions = Words.Lookup("background-preposition");

    /// <summary>
    /// "Western capitals tried to isolate Moscow since its annexation of Crimea", "sanctions on Moscow over its deportation of
    /// …": a bare "its" before an act noun (only numbers, money and modifiers between, as for <see cref="PossessorIndex"/>)
    /// that no resolver named, right after a preposition of time or cause (class <c>background-preposition</c>), stands for
    /// the nearest state named before it in the sentence, by name or capital: the index of that mention's first token, or -1.
    /// A place, a nationality with no head, a collective and a plural head ("Western capitals") are no "it" and are passed
    /// over; a person is "he" or "she"; an organisation nearer than any state is the "it", and names no state. One scan back
    /// over the sentence.
    /// </summary>
    public static int ItsAntecedent(SentenceView view, int first)
    {
        var (tokens, mentionAt, found) = (view.Tokens, view.MentionAt, view.Found);
        var k = first - 1;
        while (k >= 0 && k >= first - view.Options.PossessorReach && mentionAt[k] < 0 && (tokens[k].Kind == TokenKind.Number || view.Word(k) is "$" || IsNounModifier(view.Word(k))
            || s_possessedModifiers.Contains(view.Word(k))))
        {
            k--;
        }

        if (k < 1 || view.Word(k) is not "its" || mentionAt[k] >= 0 || !s_backgroundPrepositions.Contains(view.Word(k - 1)) || HasSingularStateSubject(view, k))
        {
            return -1;
        }

        for (var j = k - 2; j >= 0; j--)
        {
            if (mentionAt[j] < 0)
            {
                continue;
            }

            // A capital stands for its government even where it is read as a place ("sanctions on Moscow over its …"); an
            // organisation is an "it" too, and the nearest "it" that is no state names no state's act.
            var m = found[mentionAt[j]];
            if (m is { IsWeak: false, IsCollective: false } && (m.Kind == MentionKind.Capital || (m.Kind == MentionKind.Name && !m.IsPlace)) && !HasPluralHead(view, m))
            {
                return m.NamesAState ? m.First : -1;
            }

            j = Math.Min(j, m.First);
        }

        return -1;
    }

    // "Kazakhstan's exports to China rose after its accession": a pronoun is the subject's first, so where the sentence opens with
    // one state by name or capital (not coordinated, not a plural head) "its" may be that state's and the nearest one is no
    // safe reading. The subject is the first actor before token <paramref name="its"/> that is no place and no possessive, with
    // no lower-case word but an article before it (a dateline may stand there): "Aid agencies praised Kazakhstan" has none.
    private static bool HasSingularStateSubject(SentenceView view, int its)
    {
        for (var j = 0; j < its; j++)
        {
            if (view.MentionAt[j] < 0)
            {
                var w = view.Word(j);
                if (w.Length > 0 && char.IsLower(w[0]) && !Determiners.IsArticle(w))
                {
                    return false;
                }

                continue;
            }

            var m = view.Found[view.MentionAt[j]];
            if (m.IsPlace || m.IsPossessive)
            {
                j = Math.Max(j, m.Last);
                continue;
            }

            var coordinated = m.Last + 1 < view.Tokens.Count && view.Word(m.Last + 1) is "and" or "," or "or";
            return m is { IsWeak: false, IsCollective: false, Kind: MentionKind.Name or MentionKind.Capital } && m.NamesAState && !coordinated && !HasPluralHead(view, m);
        }

        return false;
    }

    // "Western capitals", "Gulf states": a mention whose last word is a lower-case plural names several, never an "it".
    private static bool HasPluralHead(SentenceView view, ActorMention m)
    {
        var last = view.Word(m.Last);
        return last.Length > 2 && char.IsLower(last[0]) && last[^1] == 's' && last[^2] != 's';
    }

    /// <summary>"to sign", but not "is to sign" (a plan) nor "'s decision to suspend" (a decision taken).</summary>
    public static bool IsInfinitive(SentenceView view, Trigger trigger) =>
        !trigger.Entry.IsNoun && InfinitiveMarker(view, trigger.First) is >= 0 and var to
        && !(to > 0 && view.Word(to - 1) is var before && (Inflection.IsFiniteBe(before) || before is "due" or "decision" or "move"));

    /// <summary>
    /// The "to" of an infinitive whose verb opens at <paramref name="verb"/>: right before it, or before one adverb that splits
    /// the infinitive ("agreed to gradually resume imports", "pledged to also send aid"); -1 when there is none.
    /// </summary>
    public static int InfinitiveMarker(SentenceView view, int verb)
    {
        if (verb > 0 && view.Word(verb - 1) is "to")
        {
            return verb - 1;
        }

        return verb > 1 && view.Word(verb - 2) is "to" && IsSplittingAdverb(view.Word(verb - 1)) ? verb - 2 : -1;
    }

    /// <summary>The word before an infinitive's "to" (<see cref="InfinitiveMarker"/>), or before the verb when no "to" stands there.</summary>
    public static int BeforeInfinitiveMarker(SentenceView view, int verb) =>
        (InfinitiveMarker(view, verb) is >= 0 and var to ? to : verb - 1) - 1;

    // "gradually", "also", "further": a manner, sequence or degree adverb may split an infinitive without opening a verb of its own.
    private static bool IsSplittingAdverb(ReadOnlySpan<char> w) => IsLyAdverb(w) || IsSequenceAdverb(w) || s_infinitiveSplitters.Contains(w);

    /// <summary>
    /// "after hosting Yoon in Tokyo", "After meeting Macron in Paris, Scholz flew…": a participial clause of time reports an act
    /// of the main clause's subject.
    /// </summary>
    public static bool IsParticipialOpener(ReadOnlySpan<char> w) => s_participialOpeners.Contains(w);

    public static bool IsAuxiliary(ReadOnlySpan<char> w) => s_verbAuxiliaries.Contains(w);

    /// <summary>A time word that may own an event noun ("Tuesday's talks", "last week's call"): class <c>time-possessor</c>.</summary>
    public static bool IsTimePossessor(ReadOnlySpan<char> w) => s_timePossessors.Contains(w);

    /// <summary>"the", "this", "that", "these", "those": opens a noun that points at something told already (class <c>definite-determiner</c>).</summary>
    public static bool IsDefiniteDeterminer(ReadOnlySpan<char> w) => s_definiteDeterminers.Contains(w);

    /// <summary>"also", "then", "later": an adverb of sequence between an actor or "and" and its verb (class <c>sequence-adverb</c>).</summary>
    public static bool IsSequenceAdverb(ReadOnlySpan<char> w) => s_sequenceAdverbs.Contains(w);

    /// <summary>"it", "they", "we": a subject pronoun that may stand for a state or a government (class <c>party-pronoun</c>).</summary>
    public static bool IsPartyPronoun(ReadOnlySpan<char> w) => s_partyPronouns.Contains(w);

    public static bool IsDeterminer(SentenceView view, int k)
    {
        var w = view.Word(k);
        return w is "the" or "The" or "a" or "A" or "an" or "An" or "his" or "His" or "her" or "Her" or "its" or "their" or "this" or "This" or "'s" or "'S"
            || IsNounModifier(w);
    }

    public static bool IsNounModifier(ReadOnlySpan<char> word) =>
        s_nounModifiers.Contains(word)
        || (word.Length > 0 && char.IsDigit(word[0])) || word.EndsWith("-day", StringComparison.Ordinal) || IsMonthName(word);

    private static bool IsMonthName(ReadOnlySpan<char> word) =>
        word is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September" or "October" or "November" or "December";

    /// <summary>
    /// A lower-case word of five letters or more ending in -ly, taken for an adverb of manner ("formally", "swiftly",
    /// "unanimously"): "only", "rely" and "Italy" are too short or capitalised.
    /// </summary>
    public static bool IsLyAdverb(ReadOnlySpan<char> w) => w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>A lower-case word of five letters or more ending in -ed, taken for a past form ("repeated", "voiced"): "need", "Ahmed" are not.</summary>
    public static bool IsLowerPastForm(ReadOnlySpan<char> w) => w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>A lower-case word of five letters or more ending in -ing, taken for a participle or gerund ("aiming", "accusing"): "king", "Beijing" are not.</summary>
    public static bool IsLowerIngForm(ReadOnlySpan<char> w) => w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>An article, quantity or modifier that may stand before a verb's actor object ("the visiting", "several").</summary>
    public static bool IsObjectModifier(ReadOnlySpan<char> w) => s_objectModifiers.Contains(w);

    /// <summary>A compass word before a place ("southern", "north-eastern"): class <c>region-modifier</c>.</summary>
    public static bool IsRegionModifier(ReadOnlySpan<char> w) => s_regionModifiers.Contains(w);

    /// <summary>A verb of reply: with "in kind" it repeats the last act backwards.</summary>
    public static bool IsReply(ReadOnlySpan<char> w) => s_replies.Contains(w);

    /// <summary>A word a stated length qualifies ("a three-day state visit").</summary>
    public static bool IsStay(ReadOnlySpan<char> w) => s_stays.Contains(w);

    /// <summary>A preposition that puts a place where an act happens, not at whom it is aimed ("talks in Astana").</summary>
    public static bool IsLocative(ReadOnlySpan<char> preposition) => s_locatives.Contains(preposition);

    /// <summary>A noun of an agreement ("pact", "treaty", "memorandum"), whose relative clause may tell its terms.</summary>
    public static bool IsAccordNoun(ReadOnlySpan<char> w) => s_accordNouns.Contains(w);

    /// <summary>After "its/their", an actor's own people ("citizens", "nationals").</summary>
    public static bool IsOwnPeople(ReadOnlySpan<char> w) => s_ownPeople.Contains(w);

    /// <summary>A test on one word, for the look-arounds that search for a word of some class.</summary>
    internal delegate bool WordTest(ReadOnlySpan<char> word);

    /// <summary>
    /// The index of the first word after the determiner at <paramref name="determiner"/> that passes <paramref name="isNoun"/>,
    /// with only plain words between (no actor, time phrase, number or punctuation) and at most
    /// <see cref="ExtractionOptions.JointActModifierReach"/> of them ("the verdict", "the latest deadly strike"); -1 when none.
    /// The caller tests the determiner: each reads its own set ("both" before an accord, only "the/this/that" before an armed act).
    /// </summary>
    public static int NounAfterDeterminer(SentenceView view, int determiner, WordTest isNoun)
    {
        for (var j = determiner + 1; j < Math.Min(view.Tokens.Count, determiner + 2 + view.Options.JointActModifierReach) && view.MentionAt[j] < 0
            && view.TimeAt[j] < 0 && view.Tokens[j].Kind == TokenKind.Word; j++)
        {
            if (isNoun(view.Word(j)))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first token from k that is not an article, a possessive pronoun or a word of tenure ("visiting", "then", "sitting"):
    /// class <c>article-before-actor</c>.
    /// </summary>
    public static int SkipArticles(SentenceView view, int k)
    {
        while (k < view.Tokens.Count && s_articlesBeforeActors.Contains(view.Word(k)))
        {
            k++;
        }

        return k;
    }

    /// <summary>Walking back from k, the first token that is not an article ("a", "an", "the"); -1 when none is left.</summary>
    public static int SkipArticlesBackward(SentenceView view, int k)
    {
        while (k >= 0 && Determiners.IsArticle(view.Word(k)))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// After "by" or a verb: the first token of the actor a title introduces, "the foreign ministers of | Chile and Peru", "the
    /// leaders of | Russia and China" (lower-case words up to "of" whose last is a title, at most
    /// <see cref="ExtractionOptions.TitleOfReach"/>), or <paramref name="k"/> itself when no such title stands there.
    /// </summary>
    public static int SkipTitleOf(SentenceView view, int k)
    {
        if (k >= view.Tokens.Count || view.MentionAt[k] >= 0)
        {
            return k;
        }

        for (var j = k; j < Math.Min(view.Tokens.Count - 1, k + view.Options.TitleOfReach); j++)
        {
            var w = view.Word(j);
            if (w is "of")
            {
                // Only a title: "the decision of Kazakhstan" is a decision, not an actor.
                var title = j > k && (Mentions.RoleWords.TryGet(view.Word(j - 1), out _) || view.Word(j - 1) is "heads" or "chiefs" or "representatives" or "members");
                return title && view.MentionAt[j + 1] >= 0 ? j + 1 : k;
            }

            // "hosted the President of Iran", "met the King of Jordan": a capitalised title is a title too.
            if (view.Tokens[j].Kind != TokenKind.Word || (!char.IsLower(w[0]) && !Mentions.RoleWords.TryGet(w, out _)) || view.Blocked[j])
            {
                return k;
            }
        }

        return k;
    }

    public static bool HasMentionBetween(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.MentionAt[k] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"praised Mongolia during talks" is not "demanded talks": a name between them separates the phrases.</summary>
    public static bool HasCapitalisedBetween(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Tokens[k].Kind == TokenKind.Word && char.IsUpper(view.Word(k)[0]))
            {
                return true;
            }
        }

        return false;
    }

    public static bool ReportedSpeechBefore(SentenceView view, int k)
    {
        for (var j = 0; j < k; j++)
        {
            if (s_reportedSpeech.Contains(view.Word(j)))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasWordBetween(SentenceView view, int from, int to, params string[] words)
    {
        for (var k = from; k < to; k++)
        {
            foreach (var w in words)
            {
                if (view.Word(k).Equals(w, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
