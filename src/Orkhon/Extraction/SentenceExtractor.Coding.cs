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
            else if (subject.Count == 0 && Clauses.OpeningAdjuncts.Agent(view, trigger) is { } opener)
            {
                // "On Friday, after talks with Japarov in Bishkek, Tokayev said…": the opening adjunct's act is the main subject's.
                subject = [opener];
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
            var nonActorSubjects = o.Runs(ExtractionGuards.NonActorSubjects);
            if (nonActorSubjects && WeakSubjects.HasBareCrowdSubject(view, trigger))
            {
                // "Thousands of protesters stormed the Swedish embassy in Baghdad": the crowd is of the state it protests in;
                // with no place named, of no known state (never "Russia" of "Russia said protesters had stormed …").
                subject = WeakSubjects.CrowdPlace(view, trigger, windowEnd) is { } crowdPlace ? [crowdPlace] : [];
                inherited = false;
                ownNonActorSubject = subject.Count == 0;
            }
            else if (nonActorSubjects && subject.Count == 0 && Clauses.ThingRelatives.HasThingSubject(view, trigger))
            {
                // "the earthquake, which has killed 35,000 people": a clause about a thing borrows no actor's subject.
                inherited = false;
                ownNonActorSubject = true;
            }
            else if (nonActorSubjects && WeakSubjects.HasStatelessAttackSubject(view, trigger))
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

            // "Xi will pay a state visit to Russia …, his first trip to Moscow since…": a visit noun in apposition re-tells the
            // visit just told, planned as it is; it is no trip of its own.
            var retold = o.Runs(ExtractionGuards.RetoldVisits) && previousModality is { Kind: not ModalityKind.Fact } && t > 0 && VisitAppositives.Retells(view, triggers[t - 1], trigger);
            previousModality = modality;
            var cancelled = !modality.IsCoded || retold || (o.Runs(ExtractionGuards.DeniedChargeNouns) && DeniedChargeNouns.IsDenied(triggers, t))
                || (o.Runs(ExtractionGuards.Mishaps) && MishapCancellations.CalledOffForMishap(view, trigger, modality.Cameo))
                || (o.Runs(ExtractionGuards.HabitualFrames) && HabitualFrames.Covers(view, habitual, trigger, modality.Cameo))
                || (modality.Kind == ModalityKind.Fact && o.Runs(ExtractionGuards.FuturePresents) && FuturePresents.IsPlanned(view, trigger, windowEnd, published));
            var planned = modality.Kind == ModalityKind.Intent;
            // "killed more than 400 civilians": a killing of hundreds of unarmed people is a mass killing (202).
            var cameo = WeakSubjects.CrowdRecode(view, trigger, subject, MassKillings.Recode(view, trigger, modality.Cameo));
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

    private static bool IsAbsorbedAgreement(SentenceView view, List<Trigger> triggers, int t)
    {
        // "EU leaders agreed to impose sanctions on Minsk": a bare agreement whose infinitive is a hostile act coded on its own
        // is that act, not cooperation with the act's target. Its clause still counts for subjects and dates (one clause per
        // phrase: the dates are read by position), it only codes nothing.
        return triggers[t].Entry.Cameo.Value == "030" && triggers[t].Entry.Phrase.StartsWith("agree", StringComparison.Ordinal) && t + 1 < triggers.Count
            && triggers[t + 1].First - triggers[t].End <= 1 && triggers[t + 1].Entry.Cameo.RootNumber >= 10 && PhraseGrammar.IsInfinitive(view, triggers[t + 1]);
    }

    // Where a phrase's objects may end (past the infinitives and reduced relatives it governs, before a reporting clause),
    // and the first phrase after that window.
    private static (int End, int Next) ObjectWindow(SentenceView view, List<Trigger> triggers, int t)
    {
        var trigger = triggers[t];
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

        return (view.Clauses.ReportingClauseStart(trigger.End, next < triggers.Count ? triggers[next].First : view.Tokens.Count), next);
    }
}
