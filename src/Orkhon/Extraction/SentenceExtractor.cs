using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Codes the events of one sentence in stages over one <see cref="SentenceView"/>: time phrases and actor mentions,
/// then the lexicon's phrases (<see cref="TriggerFinder"/>, <see cref="GoverningFrames"/>, <see cref="PassivePhraseFinder"/>),
/// each phrase's subject (<see cref="SubjectFinder"/>) and modality (<see cref="ModalityClassifier"/>), its date
/// (<see cref="DateAttacher"/>), its source–target pairs (<see cref="PairFinder"/>), and what it takes from the sentence
/// before (<see cref="CrossSentenceLinks"/>). What is negated, hypothetical or merely wished is dropped.
/// </summary>
public sealed class SentenceExtractor
{
    private readonly EventLexicon _lexicon;
    private readonly MentionFinder _mentions;
    private readonly ExtractionOptions _options;
    private readonly TriggerFinder _triggers;
    private readonly PairFinder _pairs;
    private readonly ActorGazetteer _gazetteer;
    private readonly ReferenceData _reference;

    public SentenceExtractor(EventLexicon lexicon, MentionFinder mentions, ReferenceData reference)
        : this(lexicon, mentions, reference, ExtractionOptions.Default)
    {
    }

    /// <summary>An extractor whose stages all read the limits of <paramref name="options"/>.</summary>
    public SentenceExtractor(EventLexicon lexicon, MentionFinder mentions, ReferenceData reference, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(options);
        _lexicon = lexicon;
        _mentions = mentions;
        _options = options;
        _triggers = new TriggerFinder(lexicon);
        _pairs = new PairFinder(reference);
        _gazetteer = reference.Gazetteer;
        _reference = reference;
    }

    public static SentenceExtractor Default { get; } = new(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default);

    /// <summary>
    /// Events of the sentence text[sentence.Start..sentence.End], using and updating the document's <paramref name="context"/>;
    /// describes each step into <paramref name="explain"/> when given.
    /// </summary>
    public List<EventMention> Extract(string text, (int Start, int End) sentence, TimeAnchor anchor, MentionContext context, List<string>? explain = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var ignoredTimes = explain is null ? null : new List<IgnoredTimePhrase>();
        var view = Read(text, sentence, anchor with { ToldBefore = context.LastToldDate, Narrative = context.NarrativeFrame }, context, ignoredTimes);
        context.LastToldDate = LastTold(view.Times) ?? context.LastToldDate;
        context.NarrativeFrame = NarrativeFrame.After(view.Clauses, context.NarrativeFrame);
        context.Stays.Note(view.Clauses, sentence.Start);
        view.Modalities.ToldBySpeculators = context.SpeculationOpen && SpeculatorSpeech.IsToldByThem(view);
        context.SpeculationOpen = view.Modalities.ToldBySpeculators || SpeculatorSpeech.GivesThemTheWord(view);
        var triggers = FindPhrases(view);
        if (explain is not null)
        {
            Explain(view, triggers, ignoredTimes!, explain);
        }

        var gatheringHere = GatheringSpans.Find(view.Clauses);
        context.GatheringSpan = gatheringHere ?? context.GatheringSpan;
        var previousSentence = DateAttacher.Resumed(view.Clauses, context.CarriedDate, context.StoryDate);
        var (coded, dates, sentenceDate, owned) = Code(view, triggers, previousSentence, anchor.DocumentDate, context.GatheringSpan, explain);
        context.CarriedDate = DateAttacher.Carry(context.CarriedDate, sentenceDate);
        context.StoryDate ??= sentenceDate;
        var events = new List<EventMention>();
        for (var t = 0; t < triggers.Count; t++)
        {
            if (coded[t] is { } phrase)
            {
                AddEvents(view, phrase, dates[t], events, context);
            }
        }

        events.InsertRange(0, CrossSentenceLinks.TheirMeeting(view, triggers, coded, dates));
        events.AddRange(UnlawfulActClaims.Find(view, events, context, context.CarriedDate));
        events.AddRange(CharacterisedActs.Find(view, events));
        // "South Korea's military denied aiming the radar at the aircraft": the denial answers whoever accused the denier.
        events.AddRange(DeniedClaims.Find(view, events, context, context.CarriedDate));
        events.AddRange(VisitingGuests.Find(view, events));
        // "met the president on Sunday during a state visit", "at the end of a three-day visit": the visit the noun tells.
        events.AddRange(PlacelessVisits.Find(view, events, context, sentenceDate ?? context.CarriedDate));
        events.AddRange(ThankedGifts.Find(view, events));
        // "apologised to Aliyev in a phone call": the act addressed in a call is also the call.
        events.AddRange(CallAdjuncts.Find(view, events));
        // "released five Americans in exchange for five Iranians": a release told as one side of a swap is a release both ways.
        events.AddRange(SwappedReleases.Find(view, events));
        events.AddRange(NominalRequests.Find(view, events));
        // "a U.S.-brokered truce between Israel and Hamas", "a Chinese-funded railway in Kenya": the act the compound tells.
        events.AddRange(ActorCompoundActs.Find(view, events, _gazetteer, sentenceDate));
        // "China confirmed that it had detained two Canadians": the state owns up to its act (015) beside doing it.
        events.AddRange(OwnActAdmissions.Find(view, events));
        // "signed the deal after talks at Abe's office": the signatories met.
        events.AddRange(TalksBeforeTheAct.Find(view, events));
        // "invited Putin to visit, and the Russian leader accepted", "accepted Macron's invitation": an intent to meet each way.
        events.AddRange(AcceptedInvitations.Find(view, events));
        // "…, with Lula, Xi and Modi attending": members named as present at the gathering the sentence tells.
        // A sentence with no time of its own is at the gathering told before ("… opened a two-day summit on Friday. A and B are among
        // the delegations attending").
        events.AddRange(SummitAttendance.Find(view, events, context, gatheringHere ?? (view.Times.Count == 0 ? context.GatheringSpan : null) ?? context.CarriedDate));
        events.AddRange(VisitOutcomes.Find(view, events));
        // "…, the first visit by a U.S. president since Bush came in 2005": the earlier visit the ranking compares with.
        events.AddRange(EarlierVisits.Find(view, events));
        events.AddRange(ConditionalThreats.Find(view, triggers, events, sentenceDate));
        events.AddRange(PriceThreats.Find(view, events, sentenceDate));
        // "Kyiv said Moscow was behind the attack", "Baku said Yerevan was to blame for the clashes": the speaker accuses.
        events.AddRange(ReportedBlame.Find(view, events, sentenceDate));
        // "An Israeli strike … killed Hamas leader X": the strike is the assassination's means, not a second act.
        TargetedKillings.DropMeans(view, triggers, events);
        // "…, on a four-day visit to China that began on Sunday, attended…": the visit spans the stay's days.
        StaySpans.Widen(view, events, sentenceDate, anchor.DocumentDate);
        if (events.Count > 0)
        {
            // "Finland joined NATO on 4 April 2023, followed by Sweden in March 2024": the follower repeats the act.
            events.AddRange(CrossSentenceLinks.Followers(view, events[^1], sameSentence: true));
        }

        if (events.Count == 0 && context.LastEvent is { } last)
        {
            events.AddRange(CrossSentenceLinks.Followers(view, last));
            if (events.Count == 0 && CrossSentenceLinks.InKind(view, last) is { } reply)
            {
                events.Add(reply);
            }
        }

        // "Britain joined in the condemnation", "Canada joined calls for…": the stance told just before, taken by the subject too.
        events.AddRange(JoinedStances.Find(view, events, context));

        CrossSentenceLinks.NoteGathering(view, context);
        StrickenStates.Note(view, context, _reference);
        context.Remember(view.Found);
        var kept = WithoutRepeats(events);
        // "… have detained 800 nationals. The suspects were rounded up last week": what a restating clause says of the time of
        // an act told before; the document's pipeline moves that act's date. An event whose date is borrowed may be moved more.
        context.Restatements.AddRange(RestatedActs.Find(view, triggers, coded, owned, dates, kept));
        // The phrase an event came from is the first phrase starting where its phrase starts.
        var phraseAt = new Dictionary<int, int>();
        for (var t = 0; t < triggers.Count; t++)
        {
            phraseAt.TryAdd(view.Tokens[triggers[t].First].Start, t);
        }

        foreach (var e in kept)
        {
            if (phraseAt.TryGetValue(e.PhraseStart, out var t) && !owned[t])
            {
                context.BorrowedDates.Add((e.SentenceStart, e.PhraseStart));
            }
        }

        CrossSentenceLinks.NoteJointAct(kept, context);
        context.NoteEvents(kept, Math.Max(Math.Max(Math.Max(Math.Max(_options.ActAuthorSentences, _options.ThreatenedAttackSentences), _options.AccordSentences), _options.DeniedAccusationSentences), _options.HostileActSentences));
        if (kept.Count > 0)
        {
            context.LastEvent = kept[^1];
        }

        return kept;
    }

