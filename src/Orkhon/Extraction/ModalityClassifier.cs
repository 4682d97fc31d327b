using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Modality as codes, not silence (issue 9): reads the cues around a phrase and decides whether it is a fact,
/// nothing (negated, hypothetical, embedded, a plan that fell through), an intent (a plan or schedule → 03x) or a
/// threat (a hostile act under a modal and a condition → 13x). The
/// appeal, demand and accusation frames the lexicon has no verb for are found by <see cref="GoverningFrames"/>.
/// </summary>
internal static partial class ModalityClassifier
{
    /// <summary>
    /// The modality of phrase <paramref name="index"/> of <paramref name="triggers"/>, whose subject is <paramref name="subject"/>.
    /// An appeal, intent, demand or refusal that governs the next phrase ("urged Beijing to release", "demanded that Baku
    /// withdraw", "refused to lift") takes the sub-code of the act it asks for, promises or refuses.
    /// </summary>
    public static ClauseModality Classify(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject, List<Trigger> triggers, int index)
    {
        var modality = ClassifyAct(view, trigger, subject, triggers, index);
        // "agreed to hold talks and to work together on minerals": the second infinitive is a second intent of the same
        // parties, when the intent itself is told as done; its sub-code is the second act's own, whatever the first one's is.
        if (modality.Kind == ModalityKind.Nothing && CoordinatedInfinitives.IntentGoverning(view, triggers, index) is >= 0 and var intent
            && ClassifyAct(view, triggers[intent], subject, triggers, intent).Kind == ModalityKind.Fact
            && AskedFor(CameoCode.Parse("030"), trigger.Entry.Cameo) is { } second)
        {
            return new ClauseModality(ModalityKind.Fact, second);
        }

        // A joint undertaking ("A and B agreed to build a railway") is told by its own rows; its infinitive is often a
        // neighbouring sense ("build" a school as aid), so a symmetric phrase keeps its code, unless it is the bare intent
        // (030, "agreed to"), which names nothing itself: "agreed to back Baku's bid" is 032, "agreed to free" 0353.
        if (modality.Kind != ModalityKind.Fact || (trigger.Entry.Frame == EventFrame.Symmetric && !IsBareIntent(modality.Cameo)))
        {
            return modality;
        }

        // "urged Kyiv and Moscow to observe the truce", "appealed to Oslo for emergency aid": an act the lexicon has no phrase
        // for still names the sub-code, by the rows of asked-acts.tsv.
        if (GovernedAct(view, triggers, index) is not { } act)
        {
            return AskedActs.Governed(view, trigger) is { } appeal && AskedActs.Parallel(appeal, modality.Cameo) is { } parallel
                ? new ClauseModality(ModalityKind.Fact, parallel)
                : modality;
        }

        // "Saudi Arabia and Iran agreed to restore diplomatic relations": an agreement to establish or restore relations between
        // its own parties is the act itself (054, as CAMEO codes it), not a promise of diplomatic cooperation (032).
        if (IsBareIntent(modality.Cameo) && trigger.Entry.Phrase.StartsWith("agree", StringComparison.Ordinal) && act.Value.StartsWith("054", StringComparison.Ordinal)
            && triggers[index + 1].Entry.Frame == EventFrame.Symmetric)
        {
            return new ClauseModality(ModalityKind.Fact, act);
        }

        // "Israel and Hamas agreed on Friday to pause fighting": a joint agreement to halt fighting is the truce itself.
        if (IsBareIntent(modality.Cameo) && AgreedTruces.IsAgreedTruce(view, trigger, triggers[index + 1], subject))
        {
            return new ClauseModality(ModalityKind.Fact, CameoCode.Parse("0871"));
        }

        // "vowed to strike Israel", "pledged to impose sanctions": a vow of a hostile act is a threat, not an intent to cooperate.
        if (modality.Cameo.Root == CameoCode.ExpressIntentToCooperate && ThreatFor(act) is { } threat && ModalityCues.VowLookup.Contains(view.Word(trigger.First)))
        {
            return new ClauseModality(ModalityKind.Fact, threat);
        }

        return AskedFor(modality.Cameo, act) is { } asked ? new ClauseModality(ModalityKind.Fact, asked) : modality;
    }

