using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "A Lithuanian court convicted three Belarusian officers. … Minsk called the verdict absurd": a reaction whose object is a
/// definite noun naming an earlier act ("the verdict", "the move", "the sanctions", "the visit"; <c>data/lexicon/act-nouns.tsv</c>)
/// answers whoever did the last coded act of that kind, in its own sentence or a few sentences before. The act must have
/// been coded: an author is never guessed from the names around the noun, because in news the party a reaction answers is
/// often named sentences earlier and the sentence just before is often detail about someone else.
/// </summary>
internal static class ActAuthors
{
    private const string ActNounsFile = "lexicon.act-nouns.tsv";

    /// <summary>The classes of <c>data/lexicon/act-nouns.tsv</c>; every stage that reads the file names them all.</summary>
    internal static readonly string[] ActNounClasses = ["any-act", "judicial", "coercion", "trip", "armed-act", "accord", "finding", "hostile-act", "mediated-act"];

    private static readonly WordClasses s_words = WordClasses.Load(ActNounsFile, ActNounClasses);
    private static readonly WordSet s_anyAct = s_words.Lookup("any-act");
    private static readonly WordSet s_judicial = s_words.Lookup("judicial");
    private static readonly WordSet s_coercion = s_words.Lookup("coercion");
    private static readonly WordSet s_trip = s_words.Lookup("trip");
    private static readonly WordSet s_armedAct = s_words.Lookup("armed-act");
    private static readonly WordSet s_finding = s_words.Lookup("finding");
    private static readonly WordSet s_hostileAct = s_words.Lookup("hostile-act");

    // Every act a demonym may own ("the Iranian move", "the Turkish ruling"); the mediated acts ("talks", "exchange") are joint
    // acts a host may well host.
    private static readonly WordSet s_ownedAct = new(ActNounClasses.Where(c => c != "mediated-act").SelectMany(s_words.Of));

    /// <summary>
    /// The author of the act the phrase's definite object names, as a mention on that noun; null when the object is no act
    /// noun, names its own author or content ("the verdict of the court", "the move to…"), or no act of its kind by another
    /// party than the subject was coded within <see cref="ExtractionOptions.ActAuthorSentences"/> sentences ("the move" looks
    /// only at its own sentence and the one before).
    /// </summary>
    public static ActorMention? Author(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        if (trigger.Entry.IsNoun || trigger.Passive || trigger.Entry.Frame != EventFrame.AgentTheme || subject.Count == 0)
        {
            return null;
        }

        // "Hezbollah said the strike would not go unpunished": a threat over an armed act answers the act's author.
        if (phrase.Cameo.RootNumber == 13 && ArmedActAuthor(view, trigger.End, [subject[0].Code], events, context, sole: false) is { } attacker)
        {
            return attacker;
        }

        // "Washington condemned the attack", "Russia denounced the strikes as an act of aggression": a criticism of an armed act
        // answers the one party the text has told using force in this sentence or the few before, when none of the critics did.
        if (phrase.Cameo.RootNumber == 11 && ArmedActAuthor(view, trigger.End, subject.Select(s => s.Code), events, context, sole: true) is { } striker)
        {
            return striker;
        }

        // "…, and France and Egypt condemned it": the armed act the sentence told before the verb.
        if (VictimsOfTheAct.StrikersOfIt(view, phrase, events, context) is { } strikers)
        {
            return strikers;
        }

        // "the Dutch verdict" names its author by a mention, which the pair finder reads: only plain modifiers may stand between.
        var noun = ActNounAfter(view, trigger.End);
        if (noun >= 0 && KindOf(view.Word(noun)) is { } kind && !NamesItsOwnParty(view, noun)
            && AuthorOf(view, noun, kind, subject[0].Code, events, context) is { } author)
        {
            // "Jordan and Egypt denounced the strike": several parties answer one author, who is none of them.
            return !subject.Any(s => s.Codes.Contains(author.Code))
                ? new ActorMention(noun, noun, [author.Code], author.Role, MentionKind.Coreference, false, false)
                : null;
        }

        // "A Dutch court convicted two officers. … Moscow called the verdict scandalous", "Washington welcomed the report": a
        // stance on a ruling, finding or report whose giving no phrase coded answers the court or body that gave it.
        return phrase.Cameo.RootNumber is 1 or 5 or 11 or 12 && FindingAfter(view, trigger.End) is var finding and >= 0 && !NamesItsOwnParty(view, finding)
            && FindingBody(view, trigger.First, subject, context) is { } body
            ? new ActorMention(finding, finding, [body.Code], body.Role, MentionKind.Coreference, false, false)
            : null;
    }