    // The last closed date written in the sentence: an open span ("since 2019") is no point a later count runs from.
    private static FuzzyDate? LastTold(List<TemporalExpression> times)
    {
        for (var i = times.Count - 1; i >= 0; i--)
        {
            if (times[i] is { Respectively: false, Value: { IsOpenStart: false, IsOpenEnd: false } value })
            {
                return value;
            }
        }

        return null;
    }

    // Tokens, time phrases (which block their tokens from being actors or phrase words) and actor mentions.
    private SentenceView Read(string text, (int Start, int End) sentence, TimeAnchor anchor, MentionContext context, List<IgnoredTimePhrase>? ignoredTimes)
    {
        var timed = TimedTokens.Tag(text, sentence, anchor, ignoredTimes);
        var times = timed.Times;
        // People resolve at the sentence's own date when it gives one, else at the document's.
        DateOnly? when = times.Count > 0 && !times[0].Value.IsOpenStart ? times[0].Value.Earliest : anchor.Day;
        var found = _mentions.Find(text, timed.Tokens, timed.Blocked, when, context);
        return new SentenceView(text, sentence, timed, found, _options);
    }

    // The lexicon's phrases, and beside them the governing frames and passive phrases the lexicon's word order misses.
    private List<Trigger> FindPhrases(SentenceView view)
    {
        var triggers = _triggers.Find(view);
        // "Poroshenko, who ordered his forces to hold fire, urged Moscow…": a body's act after a government names no act at all,
        // and must not govern the verbs after it.
        if (triggers.Exists(t => t.Entry.RequiresBodySubject))
        {
            var actorBefore = ActorsBefore(view);
            triggers.RemoveAll(t => t.Entry.RequiresBodySubject && actorBefore[t.First] is { } before && !IsBodyOrCourt(before));
        }

        var frames = GoverningFrames.Find(view, triggers, _lexicon);
        frames.AddRange(PassivePhraseFinder.Find(_lexicon, view, triggers));
        if (frames.Count > 0)
        {
            triggers.AddRange(frames);
            triggers.Sort((a, b) => a.First.CompareTo(b.First));
        }

        return triggers;
    }