    private static bool IsBareIntent(CameoCode code) => code.Value is "030";

    // "no" between a phrase's words ("held no talks"), or before an event noun with only its modifiers and owner between
    // ("no Russian strikes", "no such visit").
    private static bool DeniedByNo(SentenceView view, Trigger trigger)
    {
        // A phrase that is itself a refusal with "no" ("would be no talks with" is 125) is told by its own row.
        if (trigger.Entry.Phrase.StartsWith("no ", StringComparison.Ordinal) || trigger.Entry.Phrase.Contains(" no ", StringComparison.Ordinal))
        {
            return false;
        }

        // "will send neither troops nor weapons to": the determiner inside the phrase denies it too.
        for (var k = trigger.First + 1; k < trigger.End - 1; k++)
        {
            if (ModalityCues.ObjectNegationLookup.Contains(view.Word(k)))
            {
                return true;
            }
        }

        if (!trigger.Entry.IsNoun)
        {
            // "offered no troops", "sent no envoy", "recognised neither side's claim": "no" or "neither" right after the verb is
            // its object's determiner and denies the act; "hosted no fewer than twenty leaders" measures it.
            var next = trigger.End;
            return next + 1 < view.Tokens.Count && ModalityCues.ObjectNegationLookup.Contains(view.Word(next))
                && !s_noComparatives.Contains(view.Word(next + 1));
        }

        // Only a few modifiers may stand between: an article or a clause word opens another noun phrase ("no doubt the strike").
        const int longestModifiers = 3;
        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - 1 - longestModifiers; k--)
        {
            var w = view.Word(k);
            if (w is "no" or "No")
            {
                return true;
            }

            if (view.MentionAt[k] < 0 && (w.Length == 0 || !char.IsLower(w[0]) || IsNounPhraseBoundary(w)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsNounPhraseBoundary(ReadOnlySpan<char> w) => s_nounPhraseBoundaries.Contains(w);

    private static readonly WordSet s_nounPhraseBoundaries = ClauseView.Words.Lookup("noun-phrase-boundary");
    private static readonly WordSet s_noComparatives = PhraseGrammar.Words.Lookup("no-comparative");

    // Read once per phrase and subject: the purpose of a trip reads the trip's own modality, and a chain of trip purposes
    // would otherwise read each trip again for every infinitive after it.
    private static ClauseModality ClassifyAct(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject, List<Trigger> triggers, int index)
    {
        // Only a phrase of the list is known by its index.
        if (!ReferenceEquals(trigger, triggers[index]))
        {
            return ReadAct(view, trigger, subject, triggers, index);
        }

        if (view.Modalities.TryGet(triggers, index, subject, out var known))
        {
            return known;
        }

        var modality = ReadAct(view, trigger, subject, triggers, index);
        view.Modalities.Add(triggers, index, subject, modality);
        return modality;
    }

    private static ClauseModality ReadAct(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject, List<Trigger> triggers, int index)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        var cameo = trigger.Entry.Cameo;
        var nothing = new ClauseModality(ModalityKind.Nothing, cameo);
        var hostile = ThreatFor(cameo) is not null;
        var condition = view.Modalities.HasCondition(text, tokens, HasCondition);
        var closedAt = -1;

        // "Analysts say Beijing may yet punish Ulaanbaatar. China could hold back the loan …, they said.": the analysts speak on.
        if (view.Modalities.ToldBySpeculators)
        {
            return nothing;
        }

        foreach (var k in view.Modalities.SentenceWideCues(text, tokens))
        {
            if (k >= trigger.First)
            {
                break;
            }

            if (k <= closedAt)
            {
                continue;
            }

            // "warned of consequences if the ship was not released and urged Tehran to free its crew": the condition closed
            // before the main clause's second verb.
            var w = tokens[k].In(text);
            if (w is "if" or "unless" && Clauses.ClosedConditions.CoordinatedAfter(view, trigger, subject, k) is >= 0 and var and)
            {
                closedAt = and;
                continue;
            }

            // "If talks fail, Beijing will impose duties on brandy": the condition makes a threat of a hostile act.
            return w is "if" or "If" or "unless" or "Unless" && hostile && HasModalOrFuture(text, tokens, k + 1, trigger.First) ? Threat(cameo) : nothing;
        }

        if (tokens.Count > 0 && tokens[0].In(text) is "Had" or "Were")
        {
            return nothing;
        }

        // "Britain could freeze the assets if talks fail, analysts said": speculation attributed after the clause.
        if (view.Modalities.SpeculationAttribution(view) >= trigger.End)
        {
            return nothing;
        }

        // "apologised without saying that Russia was to blame", "condemned the strike without blaming Israel": an act inside a
        // clause opened by "without" and an -ing form was not done. A comma closes that clause ("Without waiting for a mandate,
        // NATO struck").
        if (IsUnderWithout(view, trigger.First))
        {
            return nothing;
        }

        // "Will China invade Taiwan?", "Could the two sides finally sign a pact?": a direct question tells no act.
        if (IsDirectQuestion(view, trigger.First))
        {
            return nothing;
        }

        // "a book on the Soviet invasion of Afghanistan", "the anniversary of the signing": an event noun that is the subject
        // of a work, a study or a remembrance is not told as an act of the text's day; "fears of a Chinese invasion", "the
        // idea of a Russian attack": nor is one that is only feared or imagined; "the 1992 ban on aid to Azerbaijan": nor one
        // that a ban bars.
        if (trigger.Entry.IsNoun && IsTopicOfWork(text, tokens, trigger.First, view.Options.NounCueReachBack))
        {
            return nothing;
        }

        // "the worst fighting since their 2020 war": an event noun after "since" that a comparison is measured against.
        if (ComparisonYardsticks.IsYardstick(view, trigger))
        {
            return nothing;
        }

        // "A prisoner exchange is on the agenda of the talks", "a ceasefire was on the table": an event noun whose clause puts it
        // up for discussion is a subject of talks, not an act told as done.
        if (trigger.Entry.IsNoun && IsOnTheAgenda(text, tokens, trigger.End))
        {
            return nothing;
        }

        // "No date has been set for a visit by …", "there are no plans for talks": an event noun that nothing is fixed for.
        if (trigger.Entry.IsNoun && NothingFixedFor(text, tokens, trigger.First, view.Options.NounCueReachBack * 2))
        {
            return nothing;
        }

        // "A trip to Tokyo by a parliamentary delegation … has been called off": an event noun whose clause says it was
        // called off never took place.
        if (trigger.Entry.IsNoun && IsCalledOff(text, tokens, trigger.End))
        {
            return nothing;
        }

        // "Blinken's trip to Beijing, which would have been the first since 2018, will not go ahead": the noun's own clause
        // says the event did not happen.
        if (UnheldEvents.IsSaidNotToHappen(view, trigger))
        {
            return nothing;
        }

        // "decided to put off a state visit to Japan by Xi", "a suspected Israeli strike", "a summit that was to have brought
        // together four leaders": an act called off, only suspected, or planned and fallen through.
        if (UnrealisedActs.IsCalledOffObject(view, trigger) || UnrealisedActs.IsUndoneObject(view, trigger) || UnrealisedActs.IsHedgedNoun(view, trigger) || UnrealisedActs.IsWasToHave(view, trigger)
            || UnrealisedActs.IntendsToCallOff(view, trigger) || UnrealisedActs.IsCoordinatedWithCalledOff(view, trigger) || UnrealisedActs.IsTurnedBack(view, trigger))
        {
            return nothing;
        }

        // "held no talks with the administration", "paid no visit to Kyiv", "there were no Russian strikes on the city": "no"
        // inside the phrase, or opening an event noun's own phrase, denies the act it names.
        if (DeniedByNo(view, trigger))
        {
            return nothing;
        }

        // "few have met Japanese sanitary standards": "meet" with a requirement for its object is no meeting.
        if (MetRequirements.IsRequirementMet(view, trigger))
        {
            return nothing;
        }

        // "Canada and the United States met in a hockey game", "Japan beat Iran 3-1": national teams are no state actors.
        if (SportingContests.IsContestOfTeams(view, trigger, subject))
        {
            return nothing;
        }

        // "planes carrying deported migrants", "heavily armed attackers": a participle used as an adjective tells no act.
        if (AttributiveParticiples.IsAttributive(view, trigger))
        {
            return nothing;
        }

        // "struck South Korea off its whitelist of trading partners": a deletion from a list, not a strike.
        if (StruckOffLists.IsStruckOff(view, trigger))
        {
            return nothing;
        }

        // "Mongolia buys most of its fuel from Russia": a share of a standing flow, in the present, is a statistic.
        if (IsShareStatistic(text, tokens, trigger))
        {
            return nothing;
        }

        if (tokens.Count > 0 && tokens[0].In(text) is "Should")
        {
            return hostile && HasModalOrFuture(text, tokens, 1, trigger.First) ? Threat(cameo) : nothing;
        }

        // "Neither France nor Germany sent troops": a subject named after "neither" or "nor" is denied the act.
        if (subject.Any(s => s.First > 0 && tokens[s.First - 1].In(text) is "neither" or "Neither" or "nor" && s.First < trigger.First))
        {
            return nothing;
        }

        var from = subject.Count > 0 ? subject[^1].Last + 1 : Math.Max(0, index > 0 ? triggers[index - 1].End : trigger.First - view.Options.SubjectlessCueReach);
        from = Math.Max(from, trigger.First - view.Options.LocalCueReach);
        // A negation or modal inside the closed condition is the condition's own ("if the ship was not released").
        from = Math.Max(from, closedAt);
        // "forced Pakistan, already under pressure at home, to close…": an apposition describes the caused actor; its words are
        // no cue of the act.
        if (CausedActors.BeforeApposition(view, trigger) is not null)
        {
            from = trigger.First - 1;
        }

        // "did not recognise the vote, calling on Moscow to…": a statement in a participial clause is made as its main clause is
        // told; that clause's negation or modal is not its own.
        if (!trigger.Entry.IsNoun && Clauses.ParticipialClauses.IsStatement(cameo) && Clauses.ParticipialClauses.IsAdjunct(view, trigger.First))
        {
            from = trigger.First;
        }

        var future = false;
        var modal = false;
        var ownRelative = view.Clauses.Relatives.RelativeOf(trigger.First);
        var reported = trigger.Entry.IsNoun ? null : Clauses.ReportedComplements.Before(view, trigger.First, subject);
        for (var k = Math.Max(0, from); k < trigger.First; k++)
        {
            // "said the ship was not Japanese and blamed Tehran": a cue of the reported clause is its own verb's.
            if (reported is var (verb, and) && k > verb && k <= and)
            {
                continue;
            }

            // "Mongolia and Kazakhstan, which share no border, established relations": a cue inside a relative clause the
            // phrase is not in belongs to that clause's verb.
            if (view.Clauses.Relatives.RelativeOf(k) is >= 0 and var relative && relative != ownRelative)
            {
                continue;
            }

            // "arrived on 20 May 2013 and met…": a word of a time phrase is no modal verb.
            if (view.TimeAt[k] >= 0)
            {
                continue;
            }

            var w = tokens[k].In(text);
            if (w is "would" && PhraseGrammar.ReportedSpeechBefore(view, k))
            {
                // "X said Putin would visit": the reported future, not a hypothesis.
                future = true;
                continue;
            }

            if (ModalityCues.NegationLookup.Contains(w))
            {
                // "not only condemned Israel but also…", "did not hesitate to summon", "never failed to protest": a negation
                // that a litotes word follows affirms the act.
                if (k + 1 < trigger.First && ModalityCues.LitotesLookup.Contains(view.Word(k + 1)))
                {
                    k++;
                    continue;
                }

                return nothing;
            }

            if (ModalityCues.ModalLookup.Contains(w))
            {
                modal = true;
                continue;
            }

            // "cancelled plans to visit", "postponed a plan to sign": the plan called off tells no act and no intent.
            if (ModalityCues.PlanLookup.Contains(w) && UnrealisedActs.IsCalledOffPlan(view, k))
            {
                return nothing;
            }

            // "plans to visit", "intends to sign": a stated plan, unless it is told as past and unrealised ("had planned to").
            if (ModalityCues.PlanLookup.Contains(w) && !(k > 0 && tokens[k - 1].In(text) is "had"))
            {
                future = true;
                continue;
            }

            if (ModalityCues.LocalLookup.Contains(w))
            {
                return nothing;
            }

            future |= ModalityCues.FutureLookup.Contains(w) || (w is "to" && k == trigger.First - 1 && k > 0 && tokens[k - 1].In(text) is "is" or "are" or "due" or "scheduled" or "set");
        }

        // "the former Japanese prime minister said Japan would send aid": one out of office announces no plan of the state.
        if ((future || modal) && FormerSpeakers.IsToldByFormerOfficeHolder(view, trigger, subject))
        {
            return nothing;
        }

        if (modal)
        {
            // "may impose further penalties on Belarus should Minsk continue…": a conditional hostile act is a threat.
            return hostile && condition ? Threat(cameo) : nothing;
        }

        // "demanded talks with X", "proposed a visit to Y": the noun is what the earlier phrase asks for.
        if (trigger.Entry.IsNoun && index > 0 && !triggers[index - 1].Entry.IsNoun && triggers[index - 1].End >= trigger.First - view.Options.DemandedNounGap
            && !PhraseGrammar.HasWordBetween(view, triggers[index - 1].End, trigger.First, "during", "in", "at", "after", "before", "amid")
            && !PhraseGrammar.HasCapitalisedBetween(view, triggers[index - 1].End, trigger.First))
        {
            return nothing;
        }

        // A noun's own predicate may deny it or put it ahead: "Xi's visit has yet to take place", "the long-rumoured visit", "talks
        // between Paris and Rome will open on Monday".
        if (trigger.Entry.IsNoun)
        {
            var opener = OpeningPhraseEnd(view, trigger);
            var adjunctMeeting = Clauses.AdjunctMeetings.IsAdjunct(view, trigger.Entry, trigger.First, trigger.End);
            for (var k = Math.Max(0, trigger.First - view.Options.NounCueReachBack); k < Math.Min(tokens.Count, trigger.End + view.Options.NounCueReach); k++)
            {
                // "told Erdogan during talks in Ankara that gas would flow": the clause after "that" is what was told, not the
                // meeting's own predicate.
                if (adjunctMeeting && k > trigger.End && tokens[k].In(text) is "that")
                {
                    break;
                }

                // "At their meeting, Battulga pressed Washington to back a bill that would…": past the comma that closes an opening
                // phrase, and inside a relative clause the noun is not in, a cue belongs to another verb, not to the noun's predicate.
                if (k >= trigger.End && (k >= opener || (view.Clauses.Relatives.RelativeOf(k) is >= 0 and var rel && rel != ownRelative)))
                {
                    break;
                }

                var w = tokens[k].In(text);
                if (w.Contains("rumo", StringComparison.OrdinalIgnoreCase) || (k >= trigger.End && s_nounPredicateCues.Contains(w))
                    || (k < trigger.First && s_nounPlanModifiers.Contains(w)))
                {
                    return nothing;
                }
            }
        }

        // An infinitive ("invited Tokayev to visit", "would back Mongolia's bid to host") is what was asked or meant, not done;
        // but "the first French president to visit Mongolia" did visit.
        if (PhraseGrammar.IsInfinitive(view, trigger) && !IsFirstTo(view, trigger) && !IsDecided(view, trigger) && !(future && IsPlannedInfinitive(view, trigger))
            && !IsCaused(view, trigger) && !IsLitotesInfinitive(view, trigger) && !AnnouncedMeasures.IsAgreed(view, trigger, cameo) && !IsPurposeOfTripDone(view, subject, triggers, index))
        {
            return future && hostile && condition ? Threat(cameo) : nothing;
        }

        // "alleged that B had attacked C", "claimed that…": the content of an accusation is not coded as fact.
        // A denial of the charge after it (", a charge Kyiv rejected") answers the accusation from outside it.
        if (index > 0 && triggers[index - 1].Entry.Cameo.IsIn(GoverningFrames.Accusation) && PhraseGrammar.HasWordBetween(view, triggers[index - 1].End, trigger.First, "that")
            && !GoverningFrames.IsDeniedCharge(trigger))
        {
            return nothing;
        }

        // "signed an agreement under which China will give grants", "accused Iran of funding protests": the terms of an accord
        // and the charge of an accusation are contents, not acts.
        if (EmbeddedContents.IsAccordTerm(view, trigger, triggers, index) || (EmbeddedContents.IsChargeOf(view, triggers, index) && !GoverningFrames.IsDeniedCharge(trigger)))
        {
            return nothing;
        }

        if (index > 0 && triggers[index - 1].Entry.Cameo.Root is var asked
            && (asked == CameoCode.Appeal || asked == CameoCode.Demand || asked == CameoCode.Threaten || asked == CameoCode.ExpressIntentToCooperate)
            && PhraseGrammar.HasWordBetween(view, triggers[index - 1].End, trigger.First, "that", "to")
            && !GovernedClauses.LeftBefore(view, triggers[index - 1].End, trigger)
            // "offered grants to Kazakhstan and Uzbekistan as he hosted their leaders": a clause of time or reason after the
            // content is the speaker's own act, not what was offered or asked.
            && !PhraseGrammar.HasWordBetween(view, triggers[index - 1].End, trigger.First, "as", "while", "when", "because"))
        {
            return nothing;
        }

        if (!future)
        {
            return new ClauseModality(ModalityKind.Fact, cameo);
        }

        // "would impose anti-dumping duties on brandy if talks failed": an announced hostile act with a condition is a threat.
        if (hostile && condition)
        {
            return Threat(cameo);
        }

        // "had been due to visit Baku on Monday but postponed the trip": the plan fell through.
        if (HasUnrealisedCue(text, tokens, trigger.End) || (from > 0 && PhraseGrammar.HasWordBetween(view, Math.Max(0, from - 1), trigger.First, "had")))
        {
            return nothing;
        }

        // "France will withdraw its ambassador, Macron said": a measure announced by its own state is the measure taken. Before
        // force, since a border closed by its own state (191) is a measure, not a threat of blockade.
        if (AnnouncedMeasures.IsAnnounced(view, trigger, subject, cameo, from))
        {
            return new ClauseModality(ModalityKind.Fact, cameo);
        }

        // "Russia said it would strike the convoys", "Israel will hit back": force announced is a threat of force (138),
        // even without a condition; other hostile plans (sanctions, expulsions) stay uncoded until done.
        if (IsForce(cameo))
        {
            return Threat(cameo);
        }

        // "The three powers said they would keep their sanctions on Iran", "Seoul will reject the proposal": a refusal (12) is
        // made by saying it, so one announced is the refusal itself. A negated one ("would not reject") ended above.
        if (cameo.RootNumber == 12)
        {
            return new ClauseModality(ModalityKind.Fact, cameo);
        }

        return IntentFor(cameo) is { } intent ? new ClauseModality(ModalityKind.Intent, intent)
            : cameo.Root == CameoCode.ExpressIntentToCooperate ? new ClauseModality(ModalityKind.Fact, cameo)
            : nothing;
    }
}