    // The index of a finding noun ("the ruling", "the report", "the court's findings" is the court's own) right after a definite
    // determiner at the index determiner, plain modifiers between; -1 when none.
    private static int FindingAfter(SentenceView view, int determiner)
    {
        if (determiner >= view.Tokens.Count || !PhraseGrammar.IsDefiniteDeterminer(view.Word(determiner)))
        {
            return -1;
        }

        return PhraseGrammar.NounAfterDeterminer(view, determiner, static w => s_finding.Contains(w));
    }

    // The last court (judiciary) or international body named before the phrase at first, in its sentence or the sentences the
    // context remembers, when it is none of the subjects: who gave the ruling or the report a stance answers.
    private static ActorMention? FindingBody(SentenceView view, int first, IReadOnlyList<ActorMention> subject, MentionContext context)
    {
        bool IsBody(ActorMention m) => !m.IsPlace && !m.IsWeak && m.Codes.Count == 1 && !subject.Any(s => s.Codes.Contains(m.Code))
            && (m.Role == ActorRole.Judiciary || Knowledge.ReferenceData.Default.FindCountry(m.Code) is null);
        for (var k = first - 1; k >= 0; k--)
        {
            if (view.MentionAt[k] >= 0 && view.Found[view.MentionAt[k]] is var m && IsBody(m))
            {
                return m;
            }
        }

        return context.Recent.LastOrDefault(IsBody);
    }

    /// <summary>
    /// The author of the armed act ("the strike", "the killing"; class <c>armed-act</c>) named right after a threat's or a
    /// criticism's verb, as a mention on the noun, from the coded acts of roots 18–20 in this sentence or up to
    /// <see cref="ExtractionOptions.ThreatenedAttackSentences"/> before: for a threat, the author of the latest by another party
    /// than the one threatening; for a criticism (<paramref name="sole"/>), the one party that did them all, and nothing after an
    /// exchange of fire.
    /// </summary>
    private static ActorMention? ArmedActAuthor(SentenceView view, int determiner, IEnumerable<string> subjects, List<EventMention> events, MentionContext context, bool sole)
    {
        var subject = subjects.ToHashSet(StringComparer.Ordinal);
        if (determiner >= view.Tokens.Count || view.Word(determiner) is not ("the" or "this" or "that"))
        {
            return null;
        }

        var noun = PhraseGrammar.NounAfterDeterminer(view, determiner, static w => s_armedAct.Contains(w));
        if (noun < 0 || NamesItsOwnParty(view, noun))
        {
            return null;
        }

        if (sole)
        {
            return SoleStriker(view, subject, events, context) is { } one
                ? new ActorMention(noun, noun, [one.Code], one.Role, MentionKind.Coreference, false, false)
                : null;
        }

        static bool Armed(EventMention e, HashSet<string> subject) => e.Cameo.RootNumber is 18 or 19 or 20 && !subject.Contains(e.Source.Code);
        var author = events.FindLast(e => Armed(e, subject));
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count - 1; author is null && s >= Math.Max(0, earlier.Count - view.Options.ThreatenedAttackSentences); s--)
        {
            author = earlier[s].LastOrDefault(e => Armed(e, subject));
        }

