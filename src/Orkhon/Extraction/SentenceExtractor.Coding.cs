using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction;

// Coding: each phrase's subject, modality and date, in text order.
public sealed partial class SentenceExtractor
{
    // Each phrase's subject and modality, in text order (a coordinated phrase borrows the subject and auxiliary of the one
    // before it), then the date of every clause at once; a phrase coded as nothing is null but still dates its neighbours.
    private static (CodedPhrase?[] Coded, FuzzyDate?[] Dates, FuzzyDate? SentenceDate, bool[] Owned) Code(SentenceView view, List<Trigger> triggers, FuzzyDate? previousSentence, DateOnly? published, FuzzyDate? gathering, List<string>? explain)
    {
        // A sentence with no phrase (nine in ten) codes and dates no clause: only the date it hands on is read.
        if (triggers.Count == 0)
        {
            return ([], [], DateAttacher.SentenceDate(view.Clauses, triggers, [], [], published), []);
        }

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
        var o = view.Options;
        for (var t = 0; t < triggers.Count; t++)
        {
            var trigger = triggers[t];
            var absorbed = o.Runs(ExtractionGuards.AbsorbedAgreements) && IsAbsorbedAgreement(view, triggers, t);

            var windowStart = t == 0 ? 0 : triggers[t - 1].End;
            var (windowEnd, next) = ObjectWindow(view, triggers, t);
            IReadOnlyList<ActorMention> subject = SubjectFinder.Subject(view, trigger, windowStart, t > 0);
            // The subject of the clause told so far, before a stage below sets it aside for this phrase (JointActAdjuncts).
            var subjectSoFar = carriedSubject;
            var adjuncts = AdjunctsOf(view, trigger, subject);
            var (adjunct, reduced, _, meetingParties) = adjuncts;
            var inherited = BorrowedSubject(view, triggers, t, windowStart, adjuncts, subjects, previousSubject, ref carriedSubject, ref subject);

            var ownNonActorSubject = SetAsideNonActorSubject(view, trigger, windowEnd, ref subject, ref inherited);

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
            var (modality, madeApart) = ReadModality(view, triggers, t, subject, inherited, adjuncts, previousModality);

            // "Xi will pay a state visit to Russia …, his first trip to Moscow since…": a visit noun in apposition re-tells the
            // visit just told, planned as it is; it is no trip of its own.
            var retold = o.Runs(ExtractionGuards.RetoldVisits) && previousModality is { Kind: not ModalityKind.Fact } && t > 0 && VisitAppositives.Retells(view, triggers[t - 1], trigger);
            previousModality = modality;
            var cancelled = !modality.IsCoded || retold || (o.Runs(ExtractionGuards.DeniedChargeNouns) && DeniedChargeNouns.IsDenied(triggers, t))
                || (o.Runs(ExtractionGuards.Mishaps) && MishapCancellations.CalledOffForMishap(view, trigger, modality.Cameo))
                || (o.Runs(ExtractionGuards.HabitualFrames) && HabitualFrames.Covers(view, habitual, trigger, modality.Cameo))
                || (modality.Kind == ModalityKind.Fact && o.Runs(ExtractionGuards.FuturePresents) && FuturePresents.IsPlanned(view, trigger, windowEnd, published));
            var planned = modality.Kind == ModalityKind.Intent;
            var cameo = Recode(view, triggers, t, windowStart, subject, modality.Cameo);
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

            var (own, dateEnd) = OwnDate(view, triggers, t, next, windowEnd, adjunct, cameo, previousWritten ?? previousOwn ?? previousSentence, published);

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

            (var objectEnd, subject) = ObjectEnd(view, triggers, t, windowEnd, meetingParties, subject);

            coded[t] = new CodedPhrase(trigger, subject, cameo, inherited, windowEnd, objectEnd);
        }

        var dates = DateAttacher.Attach(view.Clauses, clauses, triggers.Count > 0 ? DateAttacher.Leading(view.Clauses, triggers[0].First) : null, previousSentence, triggers);
        // A phrase dated by a time phrase of its own (not a plan's, not one borrowed from the clause before).
        var owned = clauses.Select(c => c.Own is not null && !c.Planned && !c.Borrowed).ToArray();
        return (coded, dates, DateAttacher.SentenceDate(view.Clauses, triggers, clauses, dates, published), owned);
    }

