using System.Collections.Frozen;
using Orkhon.Extraction.Lexicon;
using Orkhon.Knowledge;

namespace Orkhon.Extraction;

/// <summary>
/// Words that make a reported event not a fact: negation ("did not visit"), modality ("may revise",
/// "could sign"), condition ("if", "whether"), expectation and plans ("is expected to", "has yet to"),
/// reluctance ("unwillingness to", "resisted pressure to") and hearsay denied ("denied that", "rumours").
/// <see cref="ModalityClassifier"/> reads them and decides what the phrase is coded as. The words are data:
/// <c>data/lexicon/modality-cues.tsv</c>.
/// </summary>
public static class ModalityCues
{
    private static readonly WordClasses s_file = WordClasses.Load(EmbeddedData.ModalityCues,
        "local", "negation", "modal", "plan", "sentence", "condition", "unrealised", "future", "share", "decision", "vow", "mishap", "cause", "agreement", "question", "topic", "prospect", "calloff", "hedge", "truce", "object-negation", "undo", "litotes", "litotes-verb", "prohibition", "comparison", "speculator", "roll", "fronted", "opinion", "agenda", "coordinator", "coordinator-lead", "conjunct-preposition", "turn-back", "report-noun", "denial-predicate", "schedule", "schedule-copula", "belief", "belief-holder", "belief-filler", "awaiting", "awaiting-lead", "awaiting-led", "proposal-noun", "share-possessive");

    /// <summary>Cues that cancel a phrase when they stand between its subject and it.</summary>
    public static readonly FrozenSet<string> Local = s_file.Of("local");

    /// <summary>Of <see cref="Local"/>, the cues that deny the act outright: these never become an intent or a threat.</summary>
    public static readonly FrozenSet<string> Negation = s_file.Of("negation");

    /// <summary>Of <see cref="Local"/>, the modal verbs: a hostile act under one of them and a condition is a threat ("may impose … should Minsk continue").</summary>
    public static readonly FrozenSet<string> Modal = s_file.Of("modal");

    /// <summary>Of <see cref="Local"/>, words of a stated plan or schedule: "plans to visit", "intends to sign" are intents, as "will visit" is.</summary>
    public static readonly FrozenSet<string> Plan = s_file.Of("plan");

    /// <summary>Cues that cancel every phrase after them in the sentence.</summary>
    public static readonly FrozenSet<string> SentenceWide = s_file.Of("sentence");

    /// <summary>Words that state a condition anywhere in the sentence: "if", "unless", "should Minsk continue", "otherwise".</summary>
    public static readonly FrozenSet<string> Condition = s_file.Of("condition");

    /// <summary>Words that say a plan did not come about: "had been due to visit Baku but postponed the trip".</summary>
    public static readonly FrozenSet<string> Unrealised = s_file.Of("unrealised");

