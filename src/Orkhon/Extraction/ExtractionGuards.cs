namespace Orkhon.Extraction;

/// <summary>
/// The stages that drop or block a candidate event, by name, so that each can be switched off one at a time and what it
/// blocks counted (the guard ablation of tests/Orkhon.Tests/Extraction/GuardAblationTests.cs; docs/extraction.md, "Branch
/// p34-balance"). The shipped extractor runs them all (<see cref="ExtractionOptions.Guards"/>); a guard switched off lets
/// through what it would have dropped and changes nothing else.
/// </summary>
[Flags]
public enum ExtractionGuards : long
{
    /// <summary>No guard runs.</summary>
    None = 0,

    // Modality (ModalityClassifier): a phrase read as nothing.

    /// <summary>A sentence told by analysts given the word before ("Analysts say …. China could …, they said").</summary>
    SpeculatorSpeech = 1L << 0,

    /// <summary>An "if" or "unless" before the phrase makes any act but a hostile one under a modal nothing.</summary>
    SentenceCondition = 1L << 1,

    /// <summary>An inverted condition, a trailing speculation, "without doing", a direct question.</summary>
    SentenceNotTelling = 1L << 2,

    /// <summary>An event noun a work is about, a yardstick, on the agenda, nothing fixed for it, called off, unheld, hedged.</summary>
    EventNounNotDone = 1L << 3,

    /// <summary>"no" in the phrase, a requirement met, a participle as adjective, struck off a list, a share statistic.</summary>
    NoActOfStates = 1L << 4,

    /// <summary>National teams in a game ("Japan beat Iran 3-1").</summary>
    SportingContests = 1L << 5,

    /// <summary>A sentence opened by "Should", and a subject after "neither" or "nor".</summary>
    ShouldAndNeither = 1L << 6,

    /// <summary>A negation, a plan called off or a local cue ("not", "never", "cancelled plans to") between subject and phrase.</summary>
    LocalNegation = 1L << 7,

    /// <summary>A plan or modal told by one out of office ("the former prime minister said Japan would…").</summary>
    FormerSpeakers = 1L << 8,

    /// <summary>A modal between subject and phrase ("may", "could") with no condition making it a threat.</summary>
    Modal = 1L << 9,

    /// <summary>An event noun right after a verb that asks for it ("demanded talks", "proposed a visit").</summary>
    DemandedNoun = 1L << 10,

    /// <summary>An event noun its own predicate denies or puts ahead ("the visit has yet to take place", "the long-rumoured visit").</summary>
    NounPredicate = 1L << 11,

    /// <summary>An infinitive asked for or meant ("invited Tokayev to visit").</summary>
    UndoneInfinitive = 1L << 12,

    /// <summary>The content of an accusation or a charge ("accused Iran of funding protests").</summary>
    ContentOfAnotherAct = 1L << 13,

    /// <summary>What an appeal, demand, threat or intent asks for ("demanded that Belarus release…").</summary>
    AskedContents = 1L << 33,

    /// <summary>An accord's terms in the future ("signed a deal under which China will give grants").</summary>
    AccordTerms = 1L << 32,

    /// <summary>A future that fell through ("had been due to visit … but postponed").</summary>
    FutureUnrealised = 1L << 14,

    /// <summary>A hostile plan other than force, told with no condition ("will impose sanctions"): left uncoded until done.</summary>
    HostilePlans = 1L << 15,

    // Coding (SentenceExtractor.Coding): a phrase cancelled beside its modality.

    /// <summary>A visit noun in apposition re-telling a planned visit ("will visit …, his first trip to Moscow since…").</summary>
    RetoldVisits = 1L << 16,

    /// <summary>A charge noun a denial names ("denied the accusations of spying").</summary>
    DeniedChargeNouns = 1L << 17,

    /// <summary>A trip called off for a flood or an illness.</summary>
    Mishaps = 1L << 18,

    /// <summary>A standing practice ("has for weeks denounced…").</summary>
    HabitualFrames = 1L << 19,

    /// <summary>A present tense that tells a plan ("leaves for Paris on Monday"), after the publication day.</summary>
    FuturePresents = 1L << 20,

    /// <summary>A bare agreement whose infinitive is a hostile act coded on its own ("agreed to impose sanctions").</summary>
    AbsorbedAgreements = 1L << 21,

