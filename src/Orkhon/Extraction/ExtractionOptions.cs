namespace Orkhon.Extraction;

/// <summary>
/// The named limits of sentence extraction: how far, in tokens, each stage looks for what a phrase needs (its
/// object, its possessor, its date, the cues of its modality). They bound every search so that a sentence costs
/// time linear in its length, and they are set once: <see cref="SentenceExtractor"/> builds its stages from one
/// record. The defaults are the values the team and wire corpora were tuned with; change them with <c>with</c>
/// and re-run the evaluation.
/// </summary>
public sealed record ExtractionOptions
{
    /// <summary>The options the shipped extractor uses.</summary>
    public static ExtractionOptions Default { get; } = new();

    // Triggers: finding the lexicon's phrases.

    /// <summary>How many words a lexicon phrase's gap (<c>*</c>) may span ("pay * visit to": "paid an official state visit to": 4).</summary>
    public int PhraseGap { get; init; } = 4;

    /// <summary>How many more tokens a gap may span when a time phrase stands in it ("agreed in March 2023 to": 3).</summary>
    public int GapDateTokens { get; init; } = 3;

    /// <summary>
    /// How far after a phrase its required object word may stand ("imposed new sanctions on", "ordered the envoys of Chile, Peru,
    /// Bolivia, Uruguay and Paraguay to leave": 20). The word follows the verb's object, and an object that is a list or a
    /// title with its owner runs past ten tokens; 10 until the guard ablation of 2026-12-07 (docs/extraction.md, "Branch
    /// p34-balance") found the events the wider reach lets through right two times in three on fit and check.
    /// </summary>
    public int RequiredObjectReach { get; init; } = 20;

    /// <summary>How far after an organisation a gathering word makes it the one meeting ("NATO leaders gathered in Vilnius for a summit": 8).</summary>
    public int GatheringWordReach { get; init; } = 8;

    /// <summary>How far after a visit's or a meeting's phrase an outcome verb makes its agreement the parties' ("The visit by X to Washington in August 2023 produced a deal": 16; see VisitOutcomes).</summary>
    public int OutcomeReach { get; init; } = 16;

    /// <summary>How far after a reduction of relations a mishap word makes it a trip called off for a flood or an illness ("called off a visit to Seoul planned for this week after flash floods": 20).</summary>
    public int MishapReach { get; init; } = 20;

    /// <summary>How many modifiers may stand between "the" and a joint-act noun read as an earlier joint act ("the new trilateral pact": 3).</summary>
    public int JointActModifierReach { get; init; } = 3;

    /// <summary>
    /// How far after an armed act a word naming places by their kind may stand for the dateline's state to be struck
    /// ("launched drones at central regions": 5, an article and up to four modifiers).
    /// </summary>
    public int PlaceKindReach { get; init; } = 5;

    /// <summary>
    /// How many sentences back a reaction to an act named by a definite noun ("called the verdict scandalous", "hailed the move")
    /// looks for that act's author among the coded events (2: the court's ruling, one sentence of detail, then the reaction).
    /// </summary>
    public int ActAuthorSentences { get; init; } = 2;

    /// <summary>
    /// How many sentences back a threat over an armed act named by a definite noun ("said the strike would not go unpunished")
    /// looks for the act's author (3: the strike in the lead, a no-comment, a condemnation, then the threat).
    /// </summary>
    public int ThreatenedAttackSentences { get; init; } = 3;

    /// <summary>
    /// How many sentences back a reaction to a hostile act named by a definite noun ("condemned the incident", "called the
    /// seizure piracy") looks for that act's author (3: the seizure in the lead, a sentence on the ship, a blame, then the reaction).
    /// </summary>
    public int HostileActSentences { get; init; } = 3;

    /// <summary>
    /// How many sentences back a denial ("denied aiming the radar", "rejected the accusation") looks for the parties that accused
    /// the denier (3: the protest in the lead, a sentence of detail, a demand, then the denial).
    /// </summary>
    public int DeniedAccusationSentences { get; init; } = 3;

    /// <summary>
    /// How many sentences back a reaction to a definite accord noun ("welcomed the agreement", "denounced both deals") looks for
    /// the first coded accord, whose parties it answers (3: the agreement in the lead, how it was signed, an older rupture, then
    /// the reaction).
    /// </summary>
    public int AccordSentences { get; init; } = 3;

