using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Knowledge;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// One sentence seen as clauses, built once per sentence in a single pass: where the reporting clauses are
/// ("…, the ministry said on Monday", "X said Monday that…") and the time phrase each carries, and where an
/// embedded clause opens after a complementiser ("claimed that B…", "said B had…"), so that an actor is looked
/// for only inside the clause of its phrase.
/// </summary>
internal sealed class ClauseView
{
    /// <summary>The clause layer's function words, from <c>data/lexicon/clause-words.tsv</c>.</summary>
    internal static readonly WordClasses Words = WordClasses.Load(EmbeddedData.ClauseWords,
        "reporting", "reporting-filler", "temporal-subordinator", "sequence", "not-noun", "clause-opener", "auxiliary", "preposition", "relative", "position", "charge", "denial", "crowd-quantity", "crowd-noun", "attack-noun", "mass-victim", "expelled-population", "artillery-weapon", "aerial-weapon", "cargo-vehicle", "military-cargo", "aid-cargo", "document", "adoption", "unit", "unnamed-party", "third-party", "thing-promise", "promise-not-thing",
        "and-auxiliary", "and-adverb", "repeated-preposition", "leader-title", "host-verb", "noun-phrase-boundary", "light-verb", "light-verb-out", "compass", "finding-verb", "inquiry-noun", "report-noun", "liability-word", "carrier-name", "irregular-participle");

    private static readonly WordSet s_reportingVerbs = Words.Lookup("reporting");

    // Words that may stand between a reporting verb and its time phrase: "said in a statement on Monday", "told reporters Monday".
    private static readonly WordSet s_reportingFiller = Words.Lookup("reporting-filler");

    // Subordinators that put a clause at another time than the main one: "…, after France backed…", "before his visit".
    private static readonly WordSet s_temporalSubordinators = Words.Lookup("temporal-subordinator");

    // Words saying that a clause happened later than the events around it: "Russia responded by expelling…", "He later told…".
    private static readonly WordSet s_sequenceCues = Words.Lookup("sequence");

    private readonly bool[] _reporting;

    // For each token, the temporal subordinator whose clause it stands in, or -1; only the date stages of a sentence with a
    // phrase read it, so it is found on first use.
    private int[]? _scope;

    /// <summary>Reads the clauses of a sentence whose tokens, time phrases and mentions are already found.</summary>
    public ClauseView(SentenceView sentence)
    {
        Options = sentence.Options;
        Text = sentence.Text;
        Tokens = sentence.Tokens;
        Times = sentence.Times;
        TimeAt = sentence.TimeAt;
        MentionAt = sentence.MentionAt;
        var (text, tokens, timeAt, mentionAt) = (Text, Tokens, TimeAt, MentionAt);
        _reporting = new bool[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || timeAt[k] >= 0 || mentionAt[k] >= 0 || !s_reportingVerbs.Contains(tokens[k].In(text)))
            {
                continue;
            }

            _reporting[k] = true;
            if (ReportingDate is null && TimeOfReportingVerb(k) is { } date)
            {
                ReportingDate = date;
                ReportingVerb = k;
            }
        }
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<TemporalExpression> Times { get; }

    public int[] TimeAt { get; }

    public int[] MentionAt { get; }

    public ExtractionOptions Options { get; }

    /// <summary>The sentence's relative clauses and parentheticals ("Kazakhstan, which hosted Xi, signed…").</summary>
    /// <remarks>Read only by the stages that attach actors and dates to a phrase, so built on first use: a sentence without
    /// a phrase never needs it. It depends only on the view's tokens, time phrases and mentions, which never change.</remarks>
    public RelativeClauses Relatives => _relatives ??= new RelativeClauses(Text, Tokens, MentionAt, TimeAt, s_relativePronouns, s_prepositions);

    private RelativeClauses? _relatives;

    private static readonly WordSet s_relativePronouns = Words.Lookup("relative");

    private static readonly WordSet s_prepositions = Words.Lookup("preposition");

    /// <summary>The date of the first reporting clause that carries one ("the ministry said on Monday"), or null.</summary>
    public FuzzyDate? ReportingDate { get; }

    /// <summary>The token of that reporting verb, or -1.</summary>
    public int ReportingVerb { get; } = -1;

