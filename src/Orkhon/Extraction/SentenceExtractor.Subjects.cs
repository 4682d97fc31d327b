using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

// Coding, the phrase's parties: the subject it borrows or sets aside, and where its objects end.
public sealed partial class SentenceExtractor
{
    // The adjuncts a phrase may stand in (a participial clause, a reduced relative, a visit, a meeting), read before its
    // subject is chosen: each lends the phrase another subject, and the first and third its modality too.
    private readonly record struct PhraseAdjuncts(bool Participial, bool Reduced, bool Visit, IReadOnlyList<ActorMention> MeetingParties);

    private static PhraseAdjuncts AdjunctsOf(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject) => new(
        !trigger.Entry.IsNoun && ParticipialClauses.IsAdjunct(view, trigger.First),
        ReducedRelatives.IsReducedPassive(view, trigger),
        subject.Count == 0 && VisitAdjuncts.IsAdjunct(view, trigger.Entry, trigger.First, trigger.End),
        subject.Count == 0 ? Clauses.AdjunctMeetings.Parties(view, trigger.Entry, trigger.First, trigger.End) : []);

    // The subject a phrase takes from its context, the first reading that applies (adjuncts, reporting speakers, openers,
    // coordinated verbs); returns whether it is inherited. A clause whose own subject is no actor ends the carried subject.
    private static bool BorrowedSubject(SentenceView view, List<Trigger> triggers, int t, int windowStart, PhraseAdjuncts adjuncts, IReadOnlyList<ActorMention>[] subjects,
        IReadOnlyList<ActorMention> previousSubject, ref IReadOnlyList<ActorMention>? carriedSubject, ref IReadOnlyList<ActorMention> subject)
    {
        var trigger = triggers[t];
        var inherited = false;
        var (adjunct, reduced, visitAdjunct, meetingParties) = adjuncts;
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

        return inherited;
    }

    // A subject that is no actor (a bare crowd, a thing, a stateless attack) is set aside: the phrase borrows no actor's
    // subject. Returns whether the phrase has such a subject of its own.
    private static bool SetAsideNonActorSubject(SentenceView view, Trigger trigger, int windowEnd, ref IReadOnlyList<ActorMention> subject, ref bool inherited)
    {
        var ownNonActorSubject = false;
        var nonActorSubjects = view.Options.Runs(ExtractionGuards.NonActorSubjects);
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

        return ownNonActorSubject;
    }

    // Where a phrase's objects end, and the parties that act with its subject past that end (", as did", gapped verbs,
    // companions, joining absolute clauses).
    private static (int ObjectEnd, IReadOnlyList<ActorMention> Subject) ObjectEnd(SentenceView view, List<Trigger> triggers, int t, int windowEnd, IReadOnlyList<ActorMention> meetingParties,
        IReadOnlyList<ActorMention> subject)
    {
        var trigger = triggers[t];
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

        return (objectEnd, subject);
    }
}