    /// <summary>How far before a passive verb its object word may stand ("Sanctions were imposed on Russia": 6).</summary>
    public int PassiveObjectReachBack { get; init; } = 6;

    /// <summary>
    /// How far before an agentless passive after a visit its clause's opening comma is looked for ("A defence pact was signed
    /// during the visit": 40 tokens, longer than a wire clause runs; past it the clause is taken to open there).
    /// </summary>
    public int PassiveClauseReachBack { get; init; } = 40;

    /// <summary>How far after a killing its count of victims may stand ("killed more than 400 unarmed civilians": 6).</summary>
    public int MassVictimReach { get; init; } = 6;

    /// <summary>How far after a phrase a forbidden object word cancels it (3).</summary>
    public int ForbiddenObjectReach { get; init; } = 3;

    /// <summary>How many numbers, dates and modifiers may stand between a noun and its possessor ("Japan's $8 million grant": 6).</summary>
    public int PossessorReach { get; init; } = 6;

    /// <summary>How far after an event noun its agent's "by" may stand ("a visit to Tokyo by the Mongolian president": 8).</summary>
    public int NounAgentReach { get; init; } = 8;

    /// <summary>How many adverbs may stand between "was/were" and a participle for it to read as passive ("was also formally": 3).</summary>
    public int PassiveBeReach { get; init; } = 3;

    /// <summary>How many articles, quantities and modifiers are skipped before a verb's actor object ("the visiting", "several US companies": 4).</summary>
    public int ObjectModifierSkip { get; init; } = 4;

    /// <summary>How many tokens before the participle a passive phrase's noun may stand ("Diplomatic relations between A and B were established": 9).</summary>
    public int PassiveNounReach { get; init; } = 9;

    /// <summary>How far after "claimed that" the hostile act it alleges may stand ("claimed that Ukraine had attacked": 8).</summary>
    public int ClaimReach { get; init; } = 8;

    // Clauses: reporting verbs and their time phrases.

    /// <summary>How many tokens after a reporting verb its time phrase may start ("said in a statement on Monday": 6).</summary>
    public int ReportingTimeReach { get; init; } = 6;

    /// <summary>How many tokens before a reporting verb its time phrase may end ("the ministry on Monday said": 3).</summary>
    public int ReportingTimeReachBack { get; init; } = 3;

    /// <summary>How many words a trailing reporting clause's speaker may take, a named actor counting as one (", the Israeli defence ministry said": 7).</summary>
    public int ReporterReach { get; init; } = 7;

    // Arguments: subjects and objects.

    /// <summary>
    /// How far before a phrase that follows another its subject may stand (4): further back, the actor is the first phrase's
    /// object ("attended the SCO summit in Astana, and conducted…").
    /// </summary>
    public int SecondPhraseSubjectReach { get; init; } = 4;

    /// <summary>
    /// How many tokens a parenthetical between a subject and its verb may take, commas included ("Netanyahu, on his first trip to
    /// Europe since the ICC issued a warrant for his arrest in November, praised": 19; see SubjectFinder.ParentheticalSubject).
    /// </summary>
    public int ParentheticalReach { get; init; } = 24;

    /// <summary>How many lower-case words may follow the comma closing an opening clause before the main subject ("After meeting Macron, Scholz…": 3).</summary>
    public int MainSubjectReach { get; init; } = 3;

    /// <summary>How far after a symmetric verb with two subjects a third party may stand to be met by both ("A and B met C": 3).</summary>
    public int SymmetricObjectReach { get; init; } = 3;

    /// <summary>
    /// How many parties of a joint act are paired with each other ("A, B and C met": every two of them; 8): a longer list
    /// is not one meeting ("the leaders of 30 countries"), so its first-named party is paired with the others only, which
    /// also keeps the pairs of a pathological list linear in its length.
    /// </summary>
    public int JointActParties { get; init; } = 8;

    /// <summary>How far after a directed verb "each other" may begin ("accused each other on Wednesday", "blamed one another": 4).</summary>
    public int ReciprocalReach { get; init; } = 4;

    /// <summary>How many lower-case words a title before "of" may take when it introduces an agent ("by the energy ministers of": 4).</summary>
    public int TitleOfReach { get; init; } = 4;