    /// <summary>Whether the word is of class <c>reporting</c> ("said", "told", "announced"), wherever it stands.</summary>
    public static bool IsReportingWord(ReadOnlySpan<char> w) => s_reportingVerbs.Contains(w);

    /// <summary>Whether token k is a verb of saying ("said", "told", "announced"), which closes the clause before it.</summary>
    public bool IsReportingVerb(int k) => k >= 0 && k < _reporting.Length && _reporting[k];

    /// <summary>
    /// The temporal subordinate clause token k stands in, named by its subordinator's index ("after" in "…, after
    /// France backed…"), or -1 in the main clause. Such a clause runs to the next comma or the sentence's end.
    /// </summary>
    public int ScopeOf(int k) => (_scope ??= FindScopes())[k];

    /// <summary>
    /// Whether some token of the sentence may hold a hyphen ("U.S.-brokered", "three-day"): one vectorised search of the sentence's
    /// text, made on first use, so that a stage that reads only hyphenated words skips a sentence with none without a look-up
    /// per token. Exact: a token's text is part of the sentence's.
    /// </summary>
    public bool HasHyphen => _hasHyphen ??= SentenceSpan().Contains('-');

    private bool? _hasHyphen;

    /// <summary>
    /// Whether some token may give a stay's length (<see cref="StayLength.Of"/>: "three-day", "one-week", "weeklong"): found on
    /// first use by <see cref="StayLength.MayStandIn"/> over the sentence's text.
    /// </summary>
    public bool MayTellStayLength => _mayTellStayLength ??= StayLength.MayStandIn(SentenceSpan());

    private bool? _mayTellStayLength;

    // The text from the first token's start to the last token's end (empty for a sentence of no token).
    private ReadOnlySpan<char> SentenceSpan() => Tokens.Count == 0 ? [] : Text.AsSpan(Tokens[0].Start, Tokens[^1].End - Tokens[0].Start);

    private int[] FindScopes()
    {
        var scopes = new int[Tokens.Count];
        var scope = -1;
        for (var k = 0; k < Tokens.Count; k++)
        {
            var w = Tokens[k].In(Text);
            if (w is "," && scope >= 0 && AppositiveNameEnd(scope, k) is var close and > 0)
            {
                // "two days after Moscow's top general, Valery Gerasimov, publicly praised …": the name set off by commas
                // stands beside the subordinate clause's subject, whose verb follows; the clause goes on past both commas.
                for (; k <= close; k++)
                {
                    scopes[k] = scope;
                }

                k--;
                continue;
            }

            if (w is "," or ";" or ":")
            {
                scope = -1;
            }
            else if (TimeAt[k] < 0 && s_temporalSubordinators.Contains(w))
            {
                scope = k;
            }

            scopes[k] = scope;
        }

        return scopes;
    }

    // How many auxiliaries or adverbs may stand between an appositive's closing comma and the verb ("…, Valery Gerasimov,
    // publicly praised", "…, Joe Biden, had already lifted").
    private const int AppositiveVerbReach = 2;