        return author is null ? null : new ActorMention(noun, noun, [author.Source.Code], author.Source.Role, MentionKind.Coreference, false, false);
    }

    // The one party that did every armed act (roots 18-20) coded in this sentence and up to ThreatenedAttackSentences before,
    // when it is none of the subjects; null when no armed act was coded or several parties used force ("the attack" after an
    // exchange of fire names no author).
    private static ActorRef? SoleStriker(SentenceView view, HashSet<string> subject, List<EventMention> events, MentionContext context)
    {
        ActorRef? striker = null;
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count; s >= Math.Max(0, earlier.Count - view.Options.ThreatenedAttackSentences); s--)
        {
            foreach (var e in s == earlier.Count ? events : earlier[s])
            {
                if (e.Cameo.RootNumber is not (18 or 19 or 20))
                {
                    continue;
                }

                if (striker is { } known && known.Code != e.Source.Code)
                {
                    return null;
                }

                striker ??= e.Source;
            }
        }

        return striker is { } sole && !subject.Contains(sole.Code) ? sole : null;
    }

    /// <summary>
    /// Whether a nationality adjective or a name stands before an act noun as its owner ("the North Korean decision", "the
    /// Chinese missile launch", "the U.S. move"): the noun, one plain word at most between, follows the mention.
    /// </summary>
    internal static bool OwnsActNoun(SentenceView view, ActorMention owner)
    {
        if (owner.IsPossessive || owner.Kind is not (MentionKind.Adjective or MentionKind.Name))
        {
            return false;
        }

        for (var k = owner.Last + 1; k < Math.Min(view.Tokens.Count, owner.Last + 1 + OwnedNounReach); k++)
        {
            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (s_ownedAct.Contains(view.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    // "the North Korean missile launch", "the Iranian nuclear test": the noun and one modifier before it.
    private const int OwnedNounReach = 2;

    /// <summary>
    /// Whether a definite noun that names a deed with no party of its own follows at <paramref name="determiner"/>: a decision,
    /// move, step or measure (class <c>any-act</c>), plain modifiers or quoted ones between ("regretted the 'completely
    /// unjustified' decision"); not "the decision by Japan", "the move to…".
    /// </summary>
    internal static bool NamesDeed(SentenceView view, int determiner) => NamesDefinite(view, determiner, s_anyAct);

    /// <summary>Whether a definite ruling, verdict, judgment or finding (class <c>finding</c>) with no party of its own follows.</summary>
    internal static bool NamesFinding(SentenceView view, int determiner) => NamesDefinite(view, determiner, s_finding);

    private static bool NamesDefinite(SentenceView view, int determiner, WordSet nouns)
    {
        if (determiner >= view.Tokens.Count || !PhraseGrammar.IsDefiniteDeterminer(view.Word(determiner)))
        {
            return false;
        }

        for (var j = determiner + 1; j < Math.Min(view.Tokens.Count, determiner + 2 + DeedModifierReach) && view.MentionAt[j] < 0 && view.TimeAt[j] < 0; j++)
        {
            var word = view.Word(j);
            if (view.Tokens[j].Kind == TokenKind.Word && nouns.Contains(word))
            {
                return !NamesItsOwnParty(view, j);
            }

            if (view.Tokens[j].Kind != TokenKind.Word && !IsQuoteMark(word))
            {
                return false;
            }
        }

        return false;
    }

    // "the 'completely unjustified' decision": two quote marks and two modifiers.
    private const int DeedModifierReach = 4;

    internal static bool IsQuoteMark(ReadOnlySpan<char> token) => token is "'" or "\"" or "‘" or "’" or "“" or "”";

    /// <summary>Whether the word is a noun of <c>act-nouns.tsv</c> that names an act ("decision", "seizure", "visit", "verdict").</summary>
    internal static bool IsActNoun(ReadOnlySpan<char> word) => KindOf(word) is not null;

    /// <summary>
    /// Every party whose deed (no words: <see cref="IsWords"/>) against <paramref name="code"/> the nearest sentence telling one
    /// coded, this sentence first, then up to <paramref name="reach"/> before ("Four states cut ties with Qatar. … the
    /// measures"); empty when none.
    /// </summary>
    internal static List<ActorRef> DeedDoers(List<EventMention> events, MentionContext context, string code, int reach)
    {
        bool Fits(EventMention e) => e.Target.Code == code && e.Source.Code != code && !IsWords(e.Cameo);
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count; s >= Math.Max(0, earlier.Count - reach); s--)
        {
            var doers = (s == earlier.Count ? events : earlier[s]).Where(Fits).Select(e => e.Source).DistinctBy(a => a.Code).ToList();
            if (doers.Count > 0)
            {
                return doers;
            }
        }

        return [];
    }

    /// <summary>
    /// Whether the code tells words rather than a deed: a statement, an appeal, an intent, a demand, disapproval or an accusation
    /// (110–115, not 116, a finding of guilt) or a threat (roots 01–03, 10, 11, 13). A decision, a move or a ruling names a deed.
    /// </summary>
    internal static bool IsWords(CameoCode code) =>
        code.RootNumber is 1 or 2 or 3 or 10 or 13 || (code.RootNumber == 11 && !code.Value.StartsWith("116", StringComparison.Ordinal));

    /// <summary>Whether the word is an armed-act noun ("strike", "attack", "shelling"; class <c>armed-act</c>).</summary>
    internal static bool IsArmedActNoun(ReadOnlySpan<char> word) => s_armedAct.Contains(word);

    /// <summary>Whether the word is an act of force or coercion ("incursion", "provocation", "seizure"; class <c>hostile-act</c>).</summary>
    internal static bool IsHostileActNoun(ReadOnlySpan<char> word) => s_hostileAct.Contains(word);

    /// <summary>Whether a definite armed-act noun ("the attack", "this bombing") follows at <paramref name="determiner"/>.</summary>
    internal static bool NamesArmedAct(SentenceView view, int determiner)
    {
        if (determiner >= view.Tokens.Count || view.Word(determiner) is not ("the" or "this" or "that"))
        {
            return false;
        }

        return PhraseGrammar.NounAfterDeterminer(view, determiner, static w => s_armedAct.Contains(w)) >= 0;
    }

    /// <summary>
    /// The index of the act noun ("the verdict", "the move") after a determiner, or -1: a word of <c>act-nouns.tsv</c> right after a
    /// definite determiner at <paramref name="determiner"/>, plain modifiers between.
    /// </summary>
    internal static int ActNounAfter(SentenceView view, int determiner)
    {
        if (determiner >= view.Tokens.Count || !PhraseGrammar.IsDefiniteDeterminer(view.Word(determiner)))
        {
            return -1;
        }

        return PhraseGrammar.NounAfterDeterminer(view, determiner, static w => KindOf(w) is not null);
    }

    /// <summary>
    /// Who did the act the noun at <paramref name="noun"/> names, as told in this sentence's <paramref name="events"/> or the
    /// sentences before: the last act of its kind by another party than <paramref name="subject"/>; null when none was coded.
    /// </summary>
    internal static ActorRef? AuthorOf(SentenceView view, int noun, string subject, List<EventMention> events, MentionContext context) =>
        KindOf(view.Word(noun)) is { } kind ? AuthorOf(view, noun, kind, subject, events, context) : null;

    private static ActorRef? AuthorOf(SentenceView view, int noun, Func<CameoCode, bool> kind, string subject, List<EventMention> events, MentionContext context)
    {
        // Any act ("the move") is the one just told; a named kind may be two sentences back, past a sentence of detail; a hostile
        // act ("the seizure", "the incident") three, past the sentences on its victims and on who else was blamed.
        var word = view.Word(noun);
        var hostile = s_hostileAct.Contains(word);
        var reach = s_anyAct.Contains(word) ? 1 : hostile ? view.Options.HostileActSentences : view.Options.ActAuthorSentences;
        bool Fits(EventMention e) => e.Source.Code != subject && kind(e.Cameo);
        bool FitsUntargeted(UntargetedAct a) => a.Author.Code != subject && kind(a.Cameo);
        // An act told with no one it was aimed at ("North Korea blew up the liaison office") has an author all the same; a hostile
        // act noun ("the demolition") may name it. Coded acts of the same sentence come first.
        var author = events.FindLast(Fits)?.Source ?? (hostile ? LastOf(context.CurrentUntargetedActs, FitsUntargeted) : null);
        var earlier = context.EarlierEvents;
        var untargeted = context.EarlierUntargetedActs;
        for (var s = earlier.Count - 1; author is null && s >= Math.Max(0, earlier.Count - reach); s--)
        {
            author = earlier[s].LastOrDefault(Fits)?.Source ?? (hostile && s < untargeted.Count ? LastOf(untargeted[s], FitsUntargeted) : null);
        }

        return author;
    }

    private static ActorRef? LastOf(IReadOnlyList<UntargetedAct> acts, Func<UntargetedAct, bool> fits)
    {
        for (var k = acts.Count - 1; k >= 0; k--)
        {
            if (fits(acts[k]))
            {
                return acts[k].Author;
            }
        }

        return null;
    }

    // The codes an act noun may name; null when the word is no act noun.
    private static Func<CameoCode, bool>? KindOf(ReadOnlySpan<char> word)
    {
        if (s_anyAct.Contains(word))
        {
            return static _ => true;
        }

        var (judicial, coercion, trip, hostile) = (s_judicial.Contains(word), s_coercion.Contains(word), s_trip.Contains(word), s_hostileAct.Contains(word));
        if (!(judicial || coercion || trip || hostile))
        {
            return null;
        }

        return c => (judicial && (c.Value.StartsWith("116", StringComparison.Ordinal) || c.RootNumber == 17))
            || (coercion && c.RootNumber is 16 or 17)
            || (hostile && c.RootNumber is 14 or 15 or (>= 17 and <= 20))
            || (trip && (c.IsIn(CameoCode.MakeVisit) || c.IsIn(CameoCode.HostVisit)));
    }

    // "the verdict of the court", "the move by Japan", "the decision to…", "the visit to Seoul": the noun's own phrase says
    // whose it is or what it is about. A time phrase after it ("hailed the move on Monday night") says neither, nor does the way
    // the stance was made known ("in a statement").
    internal static bool NamesItsOwnParty(SentenceView view, int noun)
    {
        var next = noun + 1;
        if (next >= view.Tokens.Count || view.TimeAt[next] >= 0 || (next + 1 < view.Tokens.Count && view.TimeAt[next + 1] >= 0 && view.Word(next) is "on" or "in"))
        {
            return false;
        }

        // "condemned the attack in a statement", "… in an interview": "in" with an indefinite article tells how the stance was
        // taken, not whose act it was.
        if (next + 1 < view.Tokens.Count && view.Word(next) is "in" && view.Word(next + 1) is "a" or "an")
        {
            return false;
        }

        // "condemned the attack in the strongest terms", "in no uncertain terms": how the stance was worded.
        if (view.Word(next) is "in" && IsMannerOfWords(view, next + 1))
        {
            return false;
        }

        return view.Word(next) is "by" or "of" or "from" or "to" or "on" or "with" or "between" or "against" or "that" or "in" or "for" or "over";
    }

    // "terms" within a few plain words after "in" ("the strongest possible terms", "no uncertain terms"), no actor between.
    private static bool IsMannerOfWords(SentenceView view, int from)
    {
        for (var k = from; k < Math.Min(view.Tokens.Count, from + MannerWordsReach); k++)
        {
            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (view.Word(k) is "terms")
            {
                return true;
            }
        }

        return false;
    }

    // "in the strongest possible terms": the determiner, two modifiers and the noun.
    private const int MannerWordsReach = 4;
}