    /// <summary>A coordinated or participial phrase takes the negation, modal or plan of the phrase it follows.</summary>
    SharedModality = 1L << 22,

    // Pairs and subjects (SentenceExtractor.Events, PairFinder).

    /// <summary>A body's act told of a government, and service with a force told of anyone but soldiers.</summary>
    SubjectKinds = 1L << 23,

    /// <summary>A pair of one state with itself, unless it is a fight inside it.</summary>
    DomesticFights = 1L << 24,

    /// <summary>A joint intent told by one party is that party's alone.</summary>
    OneSpeakersJointIntent = 1L << 25,

    /// <summary>A party that only looked on ("with Borrell looking on").</summary>
    Onlookers = 1L << 26,

    /// <summary>A companion of the subject, the subject of an absolute clause, a venue's state: no target.</summary>
    CompanionsAndVenues = 1L << 27,

    /// <summary>A crowd, a thing or a stateless attack as its clause's own subject, which borrows no actor.</summary>
    NonActorSubjects = 1L << 28,

    /// <summary>The strike that is a targeted killing's means.</summary>
    KillingMeans = 1L << 29,

    /// <summary>A refusal of a state's own law: the parties its description names are no target ("vetoed a bill on … Argentine importers").</summary>
    DomesticLaws = 1L << 34,

    /// <summary>A group of states acted on keeps the members the document names, when it names some ("asked the Gulf states" after Saudi Arabia).</summary>
    UnnamedMembers = 1L << 35,

    /// <summary>A place after a participle of origin describes the person acted on ("a commander trained in Venezuela").</summary>
    OriginPlaces = 1L << 36,

    /// <summary>The content of a report its own predicate calls false ("reports that Beijing sent troops were false").</summary>
    DeniedReports = 1L << 37,

    /// <summary>A company's craft that flies or sails somewhere makes no visit ("an Aeroflot plane flew to Havana").</summary>
    CarrierTrips = 1L << 38,

    /// <summary>A clause under a verb of belief, fear or suspicion is the holder's belief, not the act of its subject ("Poland fears Russia will attack").</summary>
    HeldBeliefs = 1L << 39,

    /// <summary>The content of an appeal or demand with no "that" or "to" ("demanded Russia withdraw", "hopes China will lift its ban").</summary>
    ThatlessContents = 1L << 40,

    /// <summary>An act in a clause a future main clause waits for ("would stay closed until Armenia signed a treaty").</summary>
    AwaitedActs = 1L << 41,

    /// <summary>A state named beside a border or a sea is no partner of a lone party's joint act ("held drills near its border with China").</summary>
    FrontierLandmarks = 1L << 42,

    /// <summary>The base-form content of a proposal noun is proposed, not done ("rejected the proposal that the two countries take the dispute to the ICJ").</summary>
    ProposedContents = 1L << 43,

    /// <summary>A rejection of a request, demand or complaint named by its noun answers whoever made it ("Tokyo rejected the demand").</summary>
    AnsweredRequests = 1L << 44,

    /// <summary>The content of a denied charge names no one the denial answers ("rejected the claim that Oslo is hostile to Israel").</summary>
    DeniedContents = 1L << 45,

    /// <summary>"by" after a phrase holding its object's article names that object's author, not a passive agent ("dismissed as baseless a call by Sweden").</summary>
    ObjectAuthors = 1L << 46,

    /// <summary>A semicolon ends the clause an appeal or demand governs ("called on Ulaanbaatar to cancel the visit; Mongolia refused").</summary>
    SemicolonClauses = 1L << 47,

    /// <summary>"all" before a possessive is a share as "all the" is: "Laos imports nearly all its fuel from Thailand" is a statistic.</summary>
    PossessiveShares = 1L << 48,

    /// <summary>A place where a gathering met is not whom a lone intent addresses ("promised more aid at a summit in Baku").</summary>
    GatheringVenues = 1L << 49,

    // Merging (SentenceExtractor, EventExtractor).

    /// <summary>One event told twice in a sentence, kept once.</summary>
    SentenceRepeats = 1L << 30,

    /// <summary>A signing or a visit told again later in the document, kept once.</summary>
    DocumentRepeats = 1L << 31,

    /// <summary>Every guard: the shipped extractor.</summary>
    All = (1L << 50) - 1,
}
