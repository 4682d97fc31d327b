using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction;

// Events: the pairs of one coded phrase turned into events, and the sentence's repeats merged.
public sealed partial class SentenceExtractor
{
    // The events of one coded phrase: a pair each, or, for a reaction with no object, one against whoever last acted
    // against its subject ("Israel struck targets inside Iran. Tehran promised a response.").
    private void AddEvents(SentenceView view, CodedPhrase phrase, FuzzyDate? date, List<EventMention> events, MentionContext context)
    {
        if (LacksRequiredSubject(view, phrase))
        {
            return;
        }

        // "Ecuadorian police stormed Mexico's embassy": a state's forces raiding a mission seize or damage property (171);
        // only crowds protest (145).
        if (ForcesRaidingAMission.Of(view, phrase) is { } raid)
        {
            phrase = phrase with { Cameo = raid };
        }

        // "sent troops into Bahrain at the request of its rulers": troops sent in with the host's consent protect it (074).
        if (RequestedDeployments.Of(view, phrase) is { } protection)
        {
            phrase = phrase with { Cameo = protection };
        }

        // "Japan's grant to Mongolia was announced on Monday": aid announced is aid promised.
        if (AnnouncedAid.Of(view, phrase) is var (intent, announced))
        {
            phrase = phrase with { Cameo = intent };
            date ??= announced;
        }

        var pairs = PairsInSentence(view, phrase, events, context, ref date);
        // "asked the Gulf states to intervene" after naming Saudi Arabia: the group stands for the members the story names.
        pairs = NamedMembers.Keep(view, pairs, context);
        pairs = PairsFromEarlierActs(view, phrase, date, events, context, pairs);
        pairs = PairsOfHostsAndRelatives(view, phrase, pairs);
        pairs = ReactionPairs(view, phrase, events, context, pairs, ref date);

        // "Rahmon said the two countries would work together": a joint intent told by one party is that party's alone.
        pairs = _options.Runs(ExtractionGuards.OneSpeakersJointIntent) ? OneSpeakersJointIntent.Keep(view, phrase, pairs) : pairs;
        if (pairs.Count == 0 && !phrase.Trigger.Passive)
        {
            // "North Korea blew up the liaison office": no party is acted on, but a later "condemned the demolition" answers the author.
            // A passive's subject is the one acted on, never the author ("officials said two men were killed").
            foreach (var author in phrase.Subject.Where(s => !s.IsPlace))
            {
                context.NoteUntargetedAct(new UntargetedAct(new ActorRef(author.Code, author.Role), phrase.Cameo));
            }
        }

        AddPairEvents(view, phrase, pairs, date, events);

        // "hosted talks between Cambodia's and Thailand's leaders": the guests of hosted talks met each other.
        if (HostedTalks.Guests(view, phrase, pairs, _options.JointActParties) is { Count: > 0 } guests)
        {
            AddPairEvents(view, phrase with { Cameo = HostedTalks.Meeting }, guests, date, events);
        }
    }

    // The phrase's act needs a subject of a kind (a body, soldiers, people who travel) that none of its subjects is.
    private bool LacksRequiredSubject(SentenceView view, CodedPhrase phrase)
    {
        // A body's act told by a government ("Moldova ordered Russia to…") is another act: no stage may pair it.
        if (phrase.Trigger.Entry.RequiresBodySubject && _options.Runs(ExtractionGuards.SubjectKinds) && !phrase.Subject.Any(IsBodyOrCourt))
        {
            return true;
        }

        // Service with a foreign force is said of soldiers ("Fijian troops have served with the U.N. force"), not of envoys.
        if (phrase.Trigger.Entry.RequiresMilitarySubject && _options.Runs(ExtractionGuards.SubjectKinds) && !phrase.Subject.Any(s => s.Role == ActorRole.Military))
        {
            return true;
        }

        // "An Aeroflot plane flew to Havana": the company's craft travels, and a flight is no visit (CarrierTrips).
        if (_options.Runs(ExtractionGuards.CarrierTrips) && CarrierTrips.IsCraftsTrip(view, phrase))
        {
            return true;
        }

        return false;
    }

    // The pairs the phrase's own sentence gives (reciprocal acts, summit hosts, the main act's addressee, the pair finder,
    // meeting partners, listed leaders, coordinated acts, nested agents), the first reading that finds any; a summit host
    // may widen the date to the gathering's days.
    private List<ActorPair> PairsInSentence(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context, ref FuzzyDate? date)
    {
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
            pairs = [.. _pairs.Find(view, phrase).Where(p => p.Source.Code != p.Target.Code || DomesticFights.Counts(p, phrase.Cameo) || !_options.Runs(ExtractionGuards.DomesticFights))];
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

        return pairs;
    }

    // The pairs an act or a setting told earlier gives (a mediated act, an accusation, a gathering, a joint act, a visit or a
    // meeting followed up, a dateline, a phrase told again), in that order.
    private static List<ActorPair> PairsFromEarlierActs(SentenceView view, CodedPhrase phrase, FuzzyDate? date, List<EventMention> events, MentionContext context, List<ActorPair> pairs)
    {
        // "New Delhi said it was withdrawing its high commissioner": an envoy recalled from the one foreign state of the story,
        // and from no state the other readings guess (a partner of an earlier act is not where the envoy served).
        if (pairs.Count == 0 && RecalledEnvoyPosts.IsRecall(view, phrase))
        {
            return RecalledEnvoyPosts.Post(view, phrase, context) is { } post ? [new ActorPair(phrase.Subject[0], post, null)] : pairs;
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

        return pairs;
    }

    // The pairs a host (of a delegation, of a summoning) or a relative clause (its pronoun, its antecedent) gives.
    private static List<ActorPair> PairsOfHostsAndRelatives(SentenceView view, CodedPhrase phrase, List<ActorPair> pairs)
    {
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

        return pairs;
    }

    // The pairs of a reaction: to an accord told earlier (whose background date is dropped), to the act the subject names, to
    // the strikers rather than the victim, to whoever last acted against the subject, to the one making a denied charge.
    private static List<ActorPair> ReactionPairs(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context, List<ActorPair> pairs, ref FuzzyDate? date)
    {
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

        return pairs;
    }

    // One event for each pair, its confidence lowered for an inherited subject or a coreference, its date read per pair.
    private void AddPairEvents(SentenceView view, CodedPhrase phrase, List<ActorPair> pairs, FuzzyDate? date, List<EventMention> events)
    {
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