    private static bool IsAbsorbedAgreement(SentenceView view, List<Trigger> triggers, int t)
    {
        // "EU leaders agreed to impose sanctions on Minsk": a bare agreement whose infinitive is a hostile act coded on its own
        // is that act, not cooperation with the act's target. Its clause still counts for subjects and dates (one clause per
        // phrase: the dates are read by position), it only codes nothing.
        return triggers[t].Entry.Cameo.Value == "030" && triggers[t].Entry.Phrase.StartsWith("agree", StringComparison.Ordinal) && t + 1 < triggers.Count
            && triggers[t + 1].First - triggers[t].End <= 1 && triggers[t + 1].Entry.Cameo.RootNumber >= 10 && PhraseGrammar.IsInfinitive(view, triggers[t + 1]);
    }

    // The phrase's modality, read within the clause it is coordinated with or framed by: a coordinated verb shares its
    // subject's auxiliary, a visit adjunct and a participial clause are read within their main clause. Whether a participial
    // statement is made apart from its main clause's plan or negation goes back too.
    private static (ClauseModality Modality, bool MadeApart) ReadModality(SentenceView view, List<Trigger> triggers, int t, IReadOnlyList<ActorMention> subject, bool inherited, PhraseAdjuncts adjuncts,
        ClauseModality? previousModality)
    {
        var trigger = triggers[t];
        var o = view.Options;
        var (adjunct, _, visitAdjunct, _) = adjuncts;
        var modality = ModalityClassifier.Classify(view, trigger, subject, triggers, t);
        // Coordinated verb phrases share their subject's auxiliary: "will pay a state visit … and attend the summit",
        // "did not attend the parade or meet Putin".
        // Not across a condition that closed between them: "warned … if the ship was not released and urged Tehran to …".
        // Nor from an infinitive to a past form, which is coordinated with the finite verb before the infinitive: "called on
        // Belgrade to withdraw its troops and warned of consequences".
        if (inherited && o.Runs(ExtractionGuards.SharedModality) && previousModality is { Kind: not ModalityKind.Fact } shared && modality.Kind == ModalityKind.Fact && ModalityClassifier.SharesAuxiliary(view, trigger)
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

        // "neither condemned nor endorsed Russia's annexation of …": an owned act noun that a phrase read as nothing takes as its
        // object is nothing too (DeniedActNounObjects).
        if (o.Runs(ExtractionGuards.SharedModality) && previousModality is { Kind: ModalityKind.Nothing } && modality.Kind == ModalityKind.Fact
            && DeniedActNounObjects.IsObjectOfPrevious(view, triggers, t))
        {
            modality = new ClauseModality(ModalityKind.Nothing, trigger.Entry.Cameo);
        }

        // "did not arrest Putin, ignoring the warrant", "would visit Mongolia, ignoring the warrant": a participial clause is
        // read within its main clause's negation or plan.
        // An infinitive before it is not that main clause ("set no timetable for Ukraine to join the alliance, drawing
        // criticism from Kyiv": the criticism is real, whatever becomes of the joining).
        // A statement told this way is made as the main clause is told, whatever that clause denies or plans: "did not attend,
        // accusing Washington of bad faith", "said it would not renew the visas, accusing the office of bias".
        var madeApart = false;
        if (adjunct && o.Runs(ExtractionGuards.SharedModality) && previousModality is { Kind: not ModalityKind.Fact } mainModality && modality.Kind == ModalityKind.Fact
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

        return (modality, madeApart);
    }

    // The phrase's code after the readings that recode an act by what it did or to whom (mass killings and expulsions,
    // targeted killings, weapon fire, cargo, courtesy calls, led forces), in that order.
    private static CameoCode Recode(SentenceView view, List<Trigger> triggers, int t, int windowStart, IReadOnlyList<ActorMention> subject, CameoCode cameo)
    {
        var trigger = triggers[t];
        // "killed more than 400 civilians": a killing of hundreds of unarmed people is a mass killing (202).
        cameo = WeakSubjects.CrowdRecode(view, trigger, subject, MassKillings.Recode(view, trigger, cameo));
        // "deported more than 1,000 Colombians": an expulsion of thousands is a mass expulsion (201).
        cameo = MassExpulsions.Recode(view, trigger, cameo);
        // "killed Hezbollah commander Ali Karaki": the killing of a named leader is an assassination (186).
        cameo = TargetedKillings.Recode(view, trigger, subject, cameo);
        // "fired rockets into Thai territory, killing 11 civilians": a killing by an army's fire is that fire (19).
        cameo = WeaponKillings.Recode(view, triggers, t, windowStart, cameo);
        // "planes carrying weapons landed in Mogadishu": a vehicle's arrival with a cargo is the aid it delivers, not a visit.
        cameo = CargoArrivals.Recode(view, trigger, windowStart, cameo);
        // "called on President X at the palace": a courtesy call, not an appeal.
        cameo = CourtesyCalls.Recode(view, trigger, cameo);
        // "backed the British-led mission": support for a force another state leads is military cooperation with it.
        cameo = SupportedLedForces.Recode(view, trigger, cameo);
        return cameo;
    }

    // The phrase's own time phrase and where its date may be read up to (past the event nouns a verb takes as objects);
    // an intent's month or year is read only before the act it governs.
    private static (FuzzyDate? Own, int DateEnd) OwnDate(SentenceView view, List<Trigger> triggers, int t, int next, int windowEnd, bool adjunct, CameoCode cameo, FuzzyDate? since, DateOnly? published)
    {
        var trigger = triggers[t];
        // A verb's time phrase may follow the event noun that is its object: "criticised the U.S. strike on Saturday".
        var dated = next;
        while (!trigger.Entry.IsNoun && dated < triggers.Count && triggers[dated].Entry.IsNoun)
        {
            dated++;
        }

        var dateEnd = dated == next ? windowEnd : view.Clauses.ReportingClauseStart(trigger.End, dated < triggers.Count ? triggers[dated].First : view.Tokens.Count);
        // "the same evening" counts from the day written before it, not from the span a stated length made of it.
        var own = DateAttacher.Own(view, trigger, t == 0, windowEnd, dateEnd, since, published, participial: adjunct);
        // "accepted an invitation to pay a state visit to France in October": a month or a year after the act an intent
        // governs is the plan's time, never the intent's, which is dated as its statement is.
        if (own is { Precision: DatePrecision.Month or DatePrecision.Year } && cameo.RootNumber == 3 && next > t + 1)
        {
            own = DateAttacher.Own(view, trigger, t == 0, windowEnd, triggers[t + 1].First, since, published, participial: adjunct);
        }

        return (own, dateEnd);
    }

    // Where a phrase's objects may end (past the infinitives and reduced relatives it governs, before a reporting clause),
    // and the first phrase after that window.
    private static (int End, int Next) ObjectWindow(SentenceView view, List<Trigger> triggers, int t)
    {
        var trigger = triggers[t];
        // A phrase's targets may sit in the infinitive it governs: "ready to hold consultations with Russia",
        // "refused to lift sanctions on Belarus", "threatened to cut aid to Kyrgyzstan".
        var next = t + 1;
        // So may a reduced relative inside its object: "slammed the sanctions imposed by Washington"; and a participle that
        // describes the people an act on people acts on: "freed three detained Americans".
        while (next < triggers.Count && (PhraseGrammar.IsInfinitive(view, triggers[next]) || ReducedRelatives.IsReducedPassive(view, triggers[next])
            || (next == t + 1 && trigger.Entry.RequiresPeopleObject && AttributiveParticiples.IsAttributive(view, triggers[next]))
            || (next == t + 1 && ModalityClassifier.IsWarnedAct(view, trigger, triggers[next]))
            || (next == t + 1 && Clauses.MeetingAdjuncts.FollowsVerb(view, trigger, triggers[next]))
            || (next == t + 1 && !trigger.Entry.IsNoun && Clauses.AdjunctMeetings.Parties(view, triggers[next].Entry, triggers[next].First, triggers[next].End).Count > 0)))
        {
            next++;
        }

        return (view.Clauses.ReportingClauseStart(trigger.End, next < triggers.Count ? triggers[next].First : view.Tokens.Count), next);
    }
}