    // The closing comma of a name set off by commas right after the subject of the subordinate clause opened at `subordinator`
    // ("after Kenya's president, Uhuru Kenyatta, received …"), or -1. The comma at `comma` must follow an actor mention
    // inside the clause; the tokens up to the next comma must be one other mention; and after that comma the clause's verb
    // must come, a lower-case past form in -ed or a verb of saying, behind at most two auxiliaries or -ly adverbs. A capital
    // or a pronoun there opens the main clause instead ("After talks with China's premier, Li Qiang, Albanese said …").
    private int AppositiveNameEnd(int subordinator, int comma)
    {
        if (comma < 1 || comma + 2 >= Tokens.Count || MentionAt[comma - 1] < 0 || comma - 1 <= subordinator)
        {
            return -1;
        }

        var name = MentionAt[comma + 1];
        if (name < 0 || name == MentionAt[comma - 1])
        {
            return -1;
        }

        var close = comma + 1;
        while (close < Tokens.Count && MentionAt[close] == name)
        {
            close++;
        }

        if (close + 1 >= Tokens.Count || Tokens[close].In(Text) is not ",")
        {
            return -1;
        }

        for (var v = close + 1; v < Tokens.Count && v <= close + 1 + AppositiveVerbReach; v++)
        {
            var word = Tokens[v].In(Text);
            if (Tokens[v].Kind != TokenKind.Word || word.Length < 2 || !char.IsLower(word[0]) || MentionAt[v] >= 0 || TimeAt[v] >= 0)
            {
                return -1;
            }

            if (_reporting[v] || (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal)))
            {
                return close;
            }

            if (!s_auxiliaries.Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the time phrase at token k is used as an adjective of another noun: "ahead of the 2024 parliamentary
    /// elections", "after the 2005 Andijan events", "during the 2020 war". It dates that noun, not the clause's act.
    /// </summary>
    public bool IsAttributiveTime(int k)
    {
        var phrase = TimeAt[k];
        var first = k;
        while (first > 0 && TimeAt[first - 1] == phrase)
        {
            first--;
        }

        var last = k;
        while (last + 1 < Tokens.Count && TimeAt[last + 1] == phrase)
        {
            last++;
        }

        if (first == 0 || last + 1 >= Tokens.Count || Tokens[last + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        if (s_notNouns.Contains(Tokens[last + 1].In(Text)))
        {
            return false;
        }

        return IsDeterminer(Tokens[first - 1].In(Text))
            || (first == last && IsBareYear(Tokens[first].In(Text)) && (DeterminedAcross(first, YearPhraseWords.Modifiers) || DeterminedAcross(first, YearPhraseWords.Name)));
    }

    /// <summary>
    /// Whether the time phrase at token k dates a reduced relative clause, a past participle right after the noun of an
    /// object ("accepted a request made on Tuesday by Berlin", "protested over the accord signed in Ankara on 27 April"): it
    /// dates the participle's act, which is background to the main clause, as a "which"-clause's time is. The participle
    /// follows a lower-case noun (no auxiliary, pronoun or adverb) opened by a determiner, and that noun phrase follows a
    /// lower-case word other than a verb of saying or "that", with a verb told before it, so it is no clause's subject ("the
    /// ministry said the government announced on Monday", "Officials in the capital appealed on Monday"); after the participle
    /// only a preposition or a place may stand before the time.
    /// </summary>
    public bool IsReducedRelativeTime(int k)
    {
        var first = k;
        while (first > 0 && TimeAt[first - 1] == TimeAt[k])
        {
            first--;
        }

        // Back over at most a preposition and a place ("signed in Ankara on …") to the participle.
        var p = first - 1;
        for (var steps = 0; p > 0 && steps < ReducedRelativeGap && Tokens[p].Kind == TokenKind.Word && (MentionAt[p] >= 0 || s_prepositions.Contains(Tokens[p].In(Text))); steps++)
        {
            p--;
        }

        if (p < 3 || Tokens[p].Kind != TokenKind.Word || MentionAt[p] >= 0 || TimeAt[p] >= 0)
        {
            return false;
        }

        var participle = Tokens[p].In(Text);
        if (!PhraseGrammar.IsLowerPastForm(participle) && !s_irregularParticiples.Contains(participle))
        {
            return false;
        }

        var noun = Tokens[p - 1].In(Text);
        if (Tokens[p - 1].Kind != TokenKind.Word || MentionAt[p - 1] >= 0 || TimeAt[p - 1] >= 0 || noun.Length < 3 || !char.IsLower(noun[0])
            || noun.EndsWith("ly", StringComparison.Ordinal) || s_auxiliaries.Contains(noun) || s_prepositions.Contains(noun) || IsDeterminer(noun)
            || _reporting[p - 1] || PhraseGrammar.IsLowerPastForm(noun))
        {
            return false;
        }

        // The determiner that opens the noun phrase, at most two modifiers before the noun.
        for (var d = p - 2; d >= Math.Max(1, p - 4); d--)
        {
            if (Tokens[d].Kind != TokenKind.Word || TimeAt[d] >= 0)
            {
                return false;
            }

            if (IsDeterminer(Tokens[d].In(Text)))
            {
                var before = Tokens[d - 1].In(Text);
                return Tokens[d - 1].Kind == TokenKind.Word && MentionAt[d - 1] < 0 && TimeAt[d - 1] < 0 && before.Length > 1 && char.IsLower(before[0])
                    && !_reporting[d - 1] && before is not "that" && !s_auxiliaries.Contains(before) && VerbBefore(d);
            }
        }

        return false;
    }

    // Whether a verb in the past or of saying stands before token k, so that the noun phrase at k is an object, not the subject
    // with a place after it ("Officials in the capital appealed on Wednesday"). Counted once per sentence, on first use.
    private bool VerbBefore(int k)
    {
        if (_verbBefore is null)
        {
            _verbBefore = new bool[Tokens.Count + 1];
            for (var j = 0; j < Tokens.Count; j++)
            {
                var w = Tokens[j].In(Text);
                _verbBefore[j + 1] = _verbBefore[j] || (Tokens[j].Kind == TokenKind.Word && MentionAt[j] < 0 && TimeAt[j] < 0
                    && (_reporting[j] || PhraseGrammar.IsLowerPastForm(w) || s_irregularParticiples.Contains(w)));
            }
        }

        return _verbBefore[k];
    }

    private bool[]? _verbBefore;

    // The most words (a preposition and a place) between a reduced relative's participle and its time phrase.
    private const int ReducedRelativeGap = 2;

    private static readonly WordSet s_irregularParticiples = Words.Lookup("irregular-participle");

    /// <summary>
    /// Whether the time phrase at token k is the year that closes a name ("the Khaan Quest 2023 exercise", "Russia's Vostok
    /// 2022 drills"): no time of any act, even where a phrase that opens the sentence would date the sentence's acts.
    /// </summary>
    public bool IsYearOfAName(int k) =>
        IsBareYear(Tokens[k].In(Text)) && (k == 0 || TimeAt[k - 1] != TimeAt[k]) && k + 1 < Tokens.Count && TimeAt[k + 1] != TimeAt[k]
        && Tokens[k + 1].Kind == TokenKind.Word && !s_notNouns.Contains(Tokens[k + 1].In(Text)) && DeterminedAcross(k, YearPhraseWords.Name);

    private static bool IsDeterminer(ReadOnlySpan<char> w) => w is "the" or "The" or "a" or "an" or "its" or "his" or "her" or "their" or "this" or "that";

    private static bool IsBareYear(ReadOnlySpan<char> w) => w.Length == 4 && char.IsAsciiDigit(w[0]) && char.IsAsciiDigit(w[1]) && char.IsAsciiDigit(w[2]) && char.IsAsciiDigit(w[3]);

    // How many modifiers may stand between a determiner and the year they share a noun with ("a deadly 2014 explosion").
    private const int AttributiveModifierReach = 2;

    // How many capitalised words a name may hold before its year ("the Maritime Security Belt 2023 drills").
    private const int NameWordReach = 4;

    // What stands between the determiner or possessive that opens a noun phrase and the bare year inside it.
    private enum YearPhraseWords
    {
        // "over a deadly 2014 explosion", "Russia's 2022 invasion", "the disputed 2020 election": at most two lower-case
        // modifiers, none a function word, and a possessive may stand right before the year; the year is the noun's.
        Modifiers,

        // "the Khaan Quest 2023 exercise", "Russia's Vostok 2022 manoeuvres", "the Maritime Security Belt 2023 drills": a
        // capitalised name of up to four words that the year closes; the drills' time is told elsewhere. A month before the year
        // would have joined the time phrase ("the May 2023 summit").
        Name,
    }

    // Whether a determiner or a possessive opens a noun phrase that runs over the given words up to the bare year.
    private bool DeterminedAcross(int year, YearPhraseWords between)
    {
        var reach = between == YearPhraseWords.Modifiers ? AttributiveModifierReach : NameWordReach;
        for (var k = year - 1; k >= 0 && k >= year - 1 - reach; k--)
        {
            var w = Tokens[k].In(Text);
            var possessive = w is "'s" or "\u2019s";
            if ((k < year - 1 && (possessive || IsDeterminer(w))) || (possessive && between == YearPhraseWords.Modifiers))
            {
                return true;
            }

            if (!MayStandBeforeYear(k, w, between))
            {
                return false;
            }
        }

        return false;
    }

    // The sentence's first word is capitalised whatever it is, so it cannot show that a name runs on to the year.
    private bool MayStandBeforeYear(int k, ReadOnlySpan<char> w, YearPhraseWords between) =>
        Tokens[k].Kind == TokenKind.Word && w.Length > 0 && (between == YearPhraseWords.Modifiers
            ? char.IsLower(w[0]) && !s_prepositions.Contains(w) && !s_auxiliaries.Contains(w) && !s_reportingVerbs.Contains(w) && !s_clauseOpeners.Contains(w)
            : char.IsUpper(w[0]) && k > 0);

    // Words after "the 2024 …" that show the year is not an adjective: "the 2024 to 2025 period" is still read as one.
    private static readonly WordSet s_notNouns = Words.Lookup("not-noun");

    /// <summary>
    /// Where a trailing reporting clause begins after token <paramref name="from"/> (", the Israeli military said"), so that
    /// its speaker is not read as an object of the phrase before it; <paramref name="end"/> when there is none before it.
    /// </summary>
    public int ReportingClauseStart(int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (!_reporting[k])
            {
                continue;
            }

            // A named actor counts as one word: ", the Organisation for the Prohibition of Chemical Weapons found" is as short
            // a speaker as ", the OPCW found".
            for (int c = k - 1, words = 0; c > from && words < Options.ReporterReach; c--)
            {
                if (Tokens[c].In(Text) is ",")
                {
                    return c;
                }

                if (MentionAt[c] < 0 || MentionAt[c + 1] != MentionAt[c])
                {
                    words++;
                }
            }

            return end;
        }

        return end;
    }

    /// <summary>
    /// Whether the phrase starting at token <paramref name="first"/> stands in a clause of its own whose subject is not an
    /// actor: "…, after the Dalai Lama visited Mongolia", "said that a convoy had crossed…". Such a phrase has no source,
    /// and must not borrow the main clause's subject. Looks back at most to <paramref name="windowStart"/>.
    /// </summary>
    public bool HasNonActorSubject(int first, int windowStart)
    {
        var words = 0;
        for (var k = first - 1; k >= windowStart && k >= 0; k--)
        {
            if (MentionAt[k] >= 0)
            {
                return false;
            }

            var w = Tokens[k].In(Text);
            if (s_clauseOpeners.Contains(w) || IsReportingVerb(k))
            {
                return words > 0;
            }

            if (w is "," or ";" or "and" or "or" or "but")
            {
                return false;
            }

            if (TimeAt[k] < 0 && !s_auxiliaries.Contains(w))
            {
                words++;
            }
        }

        return false;
    }

    // Words that open a clause with its own subject.
    private static readonly WordSet s_clauseOpeners = Words.Lookup("clause-opener");

    // Auxiliaries and adverbs that stand between a subject and its verb.
    private static readonly WordSet s_auxiliaries = Words.Lookup("auxiliary");

    /// <summary>Whether a word in tokens [from, to) says the clause came later than the events before it ("responded", "later").</summary>
    public bool HasSequenceCue(int from, int to)
    {
        for (var k = Math.Max(0, from); k < to && k < Tokens.Count; k++)
        {
            if (s_sequenceCues.Contains(Tokens[k].In(Text)))
            {
                return true;
            }
        }

        return false;
    }

    private FuzzyDate? TimeOfReportingVerb(int verb)
    {
        for (var k = verb + 1; k < Tokens.Count && k <= verb + Options.ReportingTimeReach; k++)
        {
            if (TimeAt[k] >= 0)
            {
                return Times[TimeAt[k]].Value;
            }

            if (MentionAt[k] >= 0 && !(k == verb + 1 && Tokens[k].In(Text) is "reporters"))
            {
                break;
            }

            if (!s_reportingFiller.Contains(Tokens[k].In(Text)))
            {
                break;
            }
        }

        for (var k = verb - 1; k >= 0 && k >= verb - Options.ReportingTimeReachBack; k--)
        {
            if (TimeAt[k] >= 0)
            {
                return Times[TimeAt[k]].Value;
            }

            if (Tokens[k].In(Text) is "," or ";" or "that" || MentionAt[k] >= 0)
            {
                break;
            }
        }

        return null;
    }
}