    private static void Explain(SentenceView view, List<Trigger> triggers, List<IgnoredTimePhrase> ignoredTimes, List<string> explain)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        explain.Add("sentence: " + text[view.Start..view.End]);
        explain.AddRange(view.Times.Select(x => $"  time [{text[x.Start..x.End]}] = {string.Join(", ", x.Values)}"));
        explain.AddRange(ignoredTimes.Select(x => $"  time [{text[x.Start..x.End]}] ignored: {x.Reason}"));
        explain.AddRange(view.Found.Select(m => $"  actor [{text[tokens[m.First].Start..tokens[m.Last].End]}] = {string.Join("+", m.Codes)}{(m.Role is { } r ? "/" + r.ToName() : "")} {m.Kind}{(m.IsPlace ? " place" : "")}{(m.IsPossessive ? " possessive" : "")}{(m.IsWeak ? " weak" : "")}"));
        explain.AddRange(triggers.Select(x => $"  phrase [{text[tokens[x.First].Start..tokens[x.End - 1].End]}] = {x.Entry.Id} {x.Entry.Cameo}{(x.Passive ? " passive" : "")}"));
    }

    // Each phrase's subject and modality, in text order (a coordinated phrase borrows the subject and auxiliary of the one
    // before it), then the date of every clause at once; a phrase coded as nothing is null but still dates its neighbours.
    private static (CodedPhrase?[] Coded, FuzzyDate?[] Dates, FuzzyDate? SentenceDate, bool[] Owned) Code(SentenceView view, List<Trigger> triggers, FuzzyDate? previousSentence, DateOnly? published, FuzzyDate? gathering, List<string>? explain)
    {
        var tokens = view.Tokens;
        var clauses = new List<DateAttacher.Clause>(triggers.Count);
        var coded = new CodedPhrase?[triggers.Count];
        var subjects = new IReadOnlyList<ActorMention>[triggers.Count];
        IReadOnlyList<ActorMention>? carriedSubject = null;
        IReadOnlyList<ActorMention> previousSubject = [];
        FuzzyDate? previousOwn = null;
        FuzzyDate? previousWritten = null;
        ClauseModality? previousModality = null;
        // "has for weeks denounced…", "have said for years that…": a standing practice, whose acts are no occasions.
        var habitual = HabitualFrames.Find(view);
        for (var t = 0; t < triggers.Count; t++)
        {
            var trigger = triggers[t];
            // "EU leaders agreed to impose sanctions on Minsk": a bare agreement whose infinitive is a hostile act coded on its own
            // is that act, not cooperation with the act's target. Its clause still counts for subjects and dates (one clause per
            // phrase: the dates are read by position), it only codes nothing.
            var absorbed = trigger.Entry.Cameo.Value == "030" && trigger.Entry.Phrase.StartsWith("agree", StringComparison.Ordinal) && t + 1 < triggers.Count
                && triggers[t + 1].First - trigger.End <= 1 && triggers[t + 1].Entry.Cameo.RootNumber >= 10 && PhraseGrammar.IsInfinitive(view, triggers[t + 1]);

            var windowStart = t == 0 ? 0 : triggers[t - 1].End;
            // A phrase's targets may sit in the infinitive it governs: "ready to hold consultations with Russia",
            // "refused to lift sanctions on Belarus", "threatened to cut aid to Kyrgyzstan".
            var next = t + 1;
            // So may a reduced relative inside its object: "slammed the sanctions imposed by Washington".
            while (next < triggers.Count && (PhraseGrammar.IsInfinitive(view, triggers[next]) || ReducedRelatives.IsReducedPassive(view, triggers[next])
                || (next == t + 1 && ModalityClassifier.IsWarnedAct(view, trigger, triggers[next]))
                || (next == t + 1 && Clauses.MeetingAdjuncts.FollowsVerb(view, trigger, triggers[next]))
                || (next == t + 1 && !trigger.Entry.IsNoun && Clauses.AdjunctMeetings.Parties(view, triggers[next].Entry, triggers[next].First, triggers[next].End).Count > 0)))
            {
                next++;
            }

            var windowEnd = view.Clauses.ReportingClauseStart(trigger.End, next < triggers.Count ? triggers[next].First : tokens.Count);
            IReadOnlyList<ActorMention> subject = SubjectFinder.Subject(view, trigger, windowStart, t > 0);
            // The subject of the clause told so far, before a stage below sets it aside for this phrase (JointActAdjuncts).
            var subjectSoFar = carriedSubject;
            var inherited = false;
            var adjunct = !trigger.Entry.IsNoun && ParticipialClauses.IsAdjunct(view, trigger.First);
            var reduced = ReducedRelatives.IsReducedPassive(view, trigger);
            var visitAdjunct = subject.Count == 0 && VisitAdjuncts.IsAdjunct(view, trigger.Entry, trigger.First, trigger.End);
            var meetingParties = subject.Count == 0 ? Clauses.AdjunctMeetings.Parties(view, trigger.Entry, trigger.First, trigger.End) : [];
            if (meetingParties.Count > 0)
            {
                // "Rubio told Panama's president during talks in Panama City that…": the clause's parties met.
                subject = meetingParties;
                inherited = true;
            }
            else if (reduced)
            {
                // "Armenia, backed by France, …": the noun the participle follows is acted on; "the sanctions imposed by
                // Washington" names no actor acted on.
                subject = SubjectFinder.Antecedent(view, trigger.First, anyPosition: true);
            }
            else if (visitAdjunct)
            {
                // "South Korea's president said during a state visit to Tashkent that…": the clause subject's visit.
                // "During his planned visit to Tokyo, …": a visit not yet made has no visitor to code.
                subject = VisitAdjuncts.IsUnmade(view, trigger.First) ? [] : VisitAdjuncts.Visitor(view, trigger, carriedSubject);
                inherited = true;
            }
            else if (adjunct)
            {
                // "China condemned Japan, accusing Tokyo of…": the participial clause is the main subject's act.
                subject = ParticipialClauses.Subject(view, trigger.First, carriedSubject);
                inherited = subject == carriedSubject;
            }
            else if (!trigger.Entry.IsNoun && !trigger.Passive && t > 0
                && CoordinatedVerbPhrase.ReportingSpeaker(view, trigger.First, triggers[t - 1].First, trigger.Entry.Cameo.RootNumber) is { Count: > 0 } speaker)
            {
                // "Kyiv said Russian drones had struck Odesa, and called on NATO to…": the speaker's second, verbal act.
                subject = speaker;
            }
            else if (subject.Count == 0 && trigger.First == 1 && PhraseGrammar.IsParticipialOpener(view.Word(0)) && SubjectFinder.MainClauseSubject(view, trigger.End) is { } main)
            {
                // "After meeting Macron in Paris, Scholz flew to Washington": the opening clause's act is the main subject's.
                subject = [main];
            }
            else if (subject.Count == 0 && t > 0 && previousSubject.Count > 0 && WeakSubjects.IsAttackNounSubject(view, triggers[t - 1], trigger))
            {
                // "An Israeli drone strike on an office in Beirut killed …": the attack noun phrase is the verb's subject.
                subject = previousSubject;
            }
            else if (!trigger.Entry.IsNoun && subject.Count == 0 && (view.Clauses.HasNonActorSubject(trigger.First, windowStart) || WeakSubjects.HasNonActorNounSubject(view, trigger.First, windowStart)))
            {
                // "…, after the Dalai Lama visited Mongolia and met…": the clause's own subject is no actor; nothing to borrow.
                carriedSubject = null;
            }
            else if (t > 0 && carriedSubject is not null && Clauses.AuxiliaryAfterAnd.Follows(view, trigger, windowStart))
            {
                // "would expel four diplomats and was recalling its ambassador": the verb after "and" + its own auxiliary shares
                // the first verb's subject; the actor before "and" is the first verb's object.
                subject = carriedSubject;
                inherited = true;
            }
            else if (!trigger.Entry.IsNoun && t > 0 && carriedSubject is not null && ModalityClassifier.SharesAuxiliary(view, trigger)
                && CoordinatedVerbPhrase.SubordinateSubject(view, trigger.First, windowStart) is { Count: > 0 } clauseSubject)
            {
                // "agreed to bar Belarusian airlines, a day after Minsk forced a jet to land and arrested a journalist": the verb is
                // coordinated inside the clause that opens with its own subject, not with the phrase told before the clause.
                subject = clauseSubject;
            }
            else if (t > 0 && ModalityClassifier.SharesAuxiliary(view, trigger) && CoordinatedVerbPhrase.FollowsAnInfinitiveAsPastForm(view, triggers, t)
                && CoordinatedVerbPhrase.GoverningPhrase(view, triggers, t) is var governing and >= 0 && subjects[governing].Count > 0)
            {
                // "urged Beijing to lift its ban and threatened…": the past form shares the subject of the verb that governs the
                // infinitive, not the infinitive's own.
                subject = subjects[governing];
                inherited = true;
            }
            else if (!trigger.Entry.IsNoun && t > 0 && carriedSubject is not null && ModalityClassifier.SharesAuxiliary(view, trigger))
            {
                // "visited Taiwan and met its president": a coordinated verb phrase shares the first one's subject, and the
                // actor before "and" is the first verb's object.
                subject = carriedSubject;
                inherited = true;
            }

            var ownNonActorSubject = false;
            if (WeakSubjects.HasBareCrowdSubject(view, trigger))
            {
                // "Thousands of protesters stormed the Swedish embassy in Baghdad": the crowd is of the state it protests in;
                // with no place named, of no known state (never "Russia" of "Russia said protesters had stormed …").
                subject = WeakSubjects.CrowdPlace(view, trigger, windowEnd) is { } crowdPlace ? [crowdPlace] : [];
                inherited = false;
                ownNonActorSubject = subject.Count == 0;
            }
            else if (subject.Count == 0 && Clauses.ThingRelatives.HasThingSubject(view, trigger))
            {
                // "the earthquake, which has killed 35,000 people": a clause about a thing borrows no actor's subject.
                inherited = false;
                ownNonActorSubject = true;
            }
            else if (WeakSubjects.HasStatelessAttackSubject(view, trigger))
            {
                // "… investigate a suicide attack that killed five Chinese engineers": an attack no state is named for kills.
                subject = [];
                inherited = false;
                ownNonActorSubject = true;
            }

            var withNoun = trigger.Entry.IsNoun && trigger.Entry.Phrase.EndsWith(" with", StringComparison.Ordinal) && PhraseGrammar.PossessorIndex(view, trigger.First) < 0;
            // "imposed sanctions on Iranian officials accused of…": a participle right after a prepositional object modifies it,
            // and is nobody's act.
            var modifier = reduced || (subject.Count == 0 && !trigger.Passive && ReducedRelatives.ModifiesObjectBefore(view, trigger));
            if ((subject.Count == 0 || withNoun) && carriedSubject is not null && (!trigger.Entry.IsNoun || withNoun) && !modifier && !ownNonActorSubject)
            {
                subject = carriedSubject;
                inherited = true;
            }

            if (subject.Count == 0 && Clauses.JointActAdjuncts.Parties(view, trigger, subjectSoFar) is { } adjunctParties)
            {
                // "A and B agreed to a ceasefire after border clashes": the clashes are the subject parties' own.
                subject = adjunctParties;
                inherited = true;
            }

            explain?.Add($"  {trigger.Entry.Id}: subject {string.Join(", ", subject.Select(m => m.Code))}");
            var modality = ModalityClassifier.Classify(view, trigger, subject, triggers, t);
            // Coordinated verb phrases share their subject's auxiliary: "will pay a state visit … and attend the summit",
            // "did not attend the parade or meet Putin".
            // Not across a condition that closed between them: "warned … if the ship was not released and urged Tehran to …".
            // Nor from an infinitive to a past form, which is coordinated with the finite verb before the infinitive: "called on
            // Belgrade to withdraw its troops and warned of consequences".
            if (inherited && previousModality is { Kind: not ModalityKind.Fact } shared && modality.Kind == ModalityKind.Fact && ModalityClassifier.SharesAuxiliary(view, trigger)
                && !Clauses.ClosedConditions.ClosesBefore(view, trigger, subject) && !CoordinatedVerbPhrase.FollowsAnInfinitiveAsPastForm(view, triggers, t))
            {
                modality = ModalityClassifier.Share(shared, trigger.Entry.Cameo);
            }

            // "said during a state visit to Tashkent that Seoul would…": an adjunct's visit is as real as its clause, whatever the
            // clause it frames goes on to say.
            if (visitAdjunct)
            {
                modality = previousModality is { Kind: not ModalityKind.Fact } framing ? ModalityClassifier.Share(framing, trigger.Entry.Cameo) : new ClauseModality(ModalityKind.Fact, trigger.Entry.Cameo);
            }

            // "did not arrest Putin, ignoring the warrant", "would visit Mongolia, ignoring the warrant": a participial clause is
            // read within its main clause's negation or plan.
            // An infinitive before it is not that main clause ("set no timetable for Ukraine to join the alliance, drawing
            // criticism from Kyiv": the criticism is real, whatever becomes of the joining).
            // A statement told this way is made as the main clause is told, whatever that clause denies or plans: "did not attend,
            // accusing Washington of bad faith", "said it would not renew the visas, accusing the office of bias".
            var madeApart = false;
            if (adjunct && previousModality is { Kind: not ModalityKind.Fact } mainModality && modality.Kind == ModalityKind.Fact
                && !PhraseGrammar.IsInfinitive(view, triggers[t - 1]))
            {
                if (ParticipialClauses.IsStatement(modality.Cameo))
                {
                    madeApart = true;
                }
                else
                {
                    modality = ModalityClassifier.Share(mainModality, modality.Cameo);
                }
            }

            // "Xi will pay a state visit to Russia …, his first trip to Moscow since…": a visit noun in apposition re-tells the
            // visit just told, planned as it is; it is no trip of its own.
            var retold = previousModality is { Kind: not ModalityKind.Fact } && t > 0 && VisitAppositives.Retells(view, triggers[t - 1], trigger);
            previousModality = modality;
            var cancelled = !modality.IsCoded || retold || DeniedChargeNouns.IsDenied(triggers, t) || MishapCancellations.CalledOffForMishap(view, trigger, modality.Cameo) || HabitualFrames.Covers(view, habitual, trigger, modality.Cameo)
                || (modality.Kind == ModalityKind.Fact && FuturePresents.IsPlanned(view, trigger, windowEnd, published));
            var planned = modality.Kind == ModalityKind.Intent;
            // "killed more than 400 civilians": a killing of hundreds of unarmed people is a mass killing (202).
            var cameo = WeakSubjects.CrowdRecode(view, trigger, subject, MassKillings.Recode(view, trigger, modality.Cameo));
            // "killed Hezbollah commander Ali Karaki": the killing of a named leader is an assassination (186).
            cameo = TargetedKillings.Recode(view, trigger, subject, cameo);
            // "called on President X at the palace": a courtesy call, not an appeal.
            cameo = CourtesyCalls.Recode(view, trigger, cameo);
            // "backed the British-led mission": support for a force another state leads is military cooperation with it.
            cameo = SupportedLedForces.Recode(view, trigger, cameo);
            if (modality.Kind is ModalityKind.Intent or ModalityKind.Threat)
            {
                explain?.Add($"  {trigger.Entry.Id}: {modality.Kind.ToString().ToLowerInvariant()} {cameo}");
            }

            if (!trigger.Entry.IsNoun && subject.Count > 0)
            {
                carriedSubject = subject;
            }

            previousSubject = subject;
            subjects[t] = subject;

            // A verb's time phrase may follow the event noun that is its object: "criticised the U.S. strike on Saturday".
            var dated = next;
            while (!trigger.Entry.IsNoun && dated < triggers.Count && triggers[dated].Entry.IsNoun)
            {
                dated++;
            }

            var dateEnd = dated == next ? windowEnd : view.Clauses.ReportingClauseStart(trigger.End, dated < triggers.Count ? triggers[dated].First : tokens.Count);
            // "the same evening" counts from the day written before it, not from the span a stated length made of it.
            var own = DateAttacher.Own(view, trigger, t == 0, windowEnd, dateEnd, previousWritten ?? previousOwn ?? previousSentence, published, participial: adjunct);
            // "accepted an invitation to pay a state visit to France in October": a month or a year after the act an intent
            // governs is the plan's time, never the intent's, which is dated as its statement is.
            if (own is { Precision: DatePrecision.Month or DatePrecision.Year } && cameo.RootNumber == 3 && next > t + 1)
            {
                own = DateAttacher.Own(view, trigger, t == 0, windowEnd, triggers[t + 1].First, previousWritten ?? previousOwn ?? previousSentence, published, participial: adjunct);
            }

            // "ended two days of talks on Saturday, agreeing to…": a participial clause happens on the day written, not over
            // the span the main act's stated length gives.
            // Not from a main clause it was made apart from: "will release the water next week, drawing criticism from China" is
            // criticised now.
            var borrowed = own is null && adjunct && !madeApart && previousWritten is not null;
            own ??= adjunct && !madeApart ? previousWritten : null;
            // "Mongolia, which hosted the summit", "took part in the two-day summit": a consultation at the gathering told
            // before spans its days.
            if (own is null && gathering is { } days && cameo.RootNumber == 4 && GatheringSpans.NamesGathering(view.Clauses, trigger.End, windowEnd))
            {
                own = days;
            }

            previousWritten = DateAttacher.Own(view, trigger, t == 0, windowEnd, dateEnd, previousWritten ?? previousOwn ?? previousSentence, published, widen: false, participial: adjunct) ?? previousWritten;
            previousOwn = own ?? previousOwn;
            var sequenced = DateAttacher.Sequenced(view.Clauses, windowStart, trigger.First);
            // "responded on Thursday by expelling": the cue's own time dates the act it sequences.
            own ??= sequenced ? DateAttacher.CueTime(view.Clauses, windowStart, trigger.First) : null;
            // A noun lends its date only as the frame of the sentence: "upgraded ties during a visit by Biden on Sept. 10",
            // not "Mongolia's accession in 1997 was backed by…".
            var lends = !trigger.Entry.IsNoun || (trigger.First > 0 && PhraseGrammar.HasWordBetween(view, Math.Max(0, trigger.First - view.Options.FrameWordReach), trigger.First, "during", "at"));
            // "agreed to meet again in June": an intent's time phrase that lies after the publication day is the time of the
            // act intended, not of the intent, which was stated by then; it is dated as a planned act, by the statement.
            planned |= cameo.RootNumber == 3 && published is { } day && own is { } planFor && planFor.Earliest > day;
            clauses.Add(new DateAttacher.Clause(own, inherited, planned, cancelled, DateAttacher.ScopeOf(view.Clauses, trigger.First), sequenced, lends, trigger.Entry.IsNoun, NominalReferences.IsNamedPossessive(view, trigger), borrowed));
            if (cancelled)
            {
                explain?.Add($"  cancelled: {trigger.Entry.Id} (negated, hypothetical, embedded or unrealised)");
                continue;
            }

            if (absorbed)
            {
                explain?.Add($"  {trigger.Entry.Id}: its infinitive is a hostile act coded on its own");
                continue;
            }

            // A verb's objects stop where a relative clause, a participial clause or a reduced relative begins ("seized a tanker
            // bound for Israel", "met Putin, who…"); its date may still be read past them. A noun's objects follow "to"/"with".
            // An adjunct meeting has all its parties before it: "at talks in Seoul" names only where they met.
            var objectEnd = meetingParties.Count > 0 ? trigger.End
                : trigger.Entry.IsNoun ? windowEnd : NewSubjectClauses.ObjectEnd(view, triggers, t, ReducedRelatives.ObjectEnd(view, trigger, windowEnd));
            if (Clauses.AbsoluteClauses.Find(view, trigger.End, objectEnd) is { Kind: Clauses.AbsoluteClauses.Kind.Other } absolute)
            {
                // "demanded a ceasefire in Gaza, with the United States abstaining": the parties of an absolute clause are no objects.
                objectEnd = absolute.Opens;
            }

            if (!trigger.Entry.IsNoun && subject.Count > 0 && EllipticalSubjects.SharedAct(view, trigger.End, objectEnd) is { } sharers)
            {
                // "Germany condemned the test, as did France and Italy": the parties after ", as did" act too, on no one of them.
                subject = [.. subject, .. sharers.Parties.Where(p => !subject.Contains(p))];
                objectEnd = sharers.Opens;
            }
            else if (!trigger.Entry.IsNoun && subject.Count > 0 && EllipticalSubjects.Gapped(view, trigger.End, objectEnd) is { } gapped)
            {
                // "Poland expelled five Russian diplomats and Bulgaria ten": the verb left out is the one told before.
                subject = [.. subject, .. gapped.Parties.Where(p => !subject.Contains(p))];
                objectEnd = gapped.Opens;
            }
            else if (!trigger.Entry.IsNoun && subject.Count > 0 && Clauses.TrailingCompanions.Find(view, trigger.End, objectEnd) is { } companions)
            {
                // "Sweden applied to join NATO together with Finland": the companions act with the subject, on no one of them.
                subject = [.. subject, .. companions.Parties.Where(p => !subject.Any(s => s.Code == p.Code))];
                objectEnd = companions.Opens;
            }
            else if (!trigger.Entry.IsNoun && subject.Count > 0 && trigger.Entry.Frame == EventFrame.Symmetric
                && Clauses.AbsoluteClauses.Find(view, trigger.End, objectEnd) is { Kind: Clauses.AbsoluteClauses.Kind.Joining } joining)
            {
                // "A and B began joint exercises, with C and D joining": every one of them takes part, each with each other one.
                subject = [.. subject, .. joining.Parties.Where(p => !subject.Any(s => s.Code == p.Code))];
                objectEnd = joining.Opens;
            }

            coded[t] = new CodedPhrase(trigger, subject, cameo, inherited, windowEnd, objectEnd);
        }

        var dates = DateAttacher.Attach(view.Clauses, clauses, triggers.Count > 0 ? DateAttacher.Leading(view.Clauses, triggers[0].First) : null, previousSentence, triggers);
        // A phrase dated by a time phrase of its own (not a plan's, not one borrowed from the clause before).
        var owned = clauses.Select(c => c.Own is not null && !c.Planned && !c.Borrowed).ToArray();
        return (coded, dates, DateAttacher.SentenceDate(view.Clauses, triggers, clauses, dates, published), owned);
    }

    // The events of one coded phrase: a pair each, or, for a reaction with no object, one against whoever last acted
    // against its subject ("Israel struck targets inside Iran. Tehran promised a response.").
    private void AddEvents(SentenceView view, CodedPhrase phrase, FuzzyDate? date, List<EventMention> events, MentionContext context)
    {
        // A body's act told by a government ("Moldova ordered Russia to…") is another act: no stage may pair it.
        if (phrase.Trigger.Entry.RequiresBodySubject && !phrase.Subject.Any(IsBodyOrCourt))
        {
            return;
        }

        // Service with a foreign force is said of soldiers ("Fijian troops have served with the U.N. force"), not of envoys.
        if (phrase.Trigger.Entry.RequiresMilitarySubject && !phrase.Subject.Any(s => s.Role == ActorRole.Military))
        {
            return;
        }

        // "Japan's grant to Mongolia was announced on Monday": aid announced is aid promised.
        if (AnnouncedAid.Of(view, phrase) is var (intent, announced))
        {
            phrase = phrase with { Cameo = intent };
            date ??= announced;
        }

        // "Armenia and Azerbaijan accused each other at the U.N.": each party's act against the other, whoever follows.
        var pairs = ReciprocalActs.Pairs(view, phrase);
        // "held talks at a summit in Paris hosted by Macron and attended by Merkel", "signed …, in a ceremony hosted by Trump": the
        // host receives each party and guest, not only the party named last before it.
        if (pairs.Count == 0)
        {
            pairs = SummitHosts.Pairs(view, phrase, events, context.LastGathering, [.. context.LastJointParties.Select(p => p.Code)]);
            // "gathered on Tuesday for a three-day summit hosted by South Africa": the host hosts all the gathering's days.
            if (pairs.Count > 0 && date is { } opening && context.GatheringSpan is { } days && days.Earliest == opening.Earliest && days.Latest > opening.Latest)
            {
                date = days;
            }
        }

        // "cut ties with Doha, accusing it of supporting Iran": the participle's addressee is the main act's target.
        if (pairs.Count == 0)
        {
            pairs = AccusedOfTheMainAct.Pairs(view, phrase, events);
        }

        if (pairs.Count == 0)
        {
            pairs = [.. _pairs.Find(view, phrase).Where(p => p.Source.Code != p.Target.Code || DomesticFights.Counts(p, phrase.Cameo))];
        }

        if (pairs.Count == 0)
        {
            pairs = PairFinder.PartnersOfTheMeeting(view, phrase, events);
        }

        // "offered grants to A, B and C as he hosted their leaders": the host receives each state of the list.
        if (pairs.Count == 0)
        {
            pairs = SummitHosts.TheirLeaders(view, phrase);
        }

        if (pairs.Count == 0)
        {
            pairs = PairFinder.TargetsOfTheCoordinatedAct(view, phrase, events);
        }

        // "condemned the expulsion of its diplomats by Poland": the agent of the act noun that ended the verb's object window.
        if (pairs.Count == 0)
        {
            pairs = NestedActAgents.Pairs(view, phrase);
        }

        // "… in exchange for Viktor Bout. The UAE and Saudi Arabia said their leaders had mediated the exchange.": the parties of
        // the act the sentence before told.
        if (pairs.Count == 0)
        {
            pairs = MediatedEarlierAct.Pairs(view, phrase, context);
        }

        // "Hamas accused Israel of…, and Iran's leader vowed harsh punishment": a threat with no one named answers the accused.
        if (pairs.Count == 0)
        {
            pairs = AccusedThreatened.Pairs(view, phrase, events);
        }

        // "took part in the summit" after "the SCO summit opened…": the organisation whose meeting it is, not the place it met in.
        if (pairs.TrueForAll(p => p.Target.IsPlace) && CrossSentenceLinks.Gathering(view, phrase, context) is { } gathering)
        {
            pairs = phrase.Subject.Select(s => new ActorPair(s, gathering, null)).Where(p => p.Source.Code != gathering.Code).ToList();
        }

        // "is in Shanghai for a summit of the CICA": attendance of the organisation's meeting, not a visit to the city's state.
        if (pairs.Count > 0 && pairs.TrueForAll(p => p.Target.IsPlace) && SummitTrips.Organisation(view, phrase) is { } organisation)
        {
            pairs = phrase.Subject.Select(s => new ActorPair(s, organisation, null)).Where(p => p.Source.Code != organisation.Code).ToList();
        }

        // "North Korea denounced the arrangement": the joint act told before, aimed at each of its parties.
        // The actors after the noun are not the verb's objects ("denounced the arrangement as a step towards an 'Asian NATO'").
        if (CrossSentenceLinks.JointActParties(view, phrase, context, events) is { Count: > 0 } parties)
        {
            pairs = parties.Select(p => new ActorPair(phrase.Subject[0], p, null)).ToList();
        }

        // "Turkey's president arrived in Astana. He held talks with the foreign minister": the visitor's partner is the host.
        if (pairs.Count == 0)
        {
            pairs = VisitFollowUps.Pairs(view, phrase, events, context);
        }

        // "Modi received Sri Lanka's president. India also offered a credit line.": the partner of the subject's last meeting or call.
        if (pairs.Count == 0)
        {
            pairs = PartnerFollowUps.Pairs(view, phrase, date, events, context);
        }

        // "KYIV - … launched drones at central regions": places named by their kind are the dateline's state's.
        if (pairs.Count == 0 && DatelineTargets.Target(view, phrase, context) is { } struck)
        {
            pairs = phrase.Subject.Select(s => new ActorPair(s, struck, null)).ToList();
        }

        // "Rahmon greeted his guest at the airport": the visitor of the last visit to the host's state.
        if (pairs.Count == 0)
        {
            pairs = GuestsOfTheVisit.Pairs(view, phrase, events, context);
        }

        // "Khurelsukh arrived on Wednesday for a three-day official visit" under a TOKYO dateline: a visit to the dateline's state.
        if (pairs.Count == 0)
        {
            pairs = DatelineVisits.Pairs(view, phrase, context);
        }

        // "Slovakia expelled three Russian diplomats, and Bulgaria expelled ten": the phrase told again acts on the same target.
        if (pairs.Count == 0 && events.FindLast(e => e.LexiconEntry == phrase.Trigger.Entry.Id && e.SentenceStart == view.Start) is { } told
            && EllipticalSubjects.IsCount(view, phrase.Trigger.End))
        {
            var again = new ActorMention(phrase.Trigger.First, phrase.Trigger.First, [told.Target.Code], told.Target.Role, MentionKind.Coreference, false, false);
            pairs = [.. phrase.Subject.Where(s => s.Code != told.Target.Code).Select(s => new ActorPair(s, again, null))];
        }

        // "A Turkmen delegation held talks in Baku": a delegation's talks in a foreign capital are with that capital's state.
        if (pairs.Count == 0)
        {
            pairs = DelegationHosts.Pairs(view, phrase);
        }

        // "was summoned to the foreign ministry in Warsaw": the summoning state is the ministry's.
        if (pairs.Count == 0 && SummoningHosts.Host(view, phrase) is { } host)
        {
            pairs.Add(new ActorPair(host, phrase.Subject[0], null));
        }

        // "Israel, which it blamed for the strike": the sentence's first actor's stance, aimed at the actor before "which".
        if (pairs.Count == 0 && ObjectRelatives.PronounClause(view, phrase) is var (speaker, blamed))
        {
            pairs.Add(new ActorPair(speaker, blamed, null));
        }

        // "a step Western governments criticised", "whose visit Beijing had condemned": the noun the relative clause describes.
        if (pairs.Count == 0 && ObjectRelatives.Antecedent(view, phrase) is { } described)
        {
            foreach (var critic in phrase.Subject.Where(m => m.Code != described.Code))
            {
                pairs.Add(new ActorPair(critic, described, null));
            }
        }

        // "The White House welcomed the agreement but said … whether Iran would honour it", "denounced both deals as a betrayal of
        // the Palestinian cause": an accord told earlier, right after the verb, is its object; each of its parties is a target,
        // and the actors further on belong to other clauses or phrases.
        if (AccordParties.Reaction(view, phrase, events, context) is { } accord)
        {
            pairs = [.. accord.Codes.SelectMany(c => phrase.Subject.Select(s => new ActorPair(s, accord with { Codes = [c] }, null)))];
            date = AccordParties.IsBackground(view, phrase.Trigger) ? null : date;
        }

        // "The move drew condemnation from Japan": the author of the act the subject names.
        if (pairs.Count == 0)
        {
            pairs = DrawnReactions.Pairs(view, phrase, events, context);
        }

        // "Iran condemned the strikes as a violation of Yemen's sovereignty": the strikers, not the victim named after the act.
        pairs = VictimsOfTheAct.AimedAtStrikers(view, phrase, pairs, events, context);
        if (pairs.Count == 0 && CrossSentenceLinks.ReactionTarget(view, phrase, events, context) is { } actedAgainst)
        {
            // Several subjects: each donor gives, each party answers (CrossSentenceLinks.ReactionTarget).
            // Several attackers answered at once ("vowed to retaliate" after U.S. and British strikes): one pair for each.
            foreach (var target in actedAgainst.Codes.Select(c => actedAgainst with { Codes = [c] }))
            {
                pairs.AddRange(phrase.Subject.Where(s => s.Code != target.Code).Select(s => new ActorPair(s, target, null)));
            }
        }

        // ", a claim Warsaw denied": the denial answers the one the sentence shows making the claim.
        if (pairs.Count == 0 && GoverningFrames.IsDeniedCharge(phrase.Trigger) && ChargeAccusers.Accuser(view, phrase) is { } accuser)
        {
            pairs.AddRange(phrase.Subject.Select(s => new ActorPair(s, accuser, null)));
        }

        // "Rahmon said the two countries would work together": a joint intent told by one party is that party's alone.
        pairs = OneSpeakersJointIntent.Keep(view, phrase, pairs);
        if (pairs.Count == 0 && !phrase.Trigger.Passive)
        {
            // "North Korea blew up the liaison office": no party is acted on, but a later "condemned the demolition" answers the author.
            // A passive's subject is the one acted on, never the author ("officials said two men were killed").
            foreach (var author in phrase.Subject.Where(s => !s.IsPlace))
            {
                context.NoteUntargetedAct(new UntargetedAct(new ActorRef(author.Code, author.Role), phrase.Cameo));
            }
        }

        var (tokens, trigger) = (view.Tokens, phrase.Trigger);
        for (var p = 0; p < pairs.Count; p++)
        {
            var (source, target, place) = pairs[p];
            var confidence = _options.DirectConfidence - (phrase.Inherited ? _options.IndirectPenalty : 0)
                - (source.Kind == MentionKind.Coreference || target.Kind == MentionKind.Coreference ? _options.IndirectPenalty : 0);
            var pairDate = PairFinder.DateOf(view, pairs, p, date, phrase.WindowEnd);
            // "Russian paratroopers began arriving in Kazakhstan": forces deployed, not a visit.
            events.Add(new EventMention(new ActorRef(source.Code, source.Role), new ActorRef(target.Code, target.Role), TroopArrivals.Code(view, phrase, source), pairDate,
                view.Start, view.End, view.SentenceText, tokens[trigger.First].Start, tokens[trigger.End - 1].End, trigger.Entry.Id, confidence, place));
        }
    }

    // "Khurelsukh's state visit to Japan in November 2022 was his first trip to Tokyo": one event told twice
    // in a sentence is kept once, with the most precise date.
    private static List<EventMention> WithoutRepeats(List<EventMention> events)
    {
        var kept = new List<EventMention>();
        foreach (var e in events)
        {
            var same = kept.FindIndex(k => k.Source.Code == e.Source.Code && k.Target.Code == e.Target.Code && SameAct(k.Cameo, e.Cameo)
                && !TwoKindsOfAct(k, e) && (k.Date is null || e.Date is null || k.Date.Value.Overlaps(e.Date.Value)));
            if (same < 0)
            {
                kept.Add(e);
            }
            else if (kept[same].Date is null && e.Date is not null)
            {
                kept[same] = e;
            }
        }

        return kept;
    }

    // For each token, the actor named last before it, if any: one pass over the sentence, so that a long sentence of orders
    // does not scan back to its start from each one.
    private static ActorMention?[] ActorsBefore(SentenceView view)
    {
        var before = new ActorMention?[view.Tokens.Count + 1];
        ActorMention? last = null;
        for (var k = 0; k < view.Tokens.Count; k++)
        {
            before[k] = last;
            if (view.MentionAt[k] >= 0)
            {
                last = view.Found[view.MentionAt[k]];
            }
        }

        before[view.Tokens.Count] = last;
        return before;
    }

    // A row for bodies' acts (object word "body-subject": a court's order) codes only a subject that is a body or a court, not a
    // government: an international organisation or court, or a state's judiciary.
    private static bool IsBodyOrCourt(ActorMention subject) =>
        !ActorMention.IsStateCode(subject.Code) || subject.Role == ActorRole.Judiciary;

    // One act told twice has one root; but a trip and the talks held on it are two acts ("arrived in Lima and held talks
    // with Peru's president": 042 and 040), as the corpora code a visit beside its meeting.
    // Two intents with their own sub-codes are two undertakings ("agreed to hold talks and to work together on minerals": 036
    // and 031), the bare intent (030) none of its own.
    private static bool SameAct(CameoCode a, CameoCode b) =>
        a.SameRootAs(b) && IsTrip(a) == IsTrip(b) && !CoordinatedInfinitives.AreTwoIntents(a, b);

    // "condemned the killing … and his government lodged a complaint against Israel" (111 and 114), "shelled the town and
    // seized territory" (194 and 192): two phrases whose codes are two kinds of act, neither the other's generic code, tell two
    // acts of one root. One phrase's pairs, and a generic code beside its own sub-code ("warned … threatened to"), stay one.
    // A participle after a comma elaborates the act before it ("blamed the attack on Russia, calling it unacceptable"): one act.
    private static bool TwoKindsOfAct(EventMention a, EventMention b) =>
        a.PhraseStart != b.PhraseStart && a.LexiconEntry != b.LexiconEntry
        && !IsGenericOf(a.Cameo.Value, b.Cameo.Value) && !IsGenericOf(b.Cameo.Value, a.Cameo.Value)
        && !ElaboratesAfterComma(a) && !ElaboratesAfterComma(b);

    // "13" or "130" (the root's own "not specified" code) is generic to "138"; "111" to "1112".
    private static bool IsGenericOf(string generic, string specific) =>
        specific.StartsWith(generic, StringComparison.Ordinal)
        || (generic.Length == 3 && generic[2] == '0' && specific.StartsWith(generic.AsSpan(0, 2), StringComparison.Ordinal));

    private static bool ElaboratesAfterComma(EventMention e)
    {
        var at = e.PhraseStart - e.SentenceStart;
        if (at <= 0 || at > e.Sentence.Length)
        {
            return false;
        }

        var before = e.Sentence.AsSpan(0, at).TrimEnd();
        var word = e.Sentence.AsSpan(at);
        var end = word.IndexOfAny(' ', ',', '.');
        word = end < 0 ? word : word[..end];
        return before.EndsWith(",") && word.EndsWith("ing", StringComparison.Ordinal);
    }

    private static bool IsTrip(CameoCode code) => code.IsIn(CameoCode.MakeVisit) || code.IsIn(CameoCode.HostVisit);
}
