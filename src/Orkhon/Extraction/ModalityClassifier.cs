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
internal static class ModalityClassifier
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
            || UnrealisedActs.IntendsToCallOff(view, trigger))
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

    /// <summary>Whether a phrase is the second of two coordinated verb phrases ("… and attend", "… or meet"), which share one auxiliary.</summary>
    public static bool SharesAuxiliary(SentenceView view, Trigger trigger)
    {
        var k = trigger.First - 1;
        while (k >= 0 && PhraseGrammar.IsSequenceAdverb(view.Tokens[k].In(view.Text)))
        {
            k--;
        }

        return k >= 0 && view.Tokens[k].In(view.Text) is "and" or "or" or "nor";
    }

    /// <summary>The modality a coordinated phrase takes from the one before it, for its own act.</summary>
    public static ClauseModality Share(ClauseModality previous, CameoCode act) => previous.Kind switch
    {
        ModalityKind.Intent when IntentFor(act) is { } intent => new ClauseModality(ModalityKind.Intent, intent),
        ModalityKind.Threat when ThreatFor(act) is { } threat => new ClauseModality(ModalityKind.Threat, threat),
        ModalityKind.Intent when act.Root == CameoCode.ExpressIntentToCooperate => new ClauseModality(ModalityKind.Fact, act),
        _ => new ClauseModality(ModalityKind.Nothing, act),
    };

    /// <summary>
    /// The intent a planned act states (CAMEO root 03): to meet (036) or mediate (039) for consultations, to cooperate
    /// diplomatically (032) or materially (031x), to give aid (033x), to yield (035x) or reform (034x), keeping the sub-code where CAMEO has one;
    /// null when CAMEO has no such intent.
    /// </summary>
    public static CameoCode? IntentFor(CameoCode act)
    {
        var root = act.Root;
        if (root == CameoCode.Consult)
        {
            // "will mediate between…" is an intent to mediate (039); any other planned consultation one to meet (036).
            return act.Value.StartsWith("045", StringComparison.Ordinal) ? CameoCode.Parse("039") : CameoCode.IntendToMeet;
        }

        if (root == CameoCode.MaterialCooperation)
        {
            // 061 economic → 0311, 062 military → 0312, 063 judicial → 0313, 064 intelligence → 0314.
            return act.Value.Length >= 3 && act.Value[2] is >= '1' and <= '4' ? CameoCode.Parse("031" + act.Value[2]) : CameoCode.IntendMaterialCooperation;
        }

        if (root == CameoCode.ProvideAid)
        {
            // 071 economic → 0331, 072 military → 0332, 073 humanitarian → 0333, 074 protection → 0334.
            return act.Value.Length >= 3 && act.Value[2] is >= '1' and <= '4' ? CameoCode.Parse("033" + act.Value[2]) : CameoCode.IntendMaterialAid;
        }

        if (root == CameoCode.DiplomaticCooperation)
        {
            // "will establish relations", "will sign a treaty", "will join the bloc": issue 9's rule, a planned act is the
            // matching intent, here to cooperate diplomatically (CAMEO has no narrower intent to sign).
            return CameoCode.Parse("032");
        }

        if (root.Value is "08")
        {
            // "will release the prisoners" 0353, "will ease sanctions" 0354, "will withdraw its forces" 0356, reform 034x.
            return CameoCode.Parse(Yield(act.Value, "034", "035"));
        }

        return null;
    }

    /// <summary>
    /// The code of an appeal (02), intent (03), demand (10) or refusal (12) whose content is <paramref name="act"/>, following
    /// CAMEO's parallel sub-codes: "urged X to release" 0253, "demanded that X withdraw" 1056, "refused to lift sanctions"
    /// 1244, "pledged to free" 0353, "asked X to mediate" 028. Null when <paramref name="governing"/> is already specific
    /// (a row that names its object knows better) or CAMEO has no such sub-code.
    /// </summary>
    public static CameoCode? AskedFor(CameoCode governing, CameoCode act)
    {
        var g = governing.Value;
        if (g.Length != 3 || g[2] != '0')
        {
            return null;
        }

        var a = act.Value;
        var sub = a.Length >= 3 ? a[2] : '0';
        var code = (g[..2], a[..2]) switch
        {
            ("03", _) => IntentFor(act)?.Value ?? (act.Root == CameoCode.DiplomaticCooperation ? "032" : null),
            ("02", "04") => a.StartsWith("045", StringComparison.Ordinal) ? "028" : "026",
            ("02", "05") => "022",
            ("02", "06") => sub is >= '1' and <= '4' ? "021" + sub : "021",
            ("02", "07") => sub is >= '1' and <= '4' ? "023" + sub : "023",
            ("02", "08") => Yield(a, "024", "025"),
            ("10", "04") => a.StartsWith("045", StringComparison.Ordinal) ? "108" : "106",
            ("10", "05") => "102",
            ("10", "06") => sub is >= '1' and <= '4' ? "101" + sub : null,
            ("10", "07") => sub is >= '1' and <= '4' ? "103" + sub : "103",
            ("10", "08") => Yield(a, "104", "105"),
            ("10", "09") => "101",
            ("12", "04") => a.StartsWith("045", StringComparison.Ordinal) ? "126" : "125",
            ("12", "06") => sub is '1' or '2' ? "121" + sub : "121",
            ("12", "07") => sub is >= '1' and <= '4' ? "122" + sub : "122",
            ("12", "08") => Yield(a, "123", "124"),
            ("13", _) => ThreatFor(act)?.Value,
            _ => null,
        };

        return code is null ? null : CameoCode.Parse(code);
    }

    // The yielding acts (08) asked for, promised or refused: reform (083x) has its own code, the rest follow 081-087 in order
    // (ease administrative sanctions, ease dissent, release, ease economic sanctions, allow involvement, de-escalate).
    private static string Yield(string act, string reform, string yield)
    {
        var sub = act.Length >= 3 ? act[2] : '0';
        return sub switch
        {
            '3' => act.Length == 4 && act[3] is >= '1' and <= '4' ? reform + act[3] : reform,
            '1' or '2' => yield + sub,
            '4' => yield + "3",
            '5' => yield + "4",
            '6' => yield + "5",
            '7' => yield + "6",
            _ => yield,
        };
    }

    // The act a phrase governs: the next phrase, a verb after "to" or "that" (the governing phrase's own last word, as in
    // "pledge to", or a later one), with only its addressee between ("urged Beijing to release", "demanded that Baku
    // withdraw its troops"), within the reach of a claimed act.
    private static CameoCode? GovernedAct(SentenceView view, List<Trigger> triggers, int index)
    {
        if (index + 1 >= triggers.Count)
        {
            return null;
        }

        var (trigger, next) = (triggers[index], triggers[index + 1]);
        if (next.Entry.IsNoun || next.First - trigger.End > view.Options.ClaimReach)
        {
            return null;
        }

        // Between the two only the addressee and the complementiser may stand: "urged [the Russian government] to release",
        // "demanded that [Baku] withdraw"; any other word may be a verb of its own ("pledged to support Mongolia's bid to host").
        var complementiser = false;
        for (var k = trigger.End - 1; k < next.First; k++)
        {
            var w = view.Word(k);
            if (w is "to" or "that")
            {
                complementiser = true;
            }
            else if (complementiser && k == next.First - 1 && PhraseGrammar.InfinitiveMarker(view, next.First) == k - 1)
            {
                // "agreed to gradually resume imports": an adverb splitting the infinitive.
                continue;
            }
            else if (w is "would" or "will" && IsWarnedAct(view, trigger, next))
            {
                complementiser = true;
            }
            else if (PhraseGrammar.IsPartyPronoun(w) && IsWarnedAct(view, trigger, next))
            {
                continue;
            }
            else if (k >= trigger.End && view.MentionAt[k] < 0 && !view.Blocked[k] && !PhraseGrammar.IsDeterminer(view, k)
                && !IsAdjunctPreposition(view, k))
            {
                return null;
            }
        }

        return complementiser ? next.Entry.Cameo : null;
    }

    /// <summary>
    /// "Moscow warned it would expel more diplomats", "Beijing warned that Vilnius would pay": a threat followed by its own
    /// announced act, with only "that", the act's subject (an actor or "it"/"they"/"we") and "would"/"will" between. The act is
    /// what the threat threatens, and its object is the threat's target.
    /// </summary>
    public static bool IsWarnedAct(SentenceView view, Trigger threat, Trigger next)
    {
        if (threat.Entry.Cameo.Root != CameoCode.Threaten || next.Entry.IsNoun || next.First - threat.End > view.Options.ClaimReach)
        {
            return false;
        }

        // "warned on Friday it would…": the warning's own time phrase may come first.
        var k = threat.End;
        while (k < next.First && view.Blocked[k])
        {
            k++;
        }

        if (k < next.First && view.Word(k) is "that")
        {
            k++;
        }

        var subject = false;
        while (k < next.First && (view.MentionAt[k] >= 0 || PhraseGrammar.IsPartyPronoun(view.Word(k))))
        {
            subject = true;
            k++;
        }

        return subject && k == next.First - 1 && view.Word(k) is "would" or "will";
    }

    // "agreed on Tuesday in Washington to hold…": a preposition opening a time phrase or a named place between the phrase and its
    // infinitive is an adjunct of the governing verb, not a verb of its own.
    private static bool IsAdjunctPreposition(SentenceView view, int k) =>
        view.Word(k) is "in" or "on" or "at" && k + 1 < view.Tokens.Count && (view.Blocked[k + 1] || view.MentionAt[k + 1] >= 0);

    /// <summary>
    /// The threat a conditional hostile act makes (CAMEO root 13), or null when the act is not hostile: sanctions and
    /// embargoes 1312, cut aid 1311, broken relations 1313, halted talks 134, administrative sanctions 132, blockade
    /// 1381, occupation 1382, weapons of mass destruction 1385, other force 138, other reductions of relations 131.
    /// </summary>
    public static CameoCode? ThreatFor(CameoCode act) => act.Value switch
    {
        ['1', '6', '3', ..] => CameoCode.Parse("1312"),
        ['1', '6', '2', ..] => CameoCode.Parse("1311"),
        ['1', '6', '1', ..] => CameoCode.Parse("1313"),
        ['1', '6', '4', ..] => CameoCode.Parse("134"),
        ['1', '6', ..] => CameoCode.Parse("131"),
        ['1', '7', '2', ..] => CameoCode.Parse("132"),
        ['1', '7', ..] => CameoCode.Parse("130"),
        ['1', '9', '1', ..] => CameoCode.Parse("1381"),
        ['1', '9', '2', ..] => CameoCode.Parse("1382"),
        ['2', '0', '4', ..] => CameoCode.Parse("1385"),
        ['1', '8' or '9', ..] or ['2', '0', ..] => CameoCode.Parse("138"),
        _ => null,
    };

    // Assault (18), fight (19) and mass violence (20).
    private static bool IsForce(CameoCode act) => act.Value is ['1', '8' or '9', ..] or ['2', '0', ..];

    private static ClauseModality Threat(CameoCode act) => new(ModalityKind.Threat, ThreatFor(act)!.Value);

    // Whether token at stands in a clause opened by "without" and an -ing form, no comma or semicolon between.
    private static bool IsUnderWithout(SentenceView view, int at)
    {
        var k = view.Modalities.WithoutOrBreakBefore(view.Text, view.Tokens)[at];
        if (k < 0 || view.Word(k) is "," or ";" or ":")
        {
            return false;
        }

        var next = k + 1 < view.Tokens.Count ? view.Word(k + 1) : [];
        return next.Length > 4 && next.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(next[0]);
    }

    // A condition anywhere in the sentence: "if", "unless", "otherwise", or "should" opening a clause ("should Minsk continue").
    private static bool HasCondition(string text, List<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var w = tokens[k].In(text);
            if (ModalityCues.ConditionLookup.Contains(w) && (w is not ("should" or "Should") || k == 0 || (k + 1 < tokens.Count && char.IsUpper(tokens[k + 1].In(text)[0]))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasModalOrFuture(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var w = tokens[k].In(text);
            if (ModalityCues.ModalLookup.Contains(w) || ModalityCues.FutureLookup.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the sentence that holds token at is a direct question: opened by an auxiliary or a question word and closed by
    // "?" (a sentence may hold two: "Will China invade Taiwan? Analysts are divided.").
    private static bool IsDirectQuestion(SentenceView view, int at)
    {
        var (starts, closedByQuestionMark) = view.Modalities.Parts(view.Text, view.Tokens);
        if (at >= view.Tokens.Count || !closedByQuestionMark[at])
        {
            return false;
        }

        var start = starts[at];
        return start < at && char.IsUpper(view.Word(start)[0]) && ModalityCues.QuestionLookup.Contains(view.Word(start));
    }

    // Whether "on", "about" or "of" after a work, a study or a remembrance ("book", "documentary", "anniversary"), or "of" after
    // a fear, risk or idea, stands within reach before the event noun at first, with only its own modifiers between.
    private static bool IsTopicOfWork(string text, List<Token> tokens, int first, int reach)
    {
        for (var k = first - 1; k >= Math.Max(1, first - reach); k--)
        {
            var w = tokens[k].In(text);
            if (w is "on" or "about" or "of")
            {
                var head = tokens[k - 1].In(text);
                // "the ban on American aid to Azerbaijan": what a ban bars is not done.
                return ModalityCues.TopicLookup.Contains(head) || (w is "of" && ModalityCues.ProspectLookup.Contains(head))
                    || (w is "on" && ModalityCues.ProhibitionLookup.Contains(head));
            }

            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    // Whether "no date", "no plans", "no decision" or "no timetable" stands within reach before the event noun at first, in
    // the same clause.
    private static bool NothingFixedFor(string text, List<Token> tokens, int first, int reach)
    {
        for (var k = first - 1; k >= Math.Max(0, first - reach); k--)
        {
            var w = tokens[k].In(text);
            if (w is "," or ";" or "." or "but")
            {
                return false;
            }

            if (w.Equals("no", StringComparison.OrdinalIgnoreCase) && k + 1 < first
                && tokens[k + 1].In(text) is "date" or "dates" or "plan" or "plans" or "decision" or "timetable" or "timeline" or "schedule")
            {
                return true;
            }
        }

        return false;
    }

    // A passive of calling off after the noun, in its own clause: "was cancelled", "has been postponed", "were called off".
    private static bool IsCalledOff(string text, List<Token> tokens, int from)
    {
        for (var k = from + 1; k < tokens.Count; k++)
        {
            var w = tokens[k].In(text);
            if (ModalityCues.UnrealisedLookup.Contains(w) || (w is "called" && k + 1 < tokens.Count && tokens[k + 1].In(text) is "off"))
            {
                return Inflection.IsBe(tokens[k - 1].In(text));
            }
        }

        return false;
    }

    // Whether the clause after the event noun that ends at from says it is "on the agenda" or "on the table": a form of "be"
    // ("is", "was", "will be", "remains") right before "on the" and a noun of the class agenda. A comma, a semicolon or a
    // full stop closes the clause; one pass over the rest of it.
    private static bool IsOnTheAgenda(string text, List<Token> tokens, int from)
    {
        for (var k = from; k + 3 < tokens.Count; k++)
        {
            var w = tokens[k].In(text);
            if (w is "," or ";" or "." or ":")
            {
                return false;
            }

            if ((Inflection.IsBe(w) || w is "remains" or "remain" or "remained" or "stays" or "stayed") && tokens[k + 1].In(text) is "on"
                && tokens[k + 2].In(text) is "the" && ModalityCues.AgendaLookup.Contains(tokens[k + 3].In(text)))
            {
                return true;
            }
        }

        return false;
    }

    // A verb in the simple present ("buys", "imports", "supplies") with "most of", "90 percent of" in its phrase or right after it.
    private static bool IsShareStatistic(string text, List<Token> tokens, Trigger trigger)
    {
        var verb = tokens[trigger.First].In(text);
        if (trigger.Entry.IsNoun || verb.Length < 4 || !verb.EndsWith('s') || verb.EndsWith("ss", StringComparison.Ordinal)
            || (trigger.First > 0 && (Inflection.IsFiniteHave(tokens[trigger.First - 1].In(text)) || tokens[trigger.First - 1].In(text) is "was" or "is")))
        {
            return false;
        }

        for (var k = trigger.First + 1; k + 1 < tokens.Count && k < trigger.End + 4; k++)
        {
            if (ModalityCues.ShareLookup.Contains(tokens[k].In(text)) && tokens[k + 1].In(text) is "of")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasUnrealisedCue(string text, List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            if (ModalityCues.UnrealisedLookup.Contains(tokens[k].In(text)) || (tokens[k].In(text) is "called" && k + 1 < tokens.Count && tokens[k + 1].In(text) is "off"))
            {
                return true;
            }
        }

        return false;
    }

    // "plans to hold talks", "is scheduled to visit": the infinitive is the plan's content, not an act asked of another.
    private static bool IsPlannedInfinitive(SentenceView view, Trigger trigger) =>
        PhraseGrammar.BeforeInfinitiveMarker(view, trigger.First) is >= 0 and var k
        && (ModalityCues.PlanLookup.Contains(view.Word(k)) || view.Word(k) is "scheduled" or "set" or "due");

    // "voted to set up an inquiry", "moved to expel two diplomats": a decision taken, so the infinitive is the act done.
    // A time phrase may stand between ("voted on Thursday to set up…").
    private static bool IsDecided(SentenceView view, Trigger trigger)
    {
        var k = PhraseGrammar.BeforeInfinitiveMarker(view, trigger.First);
        // "voted unanimously on Friday to end…", "decided in 2019 to scrap…": time phrases and adverbs may stand between.
        while (k >= 0 && (view.Blocked[k] || PhraseGrammar.IsLyAdverb(view.Word(k)) || (view.Word(k) is "in" or "on" && view.Blocked[k + 1])))
        {
            k--;
        }

        return k >= 0 && ModalityCues.DecisionLookup.Contains(view.Word(k));
    }

    // "prompting the South to scramble fighter jets", "forced Kyiv to withdraw": a causative verb, its actor object between it
    // and "to", tells of the act as done. Not the passive "was forced to land", whose subject need be no actor.
    private static bool IsCaused(SentenceView view, Trigger trigger) => CausedActors.Of(view, trigger) is not null;

    // "did not hesitate to summon", "has never failed to protest": a negated verb of reluctance or failure tells of the
    // infinitive after it as done.
    private static bool IsLitotesInfinitive(SentenceView view, Trigger trigger) =>
        PhraseGrammar.BeforeInfinitiveMarker(view, trigger.First) is >= 1 and var k && ModalityCues.LitotesVerbLookup.Contains(view.Word(k))
        && ModalityCues.NegationLookup.Contains(view.Word(k - 1));

    // "became the first French president to visit Mongolia", "the only leader to attend": an ordinal before the infinitive
    // tells of an act done, with no verb or comma between them.
    // "flew to Ulaanbaatar on Saturday to assist investigators": the purpose of a trip told as done (the trip's own modality a fact).
    private static bool IsPurposeOfTripDone(SentenceView view, IReadOnlyList<ActorMention> subject, List<Trigger> triggers, int index) =>
        Clauses.TripPurposes.TripOf(view, triggers, index) is >= 0 and var trip && ClassifyAct(view, triggers[trip], subject, triggers, trip).Kind == ModalityKind.Fact;

    private static bool IsFirstTo(SentenceView view, Trigger trigger)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        var before = PhraseGrammar.BeforeInfinitiveMarker(view, trigger.First);
        for (var k = before; k >= 1 && k >= before + 1 - view.Options.FirstToReach; k--)
        {
            var w = tokens[k].In(text);
            // "the first holder of that office to visit": "that" after "of" points at a noun, it opens no clause.
            if (w is "," or ";" or "to" || (w is "that" && tokens[k - 1].In(text) is not "of"))
            {
                return false;
            }

            if (w is "first" or "second" or "third" or "only" or "last" && tokens[k - 1].In(text) is "the" or "The" or "its" or "his" or "her" or "their" or "'s")
            {
                return !IsCounterfactual(view, k - 1);
            }
        }

        return false;
    }

    // "would have been the first secretary of state to travel to China": a modal with a perfect before the ordinal tells of
    // an act that did not happen.
    private static bool IsCounterfactual(SentenceView view, int article)
    {
        const int reach = 4;
        for (var k = article - 1; k >= 1 && k >= article - reach; k--)
        {
            if (view.Word(k) is "have" && view.Word(k - 1) is "would" or "could" or "might" or "should")
            {
                return true;
            }
        }

        return false;
    }

    // The comma that closes an opening prepositional phrase holding a noun trigger ("At their meeting, …", "During the visit, …"),
    // or the sentence's length when the noun stands elsewhere.
    private static int OpeningPhraseEnd(SentenceView view, Trigger trigger)
    {
        if (view.Tokens.Count == 0 || view.Word(0) is not ("At" or "In" or "During" or "After" or "Before" or "Following" or "Ahead"))
        {
            return view.Tokens.Count;
        }

        for (var k = 1; k < view.Tokens.Count; k++)
        {
            if (view.Word(k) is "," or ";")
            {
                return k > trigger.First ? k : view.Tokens.Count;
            }
        }

        return view.Tokens.Count;
    }

    // After an event noun, in its own predicate, a word that denies the act or puts it ahead ("has yet to take place", "will open
    // on Monday"); before it, a modifier that makes it a plan ("the planned visit").
    private static readonly WordSet s_nounPredicateCues = PhraseGrammar.Words.Lookup("noun-predicate-cue");
    private static readonly WordSet s_nounPlanModifiers = PhraseGrammar.Words.Lookup("noun-plan-modifier");
}