    /// <summary>
    /// Whether a joint intent ("A and B agreed to build a pipeline") gives one intent from each party to each other party
    /// (the wire corpus's convention: root 03 is not symmetric) rather than one event from the first-named party, as the
    /// team corpus once coded it. On since the team corpus was relabelled to that convention (2026-12-05); see
    /// docs/extraction.md, "Coordination".
    /// </summary>
    public bool JointIntentsBothWays { get; init; } = true;

    // Modality.

    /// <summary>How many words between a phrase's subject and the phrase are read for cues ("has not yet formally": 5).</summary>
    public int LocalCueReach { get; init; } = 5;

    /// <summary>How far back from an infinitive "the first … to" may stand ("the first foreign minister in a decade to travel": 8).</summary>
    public int FirstToReach { get; init; } = 8;

    /// <summary>How far before a phrase with no subject, first in its sentence, its cues are read ("not yet formally visited": 4).</summary>
    public int SubjectlessCueReach { get; init; } = 4;

    /// <summary>How many words may stand between a verb and the event noun it asks for ("demanded talks", "proposed a visit": 2).</summary>
    public int DemandedNounGap { get; init; } = 2;

    /// <summary>How far before an event noun a word denying it may stand ("the long-rumoured visit": 4).</summary>
    public int NounCueReachBack { get; init; } = 4;

    /// <summary>How far after an event noun its predicate may deny it ("Xi's visit has yet to take place": 10).</summary>
    public int NounCueReach { get; init; } = 10;

    // Dates.

    /// <summary>How many tokens before a noun phrase's head a date written into it may stand ("his August 2024 visit": 3).</summary>
    public int NounDateReach { get; init; } = 3;

    /// <summary>How far after its phrase a stated length may stand ("arrived in Moscow on 20 March for a three-day state visit": 12).</summary>
    public int DurationReach { get; init; } = 12;

    /// <summary>The longest stay or round of talks read as a span, in days (14): longer ones are rare and more often a figure of another thing.</summary>
    public int LongestDuration { get; init; } = 14;

    /// <summary>How far around a phrase "ended two days of talks" may stand, dating the days up to the phrase's date (3).</summary>
    public int TalksLengthReach { get; init; } = 3;

    /// <summary>How far before an event noun "during" or "at" makes it the frame that dates the sentence ("during a visit by Biden": 4).</summary>
    public int FrameWordReach { get; init; } = 4;

    // The optional parser path (docs/extraction.md, "Branch p33-parse").

    /// <summary>
    /// Whether hard sentences are parsed with link-grammar (liblink-grammar5) for the arguments the shallow layer misses (off by
    /// default; the CLI's <c>extract --parse</c>). On without the library, building the extractor fails with a clear message.
    /// </summary>
    public bool ParseHardSentences { get; init; }

    /// <summary>The longest sentence, in words, that is parsed (60): past it a parse costs more than it finds.</summary>
    public int ParseMaxWords { get; init; } = 60;

    /// <summary>The time one sentence's parse may take, in whole seconds (the library's own timer; 1): past it the sentence is left as it is.</summary>
    public int ParseSeconds { get; init; } = 1;

    /// <summary>
    /// How many words a parse may leave unlinked when no linkage joins them all (1), tried only then: the library's search with
    /// more unlinked words outruns its own timer (5 s for three on a tangled 60-word sentence).
    /// </summary>
    public int ParseNullWords { get; init; } = 1;

    // Guards.

    /// <summary>
    /// The guards that drop or block candidate events (all of them): one switched off lets through what it blocks, which the
    /// guard ablation counts (docs/extraction.md, "Branch p34-balance").
    /// </summary>
    public ExtractionGuards Guards { get; init; } = ExtractionGuards.All;

    /// <summary>Whether <paramref name="guard"/> runs.</summary>
    public bool Runs(ExtractionGuards guard) => (Guards & guard) == guard;

    // Confidence.

    /// <summary>The confidence of an event read directly from its clause (0.8).</summary>
    public double DirectConfidence { get; init; } = 0.8;

    /// <summary>What an inherited subject, a reference back or a repeat of an earlier event costs in confidence (0.1 each).</summary>
    public double IndirectPenalty { get; init; } = 0.1;
}