    /// <summary>
    /// Prepositions that, opening a sentence, close their phrase at its first comma: a sentence-wide cue inside that phrase
    /// does not reach the main clause ("After weeks of speculation, Germany expelled …", "Amid rumours of a rift, Xi met …").
    /// </summary>
    public static readonly FrozenSet<string> Fronted = s_file.Of("fronted");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FrontedLookup = Fronted.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs of opinion that attribute a clause to a speculator as a reporting verb does ("…, analysts believe").</summary>
    public static readonly FrozenSet<string> Opinion = s_file.Of("opinion");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpinionLookup = Opinion.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs of belief, fear or suspicion whose clause is what the holder believes of another party ("Poland fears Russia will attack").</summary>
    public static readonly FrozenSet<string> Belief = s_file.Of("belief");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeliefLookup = Belief.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Personal pronouns that may hold a belief right before its verb ("he feared …").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeliefHolderLookup = s_file.Of("belief-holder").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that may stand between a belief's holder and its verb ("has long feared").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeliefFillerLookup = s_file.Of("belief-filler").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Conjunctions opening a clause whose act a future main clause waits for ("would stay closed until Armenia signed").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AwaitingLookup = s_file.Of("awaiting").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that make the next word such a conjunction ("only when", "as soon as").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AwaitingLeadLookup = s_file.Of("awaiting-lead").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The conjunctions after such a word ("when", "after", "as").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AwaitingLedLookup = s_file.Of("awaiting-led").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns of a proposal whose "that" clause tells what is proposed ("the proposal that the two countries take…").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProposalNounLookup = s_file.Of("proposal-noun").GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LocalLookup = Local.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegationLookup = Negation.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModalLookup = Modal.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanLookup = Plan.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceWideLookup = SentenceWide.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConditionLookup = Condition.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnrealisedLookup = Unrealised.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of a schedule right before an infinitive's "to": "is due to sign", "is scheduled to visit", "set to meet" tell a planned act.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScheduleLookup = s_file.Of("schedule").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Forms of "be" that schedule the act after their "to" ("is to visit", "are to meet").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScheduleCopulaLookup = s_file.Of("schedule-copula").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs of a decision taken or an act continued, before an infinitive: "voted to set up an inquiry", "moved to expel", "continued to shell" report the act as done.</summary>
    public static readonly FrozenSet<string> Decision = s_file.Of("decision");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DecisionLookup = Decision.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs of a vow or pledge: the hostile act vowed ("vowed to strike", "pledged to impose sanctions") is a threat (13x), not an intent.</summary>
    public static readonly FrozenSet<string> Vow = s_file.Of("vow");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VowLookup = Vow.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Causative verbs before an object and "to": "prompting Seoul to scramble jets" tells of jets scrambled.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CauseLookup = s_file.Of("cause").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Agreeing before "to": a measure agreed ("agreed to impose sanctions") is the measure taken (<see cref="AnnouncedMeasures"/>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AgreementLookup = s_file.Of("agreement").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Floods, storms, illness: a trip called off for one is no step against the host (<see cref="MishapCancellations"/>).</summary>
    public static readonly FrozenSet<string> Mishap = s_file.Of("mishap");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MishapLookup = Mishap.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Future markers: a planned consultation is coded as an intent to meet (036); other planned acts are not events yet.</summary>
    public static readonly FrozenSet<string> Future = s_file.Of("future");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureLookup = Future.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Before "of", a share of a standing flow ("most of its fuel"): with a verb in the present, a statistic.</summary>
    public static readonly FrozenSet<string> Share = s_file.Of("share");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ShareLookup = Share.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Possessives that, right after "all", make the share "all of" told without "of" ("supplies all its fuel").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SharePossessiveLookup = s_file.Of("share-possessive").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open a direct question ("Will China invade Taiwan?"): a sentence they open and "?" closes asks, it does not tell.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuestionLookup = s_file.Of("question").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A work, study or remembrance before "on", "about" or "of": the event noun after it is its subject ("a book on the Soviet invasion").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopicLookup = s_file.Of("topic").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs whose object event noun did not take place: "put off a state visit", "postponed the summit" (<see cref="UnrealisedActs"/>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CallOffLookup = s_file.Of("calloff").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words that join a second event noun to a first under the same verb: "called off the summit and a visit to Seoul", "… plus
    /// a trip to Hanoi" (<see cref="UnrealisedActs.IsCoordinatedWithCalledOff"/>).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CoordinatorLookup = s_file.Of("coordinator").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that, right before "with", make it a coordinator: "along with", "together with".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CoordinatorLeadLookup = s_file.Of("coordinator-lead").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Prepositions of a first event noun's complement before a coordinator: "the stop in Manila, along with …".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConjunctPrepositionLookup = s_file.Of("conjunct-preposition").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A verb that, with "back" after it, says a traveller turned back before arriving (<see cref="UnrealisedActs.IsTurnedBack"/>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TurnBackLookup = s_file.Of("turn-back").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A report or claim whose content clause tells an act second-hand ("reports that Beijing would send troops…").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportNounLookup = s_file.Of("report-noun").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A predicate that says such a report is false ("were false", "baseless", "untrue").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DenialPredicateLookup = s_file.Of("denial-predicate").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words before an event noun that make the act only suspected or alleged: "a suspected Israeli strike" (<see cref="UnrealisedActs"/>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HedgeLookup = s_file.Of("hedge").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs of halting fighting after an agreement or pledge: "agreed to pause fighting" is a truce (<see cref="AgreedTruces"/>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TruceLookup = s_file.Of("truce").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A fear, risk or idea before "of": the event noun after it is what might happen ("fears of a Chinese invasion").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProspectLookup = s_file.Of("prospect").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Determiners that, opening a verb's object, deny the act: "offered no troops", "recognised neither side's claim".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectNegationLookup = s_file.Of("object-negation").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs whose object event noun is ended or lifted, not done: "lift all U.S. sanctions on Syria" (<see cref="UnrealisedActs"/>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UndoLookup = s_file.Of("undo").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Right after a negation, words that turn it into an affirmation: "not only condemned", "did not hesitate to summon".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LitotesLookup = s_file.Of("litotes").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Of the litotes words, the verbs that govern an infinitive: "did not hesitate to condemn" tells of the condemnation as done.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LitotesVerbLookup = s_file.Of("litotes-verb").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A ban before "on": the event noun after it is barred, not done ("the ban on American aid to Azerbaijan").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProhibitionLookup = s_file.Of("prohibition").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns that, after "on the" behind a form of "be", make an event noun before them a subject of talks ("a prisoner exchange is on the agenda").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AgendaLookup = s_file.Of("agenda").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A superlative or "first" before "since": the event noun after "since" is a yardstick ("the worst fighting since their 2020 war").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ComparisonLookup = s_file.Of("comparison").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Analysts and commentators: a next sentence closed by ", they said" is their speculation too (<see cref="SpeculatorSpeech"/>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeculatorLookup = s_file.Of("speculator").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lists and registers: a verb of force whose object is taken "off" one deletes it (<see cref="StruckOffLists"/>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RollLookup = s_file.Of("roll").GetAlternateLookup<ReadOnlySpan<char>>();
}
