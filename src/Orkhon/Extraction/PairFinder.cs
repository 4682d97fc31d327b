using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;
using static Orkhon.Extraction.PhraseGrammar;

namespace Orkhon.Extraction;

/// <summary>
/// Pairs a phrase's subject with its objects by the phrase's frame: directed acts go subject → object, "join"-like
/// frames object → subject, symmetric ones pair coordinated parties, passives take their agents after "by", and a visit
/// or a meeting attended picks its destination or organisation first.
/// </summary>
internal sealed class PairFinder(ReferenceData reference)
{
    private readonly ReferenceData _reference = reference;

    /// <summary>Source–target pairs for a coded phrase with its subject, by its frame, looking for objects up to its window's end.</summary>
    public IEnumerable<ActorPair> Find(SentenceView view, CodedPhrase phrase)
    {
        var (trigger, subject, windowEnd) = (phrase.Trigger, phrase.Subject, phrase.ObjectEnd);
        var (text, tokens, found) = (view.Text, view.Tokens, view.Found);
        var frame = trigger.Entry.Frame;
        if (frame != EventFrame.Symmetric && subject.Count == 1 && subject[0] is { Kind: MentionKind.Coreference, Codes.Count: >= 3 } several)
        {
            // "The three European powers condemned Tehran" (Mentions/BodyReferences.Several): each of the states acts.
            subject = [.. several.Codes.Select(c => several with { Codes = [c] })];
        }
        else if (frame == EventFrame.Symmetric && subject.Count == 1 && subject[0] is { Kind: MentionKind.Coreference, Codes.Count: >= 2 } counted
            && PartnerAfterWith(view, trigger.End, windowEnd))
        {
            // "The two delegations signed separate documents with Turkey and the U.N.": the group's states are coordinated
            // subjects, as "Russia and Ukraine signed with Turkey and the U.N." is; each signs with its partners, not with the other.
            subject = [.. counted.Codes.Select(c => counted with { Codes = [c] })];
        }

        if (subject.Count == 1 && subject[0] is { IsCollective: true } collective)
        {
            // "The three Baltic states condemned…", "the two Koreas held talks": each member acts, as if each were named.
            subject = collective.Members();
        }

        // "The 16th India-Mongolia joint exercise ended … under a U.N. mandate": a joint act owned by a compound of two states is
        // the act of those two; an actor later in the sentence is no partner of it.
        if (frame == EventFrame.Symmetric && subject.Count == 1
            && subject[0] is { Kind: not MentionKind.Coreference, IsCollective: false, Codes.Count: 2 } pairName && pairName.Codes[0] != pairName.Codes[1])
        {
            yield return new ActorPair(pairName with { Codes = [pairName.Codes[0]] }, pairName with { Codes = [pairName.Codes[1]] }, null);
            yield break;
        }

        // "China's ambassador to Mongolia warned that …": the envoy speaks to the state of the posting.
        if (EnvoyAddressees.Addressee(view, trigger, subject) is { } posting)
        {
            yield return new ActorPair(subject[0], posting, null);
            yield break;
        }

        // A row for parties acting together ("joint") gives nothing to one party alone.
        if (trigger.Entry.RequiresJointSubject && subject.Where(m => !m.IsPlace).SelectMany(m => m.Codes).Distinct().Count() < 2)
        {
            yield break;
        }

        var objects = Objects(view, trigger, windowEnd, subject);
        if (objects.Exists(o => o.IsCollective))
        {
            objects = [.. objects.SelectMany(o => o.IsCollective ? o.Members() : [o])];
        }

        subject = NamedPairActingOnAThird(frame, subject, objects);

        // "congratulated both leaders", "urged both sides to…": a reference right after the verb that stands for several parties is
        // each of them.
        // So is one after a preposition that governs it: "brokered a ceasefire between the two sides", "spoke to both leaders".
        if (subject.Count > 0 && !trigger.Entry.IsNoun && objects.Exists(o => IsSeveralRightAfter(o, trigger) || IsSeveralAfterPreposition(view, o)))
        {
            objects = [.. objects.SelectMany(o => IsSeveralRightAfter(o, trigger) || IsSeveralAfterPreposition(view, o) ? o.Codes.Select(c => o with { Codes = [c] }) : [o])];
        }

        if (trigger.Entry.Cameo.Value.StartsWith("129", StringComparison.Ordinal) && found.FirstOrDefault(m => m.Code == "UNSC") is { } council)
        {
            // A veto is cast against the Security Council's decision (the corpora's convention): when the sentence names the
            // council, it is the target, not the state whose bid was vetoed ("vetoed Mongolia's membership").
            objects = [council];
        }
        else if (trigger.Entry.Cameo.Value.StartsWith("129", StringComparison.Ordinal) && ResolutionNoun(view, trigger.End, windowEnd) is { } resolution)
        {
            // "China and Russia vetoed the U.S. resolution": a resolution vetoed is the Security Council's, whoever drafted it.
            objects = [new ActorMention(resolution, resolution, ["UNSC"], null, MentionKind.Name, false, false)];
        }
        var place = objects.FirstOrDefault(o => o.IsPlace) is { } p ? _reference.NameOf(p.Code) : null;
        // "A and B agreed to …": an intent is directed (root 03 is not symmetric), so a joint one may be each party's to each
        // other (the wire corpus's convention) or, as the team corpus codes it, one event like the act intended.
        // "A and B traded accusations": an act one side aims at the other stays each party's own.
        var joint = (view.Options.JointIntentsBothWays && IsDirectedExchange(phrase.Cameo)) || ReciprocalActs.IsEachPartysOwn(phrase.Cameo);
        var most = view.Options.JointActParties;

        if (MediatedParties.IsMediation(phrase) && (trigger.Passive ? subject.Count == 0 : objects.Count == 0 || trigger.Entry.IsNoun))
        {
            // "a deal brokered by the UAE", "after mediation by Qatar": the mediated parties are the sentence's other actors.
            // The mediator is the agent after "by", the subject, or for "mediation by Qatar" the actor after the noun.
            var mediators = trigger.Passive ? Agents(view, trigger.End, windowEnd) : subject.Count > 0 ? subject : trigger.Entry.IsNoun ? objects : [];
            foreach (var pair in MediatedParties.Pairs(view, trigger, mediators, Between(view), most))
            {
                yield return pair with { Place = place };
            }

            yield break;
        }

        // "Putin was given a red-carpet welcome in Ulaanbaatar", "received a warm welcome in Tokyo": a place right after a
        // theme-agent phrase is the party that acts on the subject (its state receives the guest).
        if (frame == EventFrame.ThemeAgent && !trigger.Entry.IsNoun && trigger.End < tokens.Count && view.MentionAt[trigger.End] is >= 0 and var at
            && found[at] is { IsPlace: true } receiving && (!trigger.Passive || Agents(view, trigger.End, windowEnd).Count == 0))
        {
            foreach (var s in subject)
            {
                yield return new ActorPair(receiving, s, place);
            }

            yield break;
        }

        if (trigger.Passive)
        {
            // "Ulaanbaatar was visited by Modi": the agents after "by" act on the subject.
            var agents = Agents(view, trigger.End, windowEnd);
            if (agents.Count == 0 && phrase.Cameo.RootNumber is >= 18 and <= 20 && ArmedActAgents.After(view, trigger.End, windowEnd) is { } striker)
            {
                // "was killed in an Israeli strike": the state of the armed act is the agent.
                agents = [striker];
            }

            if (agents.Count == 0 && frame is EventFrame.AgentTheme or EventFrame.Visit && Clauses.NounFirstPassives.FromGiver(view, trigger) is { } giver)
            {
                // "Aid worth $5 million from Seoul was delivered to Mongolia": the giver inside the subject acts on the objects.
                foreach (var o in objects.Where(o => !ReferenceEquals(o, giver) && o.Code != giver.Code))
                {
                    yield return new ActorPair(giver, o, place);
                }

                yield break;
            }

            if (agents.Count == 0 && frame == EventFrame.ThemeAgent)
            {
                // "India and Pakistan were admitted to the SCO": the subject is the one who joins.
                foreach (var s in subject)
                {
                    foreach (var o in objects)
                    {
                        yield return new ActorPair(s, o, place);
                    }
                }

                yield break;
            }

            if (frame == EventFrame.Symmetric && agents.Count == 0 && Between(view) is { Count: >= 2 } parties)
            {
                // "Relations between Mongolia and Israel were established", "Talks were held between A, B and C".
                foreach (var pair in JointPairs(parties, joint, most))
                {
                    yield return pair with { Place = place };
                }

                yield break;
            }

            if (frame == EventFrame.Symmetric && agents.Count >= 2)
            {
                // "The treaty was signed by Japarov, Tokayev and Mirziyoyev": every two of the signatories.
                foreach (var pair in JointPairs(agents, joint, most))
                {
                    yield return pair with { Place = place };
                }

                yield break;
            }

            // "Moscow's proposal was rejected by Tokyo": with no subject, the possessor or the first other actor is acted on.
            // A group that only suffers acts ("Three Chinese nationals were arrested by …") may be the one acted on.
            // A national adjective on the passive's own subject noun ("A Greek tanker was seized by …", "A Russian proposal for a
            // ceasefire was rejected by Ukraine") is acted on, as the adjective before the active verb's object is.
            var before = found.Where(m => m.First < trigger.First
                && (!m.IsWeak || (agents.Count > 0 && (m.Role is not null || PassiveSubjectOwners.Owns(view, m, trigger))))).ToList();
            var patients = subject.Count > 0 ? subject
                : before.Where(m => m.IsPossessive).Take(1).Concat(before.TakeLast(1)).Concat(objects.Where(o => !agents.Contains(o))).Take(1).ToList();
            if (agents.Count > 0 && Between(view) is { Count: >= 2 } sides && sides.All(m => m.Last < trigger.First)
                && (subject.Count == 0 || (subject.Count == 1 && agents.Count == 1 && subject[0].First == sides[^1].First && sides[^1].Last + 1 == trigger.First)))
            {
                // "Talks between Armenia and Azerbaijan hosted by Kazakhstan": a participle right after the last side acts on the
                // noun that "between" belongs to, so on every side of it, not on the nearest one alone.
                // "A ceasefire between Israel and Hezbollah … under a deal brokered by the United States": both sides are acted on.
                patients = sides;
            }
            else if (subject.Count == 0 && before.Count == 0)
            {
                // "An offer of mediation was made to Armenia and Azerbaijan by Kazakhstan": every coordinated object is acted on.
                patients = [.. objects.Where(o => !agents.Contains(o))];
            }
            foreach (var a in agents)
            {
                foreach (var s in patients)
                {
                    yield return new ActorPair(a, s, place);
                }
            }

            yield break;
        }

        if (trigger.Entry.IsNoun && frame == EventFrame.ThemeAgent)
        {
            // "prompting a protest from Tokyo": the protester is after "from"; the target is the sentence's first actor.
            var first = found.FirstOrDefault(m => !m.IsPlace && m.First < trigger.First);
            foreach (var o in objects.Take(1))
            {
                if (first is not null)
                {
                    yield return new ActorPair(o, first, place);
                }
            }

            yield break;
        }

        if (frame == EventFrame.ThemeAgent)
        {
            foreach (var o in objects)
            {
                foreach (var s in subject)
                {
                    yield return new ActorPair(o, s, place);
                }
            }

            yield break;
        }

        if (Respectively.Pairs(view, subject, objects, windowEnd) is { } inOrder)
        {
            foreach (var pair in inOrder)
            {
                yield return pair with { Place = place };
            }

            yield break;
        }

        if (frame == EventFrame.Symmetric && trigger.Entry.Phrase.EndsWith(" together", StringComparison.Ordinal) && objects.Count >= 2)
        {
            // "The forum brought together the presidents of A, B and C": the parties brought together meet one another; whoever
            // brought them (a host, a mediator, the summit itself) is not one of them.
            foreach (var pair in JointPairs(objects, joint, most))
            {
                yield return pair with { Place = place };
            }

            yield break;
        }

        // "Xi held three-way talks with Macron and von der Leyen": a meeting its own words make one of several parties joins the
        // objects to one another too, every two of the parties once (MultiPartyActs).
        if (frame == EventFrame.Symmetric && subject.Count == 1 && objects.Count >= 2 && !objects.Any(o => o.IsPlace)
            && (MultiPartyActs.IsMultiParty(view, trigger) || MultiPartyActs.HasMultiPartyAdjunct(view, objects[^1].Last + 1, windowEnd)))
        {
            foreach (var pair in JointPairs([subject[0], .. objects], joint, most))
            {
                yield return pair with { Place = place };
            }

            yield break;
        }

        // "Russia's military drills in Belarus alarmed Poland": a joint act's bare noun owned by one state names its partner only
        // after "with" ("India's naval exercises with France"); an actor later in the sentence is another act's.
        if (frame == EventFrame.Symmetric && trigger.Entry.IsNoun && !trigger.Entry.Phrase.Contains(' ', StringComparison.Ordinal)
            && subject.Count == 1 && subject[0].Codes.Count == 1 && objects.Count > 0 && PhraseGrammar.PossessorIndex(view, trigger.First) >= 0
            && !(objects[0].First > 0 && SkipBack(view, objects[0].First - 1) is var partnerWord and >= 0 && view.Word(partnerWord) is "with"))
        {
            objects = [];
        }

        // "A and B met" pairs A with B; "A and B met C" pairs each with C, but only when C directly follows
        // ("Khurelsukh and Xi met on the sidelines of the SCO summit" did not meet the SCO).
        if (frame == EventFrame.Symmetric && subject.Count >= 2 && objects.Count > 0 && objects[0].First > trigger.End + view.Options.SymmetricObjectReach && tokens[objects[0].First - 1].In(text) is not "with")
        {
            objects = [];
        }

        // "Russia, Ukraine, Germany and France held talks, with Zelenskiy and Putin meeting for the first time": actors after the
        // phrase that are all among the subjects name parties of the joint act again, not new partners.
        if (frame == EventFrame.Symmetric && subject.Count >= 2 && objects.Count > 0
            && objects.All(o => o.Codes.All(c => subject.Any(s => s.Codes.Contains(c)))))
        {
            objects = [];
        }

        // "A, B and C began sharing data on North Korean missile launches", "A and B held talks about Syria": what the joint act
        // is about is no party to it; nor is the land its route crosses ("launched a rail service through Kazakhstan"), nor the
        // seat it is held at ("A, B and C signed agreements at the White House").
        if (frame == EventFrame.Symmetric && subject.Count >= 2 && objects.Count > 0
            && (IsTopic(view, objects[0].First) || IsRoute(view, objects[0].First) || (objects[0].Kind == MentionKind.Capital && IsVenue(view, objects[0].First))
                || IsNearFrontier(view, objects[0])))
        {
            objects = [];
        }

        if (frame == EventFrame.Symmetric && subject.Count >= 2 && objects.Count == 0)
        {
            // "A, B and C met": every two of them, once each, in text order. With objects ("A and B signed with C") each
            // subject pairs with each object below, and objects are not paired with one another.
            foreach (var pair in JointPairs(subject, joint, most))
            {
                yield return pair with { Place = place };
            }

            yield break;
        }

        // A group of three or more with an object outside it ("the three leaders met Putin") is read as a subject like any other;
        // parties named again after the phrase ("a pipeline carrying Russian gas to China across Mongolia") are no new partners.
        if (frame == EventFrame.Symmetric && subject.Count == 1 && subject[0] is { Kind: MentionKind.Coreference } group
            && (group.Codes.Count == 2 || (group.Codes.Count >= 3 && objects.All(o => o.Codes.All(group.Codes.Contains)))))
        {
            // "The two presidents signed…": the pair the reference stands for; "the two agreed to…", each one's intent; "the three
            // countries agreed to…" (BodyReferences.Several), every two of the parties the reference stands for.
            var all = subject[0];
            foreach (var pair in JointPairs([.. all.Codes.Select(c => all with { Codes = [c] })], joint, most))
            {
                yield return pair with { Place = place };
            }

            yield break;
        }

        if (frame == EventFrame.Symmetric && subject.Count == 1 && subject[0].Kind == MentionKind.Coreference && subject[0].Codes.Count > 2)
        {
            // "The three leaders agreed to…" after a three-way meeting: every two of them, as "A, B and C agreed to…".
            var each = subject[0].Codes.Select(code => subject[0] with { Codes = [code] }).ToList();
            foreach (var pair in JointPairs(each, joint, most))
            {
                yield return pair with { Place = place };
            }

            yield break;
        }

        if (subject.Count == 0 && frame == EventFrame.Symmetric && trigger.Entry.IsNoun && trigger.Entry.Phrase.EndsWith(" between", StringComparison.Ordinal))
        {
            // "a phone call between the Turkish and Russian presidents", "talks between Moscow and Kyiv": the parties after "between".
            var parties = objects.Concat(found.Where(n => objects.Any(o => n.First > o.First && n.First <= o.Last))).Distinct().OrderBy(m => m.First).ToList();
            if (parties.Count >= 2)
            {
                foreach (var pair in JointPairs(parties, joint, most))
                {
                    yield return pair with { Place = place };
                }

                yield break;
            }
        }

        if (subject.Count == 0 && frame == EventFrame.Symmetric && objects.FirstOrDefault(o => o.Codes.Count >= 2) is { } compound)
        {
            // "The treaty signed in 1993 … Mongolia-Russia relations": the compound names both parties.
            yield return new ActorPair(compound with { Codes = [compound.Codes[0]] }, compound with { Codes = [compound.Codes[1]] }, place);
            yield break;
        }

        if (objects.Count == 0 && joint && IsJointUndertaking(phrase.Cameo) && !PromisesAThing(view, trigger) && subject.Where(m => !m.IsPlace).Select(m => m.Code).Distinct().Count() >= 2)
        {
            // "Russia, Iran and Turkey pledged to cooperate against terrorism", "the three countries vowed to…": an intent of
            // several parties with no one else named is a joint one, each party's to each other party.
            foreach (var pair in JointPairs([.. subject.Where(m => !m.IsPlace)], joint, most))
            {
                yield return pair with { Place = place };
            }

            yield break;
        }

        if (objects.Count == 0 && subject.Count == 1 && trigger.Entry.Cameo.IsIn(CameoCode.ExpressIntentToCooperate))
        {
            // "During his visit to Ulaanbaatar, Blinken outlined a framework": an intent addressed to the state the sentence is about.
            // Not the subject of a clause of its own after it ("pledged aid, and Russia delivered…", NewSubjectClauses).
            // Nor the owner of an event that only anchors a time ("his first trip since Russia's invasion").
            var party = found.LastOrDefault(m => !m.IsWeak && m.Code != subject[0].Code && m.Kind != MentionKind.Coreference
                && (phrase.ObjectEnd == phrase.WindowEnd || m.First < trigger.First) && !AnchorsATime(view, m));
            if (party is not null)
            {
                yield return new ActorPair(subject[0], party, place);
            }

            yield break;
        }

        if (objects.Count == 0 && frame == EventFrame.Visit && trigger.Entry.IsNoun && subject.Count == 1)
        {
            // "during Putin's visit" with no destination: the visit was to the other state the sentence is about.
            var host = found.LastOrDefault(m => m.First < trigger.First && !m.IsWeak && m.Code != subject[0].Code && m.Kind != MentionKind.Coreference);
            if (host is not null)
            {
                yield return new ActorPair(subject[0], host, place);
            }

            yield break;
        }

        if (frame == EventFrame.AgentTheme && phrase.Cameo.RootNumber == 3 && joint && subject.Count >= 2
            && (objects.Count > 0 ? objects.All(o => o.Codes.All(c => subject.Any(s => s.Codes.Contains(c)))) : trigger.Entry.Phrase.StartsWith("agree", StringComparison.Ordinal)))
        {
            // "A and B met … and agreed to pull back their troops, A's office said": a joint intent whose only other actors are
            // its own parties is each party's to each other ("A and B pledged aid" with no recipient names none).
            foreach (var pair in JointPairs(subject, joint, most))
            {
                yield return pair with { Place = place };
            }

            yield break;
        }

        foreach (var s in subject)
        {
            foreach (var o in objects)
            {
                yield return new ActorPair(s, o, place);
            }
        }
    }

    private static bool IsSeveralRightAfter(ActorMention o, Trigger trigger) =>
        o is { Kind: MentionKind.Coreference, Codes.Count: >= 2 } && o.First == trigger.End;

    // "Both men had arrived in Singapore", "the two leaders criticised Russia", "both countries urged Afghanistan…": a reference to
    // the pair named before, acting on a third party, is each of the two acting, as "A and B criticised Russia" is (coordinated
    // actors are expanded). Three or more are expanded above; a pair acting on one of its own stays as it is (joint intents and
    // reciprocal acts read it).
    private static IReadOnlyList<ActorMention> NamedPairActingOnAThird(EventFrame frame, IReadOnlyList<ActorMention> subject, List<ActorMention> objects) =>
        frame != EventFrame.Symmetric && subject.Count == 1 && subject[0] is { Kind: MentionKind.Coreference, Codes.Count: 2 } pair
            && pair.Codes[0] != pair.Codes[1] && objects.Count > 0 && !objects[0].Codes.Intersect(pair.Codes).Any()
            ? [.. pair.Codes.Select(c => pair with { Codes = [c] })]
            : subject;

    // "between the two sides", "to both leaders", "with the two countries": a reference to several parties governed by a
    // preposition that takes partners or addressees, not an owner ("the two countries' ministers" is possessive).
    private static bool IsSeveralAfterPreposition(SentenceView view, ActorMention o) =>
        o is { Kind: MentionKind.Coreference, Codes.Count: >= 2, IsPossessive: false } && o.First > 0
        && view.Word(o.First - 1) is "between" or "to" or "with" or "against" or "on";

    // "signed separate documents with Turkey…": "with" and an actor within a few words after the phrase name its partners.
    private static bool PartnerAfterWith(SentenceView view, int from, int windowEnd)
    {
        for (var k = from; k < Math.Min(windowEnd, from + PartnerWithReach) - 1; k++)
        {
            if (view.Word(k) is "with" && (view.MentionAt[k + 1] >= 0 || (k + 2 < view.Tokens.Count && view.Word(k + 1) is "the" && view.MentionAt[k + 2] >= 0)))
            {
                return true;
            }
        }

        return false;
    }

    // How far after a symmetric phrase "with" may introduce its partners ("signed separate, identical documents with": 5 tokens).
    private const int PartnerWithReach = 8;

    /// <summary>
    /// "A met B on Monday and signed an accord", "held talks with B and agreed to…", "met B in Seoul, signed a pact and…": a cooperative act (roots 01–08) coordinated
    /// after a meeting or a visit of the same subject, with no partner of its own, is with that meeting's partners. Empty
    /// otherwise; <paramref name="events"/> are the sentence's events so far, the meeting's last.
    /// </summary>
    public static List<ActorPair> PartnersOfTheMeeting(SentenceView view, CodedPhrase phrase, List<EventMention> events)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        if (!phrase.Inherited || trigger.Entry.IsNoun || subject.Count != 1 || phrase.Cameo.RootNumber > 8 || events.Count == 0
            || !(ModalityClassifier.SharesAuxiliary(view, trigger) || InVerbSeries(view, trigger)))
        {
            return [];
        }

        var meeting = events[^1];
        if (meeting.Source.Code != subject[0].Code || meeting.Cameo.RootNumber != 4 || meeting.PhraseEnd > view.Tokens[trigger.First].Start)
        {
            return [];
        }

        var pairs = new List<ActorPair>();
        foreach (var e in events)
        {
            if (e.PhraseStart != meeting.PhraseStart || e.Source.Code != meeting.Source.Code)
            {
                continue;
            }

            // The partner as the sentence names it before this phrase, a person or body before its place ("met his counterpart in Lima").
            var named = view.Found.Where(m => m.Code == e.Target.Code && m.First < trigger.First).ToList();
            var partner = named.LastOrDefault(m => !m.IsPlace) ?? named.LastOrDefault();
            if (partner is not null)
            {
                pairs.Add(new ActorPair(subject[0], partner, e.Location));
            }
        }

        return pairs;
    }

    /// <summary>
    /// "denounced the drills and warned of countermeasures", "condemned Tokyo and threatened retaliation", "demanded that Manila
    /// remove the ship, calling its presence a violation" (a participial reaction after a demand or criticism): a verbal hostile act
    /// (roots 10–14: demands, disapproval, rejection, threats, protests) coordinated after another of the same subject, with no
    /// target of its own, is aimed at that act's targets. So is a cut in relations (root 16: "expelled Estonia's ambassador and
    /// downgraded relations", "recalled its envoy") after a hostile act, and either after an appeal ("urged Manila to withdraw
    /// and warned of consequences"). So is a statement, intent or gesture of cooperation after a cooperative act ("met Aliyev and
    /// promised compensation"; <see cref="TakesThePartner"/>). Acts of force and coercion name their own targets. Empty otherwise; <paramref name="events"/>
    /// are the sentence's events so far, the earlier act's last.
    /// </summary>
    public static List<ActorPair> TargetsOfTheCoordinatedAct(SentenceView view, CodedPhrase phrase, List<EventMention> events)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        if (!phrase.Inherited || trigger.Entry.IsNoun || subject.Count != 1 || !(TakesTheEarlierTarget(phrase.Cameo.RootNumber) || TakesThePartner(phrase.Cameo.RootNumber)) || events.Count == 0
            || !(ModalityClassifier.SharesAuxiliary(view, trigger) || InVerbSeries(view, trigger) || IsReactionAfterADemand(view, trigger, events[^1])))
        {
            return [];
        }

        var earlier = events[^1];
        if (earlier.Source.Code != subject[0].Code || !Lends(phrase.Cameo.RootNumber, earlier.Cameo.RootNumber) || earlier.PhraseEnd > view.Tokens[trigger.First].Start)
        {
            return [];
        }

        var pairs = new List<ActorPair>();
        foreach (var e in events)
        {
            if (e.PhraseStart == earlier.PhraseStart && e.Source.Code == earlier.Source.Code && !pairs.Exists(p => p.Target.Code == e.Target.Code))
            {
                var target = new ActorMention(trigger.First, trigger.First, [e.Target.Code], e.Target.Role, MentionKind.Coreference, false, false);
                pairs.Add(new ActorPair(subject[0], target, e.Location));
            }
        }

        return pairs;
    }

    // Verbal hostility (10–14) and cuts in relations (16) are aimed at whoever the act before them was; acts of force and
    // coercion (15, 17–20) name their own; cooperation follows a cooperative act (TakesThePartner).
    private static bool TakesTheEarlierTarget(int root) => root is (>= 10 and <= 14) or 16;

    // An appeal (02) or a hostile act short of force (10–17) tells whom the coordinated act after it is aimed at.
    private static bool LendsItsTarget(int root) => root is 2 or (>= 10 and <= 17);

    // "met Aliyev on Thursday and promised compensation", "welcomed Mongolia's pledge and voiced hope for better ties": a
    // statement, an intent or a gesture of diplomatic cooperation (01, 03, 05) with no target of its own, coordinated after an
    // appeal or a cooperative act (an intent, a meeting, a visit or a call, a gesture: 02–05), is made to the same partner
    // ("urged both to stand down and offered help").
    private static bool TakesThePartner(int root) => root is 1 or 3 or 5;

    private static bool Lends(int follower, int earlier) =>
        TakesTheEarlierTarget(follower) ? LendsItsTarget(earlier) : earlier is >= 2 and <= 5;

    // "expelled two diplomats, recalled its ambassador and…": the middle verb of a series with the subject borrowed, after a comma.
    private static bool InVerbSeries(SentenceView view, Trigger trigger)
    {
        var k = trigger.First - 1;
        while (k >= 0 && IsSequenceAdverb(view.Word(k)))
        {
            k--;
        }

        return k > 0 && view.Word(k) is "," && !Clauses.ParticipialClauses.IsAdjunct(view, trigger.First);
    }

    // "since Russia's invasion", "after Iran's attack": a possessor right after a temporal preposition owns the event that dates
    // another; it is no party to the act.
    private static bool AnchorsATime(SentenceView view, ActorMention m) =>
        m.IsPossessive && m.First > 0 && view.Word(m.First - 1) is "since" or "after" or "before" or "until";

    // "demanded that Manila remove the ship, calling its presence a violation": a participial reaction after a demand or a
    // criticism is a second act against the same party; after a rejection ("rejected the proposal, calling it unacceptable")
    // it only says why, and the corpora code the rejection alone.
    private static bool IsReactionAfterADemand(SentenceView view, Trigger trigger, EventMention earlier) =>
        earlier.Cameo.RootNumber is 10 or 11 && Clauses.ParticipialClauses.IsAdjunct(view, trigger.First);

    // Acts CAMEO codes as directed that news tells as shared: a joint intent (03), congratulations exchanged (051), a swap of
    // prisoners (084). Each is each party's act towards the other, so both directions; meetings, signings and fighting are
    // one symmetric act.
    // Intents several parties undertake towards one another (030 cooperation, 031x material cooperation, 036 to meet); aid
    // pledges (033) and the like have a recipient of their own, never each other.
    // "Jamaica, Belize and the Bahamas promised personnel for the mission": a bare verb of promising with a thing for its object
    // promises that thing to someone the clause does not name, not an undertaking of the promisers to one another, which is
    // told with an infinitive or a phrase of its own ("pledged to cooperate", "agreed to expand trade").
    private static bool PromisesAThing(SentenceView view, Trigger trigger) =>
        !trigger.Entry.IsNoun && trigger.End == trigger.First + 1 && trigger.End < view.Tokens.Count && view.MentionAt[trigger.End] < 0
        && view.Tokens[trigger.End].Kind == TokenKind.Word && !s_promiseNotThing.Contains(view.Word(trigger.End))
        && char.IsLower(view.Word(trigger.End)[0]) && view.TimeAt[trigger.End] < 0 && !view.Blocked[trigger.End] && s_thingPromises.Contains(view.Word(trigger.First));

    private static readonly WordSet s_thingPromises = ClauseView.Words.Lookup("thing-promise");

    // "pledged to cooperate", "promised that…", "offered jointly": the word after the verb opens no thing promised.
    private static readonly WordSet s_promiseNotThing = ClauseView.Words.Lookup("promise-not-thing");

    private static bool IsJointUndertaking(CameoCode code) =>
        code.Value is "030" || code.Value.StartsWith("031", StringComparison.Ordinal) || code.Value.StartsWith("036", StringComparison.Ordinal);

    private static bool IsDirectedExchange(CameoCode code) =>
        code.RootNumber == 3 || code.Value.StartsWith("051", StringComparison.Ordinal) || code.Value.StartsWith("084", StringComparison.Ordinal);

    /// <summary>
    /// The pairs of a joint act of <paramref name="group"/> (a party named twice counts once): a symmetric act gives every two
    /// parties once, the earlier-named as source; a joint intent (<paramref name="directed"/>) gives each party's to each other.
    /// Beyond <paramref name="most"/> parties only the first-named is paired with the others (once, or both ways if directed).
    /// </summary>
    internal static List<ActorPair> JointPairs(IReadOnlyList<ActorMention> group, bool directed, int most)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parties = new List<ActorMention>(group.Count);
        foreach (var m in group)
        {
            if (seen.Add(m.Code))
            {
                parties.Add(m);
            }
        }

        var pairs = new List<ActorPair>();
        var each = parties.Count <= most ? parties.Count : 1;
        for (var i = 0; i < each; i++)
        {
            for (var j = i + 1; j < parties.Count; j++)
            {
                pairs.Add(new ActorPair(parties[i], parties[j], null));
            }
        }

        if (directed)
        {
            var count = pairs.Count;
            for (var k = 0; k < count; k++)
            {
                pairs.Add(new ActorPair(pairs[k].Target, pairs[k].Source, null));
            }

            // Each party's intents together, in text order of the parties: A→B, A→C, B→A, B→C, C→A, C→B.
            pairs.Sort((x, y) => x.Source.First != y.Source.First ? x.Source.First.CompareTo(y.Source.First) : x.Target.First.CompareTo(y.Target.First));
        }

        return pairs;
    }

    // The parties of "between A and B" (or "between A, B and C") anywhere in the sentence, or none.
    /// <summary>The actors named after "between" in the sentence ("a truce between Israel and Hamas").</summary>
    internal static List<ActorMention> Between(SentenceView view)
    {
        var (text, tokens, found, mentionAt) = (view.Text, view.Tokens, view.Found, view.MentionAt);
        var parties = new List<ActorMention>();
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].In(text) is not ("between" or "Between"))
            {
                continue;
            }

            var j = SkipArticles(view, k + 1);
            while (j < tokens.Count && mentionAt[j] >= 0 && !found[mentionAt[j]].IsWeak)
            {
                parties.Add(found[mentionAt[j]]);
                j = found[mentionAt[j]].Last + 1;
                // "between Lavrov, whose country holds the chair, and Wang Yi".
                if (Clauses.InterruptedLists.NextActorAfter(view, j, tokens.Count) is >= 0 and var afterDescription)
                {
                    j = afterDescription;
                    continue;
                }

                if (j < tokens.Count && tokens[j].In(text) is "and" or ",")
                {
                    j = SkipArticles(view, j + 1);
                    continue;
                }

                break;
            }

            return parties.Count >= 2 ? parties : [];
        }

        return parties;
    }

    // Lower-case nouns that end an agent's noun phrase the actor words stopped short of ("Mongolia's state | oil company"), when
    // "and" follows them; else from. A preposition, an article or a time phrase is no part of the head.
    private static int HeadNounTail(SentenceView view, int from, int windowEnd)
    {
        const int reach = 3;
        var k = from;
        while (k < windowEnd && k < from + reach && view.MentionAt[k] < 0 && view.TimeAt[k] < 0 && !view.Blocked[k] && view.Tokens[k].Kind == TokenKind.Word
            && char.IsLower(view.Word(k)[0]) && !Inflection.FunctionWords.Contains(view.Word(k).ToString()) && !view.Word(k).EndsWith("ed", StringComparison.Ordinal))
        {
            k++;
        }

        return k > from && k < windowEnd && view.Word(k) is "and" ? k : from;
    }

    // The actors after "by" (coordinated ones too), for the passive voice.
    private static List<ActorMention> Agents(SentenceView view, int from, int windowEnd)
    {
        var (text, found, mentionAt) = (view.Text, view.Found, view.MentionAt);
        var tokens = view.Tokens;
        var agents = new List<ActorMention>();
        for (var k = from; k < windowEnd; k++)
        {
            if (tokens[k].In(text) is not "by")
            {
                continue;
            }

            if (k - 1 >= from && k - 2 >= 0 && tokens[k - 1].In(text) is var participle && participle.Length > 4 && participle.EndsWith("ed", StringComparison.Ordinal)
                && char.IsLower(participle[0]) && tokens[k - 2].In(text) is var joiner && joiner is not ("and" or "or" or ",") && !Inflection.IsBe(joiner))
            {
                // "were restored under a deal brokered by China": the agent of a later participle is not this verb's.
                break;
            }

            var j = SkipTitleOf(view, SkipArticles(view, k + 1));
            while (j < windowEnd && mentionAt[j] >= 0)
            {
                var m = found[mentionAt[j]];
                agents.Add(m);
                // "by the Russian and Chinese navies": the second state's mention starts inside the first one's.
                agents.AddRange(found.Where(n => n.First > m.First && n.First <= m.Last && !agents.Contains(n)));
                j = m.Last + 1;
                if (j < windowEnd && tokens[j].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase))
                {
                    j++;
                }

                if (m.IsPossessive && j < windowEnd && mentionAt[j] >= 0)
                {
                    // "by Uzbekistan's Bakhtiyor Saidov": the person named after the possessor is the agent.
                    agents.Remove(m);
                    continue;
                }

                // "by Iran's top security official Ali Shamkhani": an office the role words do not know may stand between the
                // possessor and its official, who is the agent when the name is of the possessor's state.
                if (m.IsPossessive && MultiPartyActs.OfficialAfterTitle(view, j, windowEnd, m.Code) is { } official)
                {
                    agents.Remove(m);
                    j = official;
                    continue;
                }

                // "by Saudi national security adviser Musaed al-Aiban, …": the rest of a name the gazetteer stopped short of.
                j = MultiPartyActs.SkipNameTail(view, j, windowEnd);
                // "by Mongolia's state oil company and an Indian engineering firm": the head nouns of the agent's phrase.
                j = HeadNounTail(view, j, windowEnd);

                // "by Kozlov, who co-chairs the commission, and Mongolia's deputy prime minister": the list goes on past what
                // its member is.
                if (Clauses.InterruptedLists.NextActorAfter(view, j, windowEnd) is >= 0 and var afterDescription)
                {
                    j = afterDescription;
                    continue;
                }

                if (j < windowEnd && tokens[j].In(text) is "and" or ",")
                {
                    j = SkipArticles(view, j + 1);
                    continue;
                }

                break;
            }

            break;
        }

        // "signed by the two countries", "condemned by the three governments": a reference that stands for several parties is
        // each of them.
        if (agents.Count == 1 && agents[0] is { Kind: MentionKind.Coreference, Codes.Count: >= 2 } several)
        {
            return [.. several.Codes.Select(c => several with { Codes = [c] })];
        }

        // "was condemned by the Baltic states", "accused by the Sahel juntas": each member of a fixed group acts, as it does as a
        // subject.
        return agents.Exists(a => a.IsCollective) ? [.. agents.SelectMany(a => a.Members())] : agents;
    }

    // Targets after the phrase, up to the next phrase: the first actor (a place too for visits, an
    // organisation first for meetings attended) and those coordinated with it.
    // The first actor (no place) of another state after the embedded subject, within its clause (up to a comma or semicolon).
    // When the act threatened names no one before a condition ("would respond firmly if China sent more ships"), the party whose
    // act the condition tells is the one warned: the subject opening the "if" or "unless" clause.
    private static ActorMention? ThreatenedObject(SentenceView view, int from, IReadOnlyList<ActorMention> subject)
    {
        for (var k = from; k < view.Tokens.Count && view.Word(k) is not ("," or ";"); k++)
        {
            if (view.Word(k) is "if" or "unless")
            {
                return ConditionSubject(view, k + 1, subject);
            }

            if (IsOtherParty(view, k, subject) is { } m)
            {
                return m;
            }
        }

        return null;
    }

    // The actor opening a condition clause at `k` ("if China…", "if the United States…"), another state's, not a place.
    private static ActorMention? ConditionSubject(SentenceView view, int k, IReadOnlyList<ActorMention> subject) =>
        k < view.Tokens.Count && view.Word(k) is "the" ? IsOtherParty(view, k + 1, subject) : IsOtherParty(view, k, subject);

    private static ActorMention? IsOtherParty(SentenceView view, int k, IReadOnlyList<ActorMention> subject) =>
        k < view.Tokens.Count && view.MentionAt[k] >= 0 && view.Found[view.MentionAt[k]] is { IsPlace: false, IsWeak: false } m && !subject.Any(s => s.Code == m.Code)
            ? m : null;

    // Where "as" opens a characterisation right after a definite object that names no actor ("the findings as a farce"), or -1:
    // "the", "this", "these" or "that", then at most CharacterisedObjectReach lower-case words, then "as".
    private static int CharacterisationAfter(SentenceView view, int start, int windowEnd)
    {
        if (start >= windowEnd || view.Word(start) is not ("the" or "this" or "these" or "that"))
        {
            return -1;
        }

        for (var k = start + 1; k < windowEnd && k - start <= CharacterisedObjectReach; k++)
        {
            var w = view.Word(k);
            if (w is "as")
            {
                return k > start + 1 && AgentOfCharacterisation(view, k, windowEnd) ? k : -1;
            }

            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != Text.TokenKind.Word || !char.IsLower(w[0]))
            {
                return -1;
            }
        }

        return -1;
    }

    // Whether the first actor after the "as" at `at` is the agent of a participle in the characterisation ("as a farce cooked up by
    // the United States"): one who made the thing up, not one the act is aimed at. "as a new Israeli crime" names the object's
    // author, which the pair finder reads as before.
    private static bool AgentOfCharacterisation(SentenceView view, int at, int windowEnd)
    {
        for (var k = at + 1; k < windowEnd; k++)
        {
            if (view.MentionAt[k] < 0)
            {
                continue;
            }

            var by = view.Found[view.MentionAt[k]].First - 1;
            while (by > at && view.Word(by) is "the")
            {
                by--;
            }

            return by - 1 > at && view.Word(by) is "by" && (IsLowerPastForm(view.Word(by - 1)) || (view.Word(by - 1) is "up" && by - 2 > at && IsLowerPastForm(view.Word(by - 2))));
        }

        return false;
    }

    // How many words a characterised object may take ("the latest round of sanctions as": 4).
    private const int CharacterisedObjectReach = 5;

    private static readonly WordSet s_compass = ClauseView.Words.Lookup("compass");

    private static List<ActorMention> Objects(SentenceView view, Trigger trigger, int windowEnd, IReadOnlyList<ActorMention> subject)
    {
        var (text, tokens, found, mentionAt, blocked) = (view.Text, view.Tokens, view.Found, view.MentionAt, view.Blocked);
        var frame = trigger.Entry.Frame;
        var start = trigger.End;
        if (trigger.Entry.IsNoun && start < tokens.Count && tokens[start].In(text) is "by" or "of")
        {
            // "visit by X to Y": skip the agent, the target follows "to".
            var k = start + 1;
            while (k < windowEnd && !(tokens[k].In(text) is "to" or "with"))
            {
                k++;
            }

            start = k;
        }

        // "warned its citizens against all travel to Iran", "urged its nationals to leave Lebanon": a statement addressed to the
        // actor's own people has no foreign addressee; the place named later is where they are told to go or leave.
        if (AddressesOwnPeople(view, trigger, start))
        {
            return [];
        }

        // "rejected the findings as a farce cooked up by the United States", "condemned the verdict as a show staged by Moscow": the
        // act's object is the definite noun before "as"; the parties named in its characterisation are not acted on.
        if (!trigger.Entry.IsNoun && CharacterisationAfter(view, start, windowEnd) is var characterisation and >= 0)
        {
            windowEnd = characterisation;
        }

        // "rejected claims that it had helped Ukraine", "dismissed allegations that Hezbollah got drones from Iran", "denied U.S.
        // accusations that Russia was arming…": the parties inside the content of a charge are what it says, not whom the act is
        // aimed at; an accuser named before the charge noun stays.
        if (ChargeContentAt(view, start, windowEnd) is var content and >= 0)
        {
            windowEnd = content;
        }

        var candidates = new List<ActorMention>();
        var ownEmbeddedSubject = -1;
        for (var k = start; k < windowEnd; k++)
        {
            if (mentionAt[k] < 0)
            {
                // "accused it of helping Russia" with no party found for "it": the party acted on is "it", unknown; the
                // parties named in what it is accused of are not acted on.
                if (k == start && ItReferences.IsPartyObject(text, tokens, k))
                {
                    return [];
                }

                // "warned that it would retaliate if…": the speaker named again by "it" opens the clause of the act threatened.
                if (ownEmbeddedSubject < 0 && k > start && tokens[k].In(text) is "it" && tokens[k - 1].In(text) is "that")
                {
                    ownEmbeddedSubject = k;
                }

                continue;
            }

            var m = found[mentionAt[k]];
            k = m.Last;
            // "warned it would cut…": a pronoun opening an embedded clause is its subject, not a target.
            // "met her Mongolian counterpart": a possessive pronoun before the target is not the target.
            // "violated its airspace" after "Belarus said": the owner of a state's asset is the target (SpeakerPossessive).
            if (m.First < start || subject.Contains(m) || (m.Kind == MentionKind.Coreference && m.First == m.Last && tokens[m.First].In(text) is "it" or "It" or "his" or "her" or "their" or "its"
                && !SpeakerPossessive.OwnsAsset(text, tokens, m.First) && !ItReferences.IsPartyObject(text, tokens, m.First)))
            {
                continue;
            }

            // "warned that Israel would strike Hezbollah": the speaker's own state opening the embedded clause is its subject.
            if (subject.Count > 0 && m.First > start && tokens[m.First - 1].In(text) is "that" && subject.All(s => s.Code == m.Code))
            {
                ownEmbeddedSubject = m.Last;
                continue;
            }

            candidates.Add(m);
        }

        // "signed the deal, with Borrell looking on": a party that only watched is no party to the act, in any frame.
        candidates.RemoveAll(c => Onlookers.IsOnlooker(view, c, trigger.Entry.Cameo));

        // "India and Pakistan agreed to a ceasefire, with Trump announcing it": when the pair is named, the subject of an
        // absolute clause after it is no third partner.
        if (frame == EventFrame.Symmetric && subject.Count >= 2)
        {
            candidates.RemoveAll(c => AbsoluteWithClauses.IsClauseSubject(view, c));
        }

        // "sent its troops into Manchuria alongside the Soviet army": a companion of the subject is not acted on.
        if (frame != EventFrame.Symmetric)
        {
            candidates.RemoveAll(c => Companions.IsCompanion(view, c.First, start));
        }
        else
        {
            // "held talks in the Mongolian capital": the venue's state is no partner of a meeting.
            candidates.RemoveAll(c => VenueAdjectives.IsVenue(view, c));
        }

        // A threat's target is then the object of the act threatened, which may lie past the next phrase ("would strike Hezbollah").
        if (candidates.Count == 0 && ownEmbeddedSubject >= 0 && trigger.Entry.Cameo.RootNumber == 13
            && ThreatenedObject(view, ownEmbeddedSubject + 1, subject) is { } threatened)
        {
            candidates.Add(threatened);
        }

        if (candidates.Count == 0)
        {
            return candidates;
        }

        // "signed a deal on gas supplies from Qatar with the Emirates", "discussed the war in Ukraine with his Turkish counterpart": a
        // symmetric act's partner is the party "with" introduces; a place or a topic inside the object before it is not one.
        ActorMention? head = frame == EventFrame.Symmetric ? PartnerPastPlaces(view, candidates) : null;
        head ??= frame switch
        {
            // A nationality adjective first ("take over Syrian territory", "a memorial to Japanese detainees") names no host: the
            // act has none.
            EventFrame.Attend => candidates.FirstOrDefault(c => c.Kind == MentionKind.Name && !c.IsPlace && !c.NamesAState) ?? (candidates[0].IsWeak ? null : candidates[0]),
            // A visit noun's destination follows "to", "in" or "into" ("his trip to Moscow"): in "his first trip beyond the former
            // Soviet Union" or "the trip follows a deal brokered by Beijing" no state is visited.
            EventFrame.Visit when trigger.Entry.IsNoun => candidates.FirstOrDefault(c => (!c.IsPossessive || c.IsPlace) && IsDestination(view, start, c.First)),
            // "served with the U.N. mission in South Sudan": peacekeeping service is towards the state served in (README), not
            // towards the organisation that owns the mission.
            EventFrame.Visit when trigger.Entry.Cameo.IsIn(CameoCode.ProvideMilitaryProtection) => candidates.FirstOrDefault(c => c.NamesAState && (!c.IsPossessive || c.IsPlace)),
            EventFrame.Visit => candidates.FirstOrDefault(c => !c.IsPossessive || c.IsPlace) ?? candidates[0],
            EventFrame.Host => candidates[0].IsPlace ? null : candidates[0],
            // Aid and cooperation may be "in Uzbekistan"; other acts are not aimed at where they happen.
            _ => candidates.FirstOrDefault(c => !c.IsPlace || !IsLocative(tokens[c.First - 1].In(text)))
                ?? (trigger.Entry.Cameo.IsIn(CameoCode.MaterialCooperation) || trigger.Entry.Cameo.IsIn(CameoCode.ProvideAid) || IsForce(trigger.Entry.Cameo) ? candidates.FirstOrDefault() : null),
        };
        // "…have pledged $3 billion of the package, and China's central bank agreed…": after a comma and a conjunction, an actor
        // right before the next phrase opens the next clause as its subject; it is never this phrase's object.
        if (head is null || (windowEnd < tokens.Count && windowEnd - head.Last <= view.Options.SecondPhraseSubjectReach && ClauseClosedBefore(view, start, head.First)))
        {
            return [];
        }

        var group = new List<ActorMention> { head };
        var last = head.Last;
        foreach (var c in candidates.SkipWhile(c => c != head).Skip(1))
        {
            // "A and B", "A, B and C", "A, B, and C", "A as well as B", "A and the B", "Moscow on 8-9 July and Kyiv on 23 August".
            var j = last + 1;
            // "with Canada's Ivanhoe Mines and London-based Rio Tinto": the one a possessor introduces stands in the list for it.
            if (j + 1 == c.First && tokens[j].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase) && group[^1].IsPossessive && c.Code == group[^1].Code)
            {
                last = c.Last;
                continue;
            }

            var joined = false;
            while (j < c.First)
            {
                var w = tokens[j].In(text);
                // "two Russian diplomats and a Belarusian diplomat", "southern Lebanon and eastern Syria": an article or a part of
                // the country may open the next item as "the" does.
                if (w is "and" or "," or "or" or "the" || (joined && w is "a" or "an") || (joined && j + 1 == c.First && s_compass.Contains(w))
                    || (j + 1 == c.First && SubjectFinder.IsSponsorModifier(w)))
                {
                    joined |= w is "and" or "," or "or";
                    j++;
                }
                else if (w is "as" && j + 2 < c.First && tokens[j + 1].In(text) is "well" && tokens[j + 2].In(text) is "as")
                {
                    joined = true;
                    j += 3;
                }
                else if (frame == EventFrame.Visit && (blocked[j] || (w is "on" or "in" && j + 1 < c.First && blocked[j + 1])))
                {
                    // Each destination may carry its own date.
                    j++;
                }
                else
                {
                    break;
                }
            }

            if ((j == c.First && joined) || Clauses.RepeatedPrepositions.Joins(view, head, last, c))
            {
                group.Add(c);
                last = c.Last;
                continue;
            }

            break;
        }

        return group;
    }

    // The first candidate right after "with" (an article or a possessive pronoun between), when every candidate before it is a
    // place or the topic of "on", "about" or "over"; null when the first candidate is no such place or topic, or none follows "with".
    private static ActorMention? PartnerPastPlaces(SentenceView view, List<ActorMention> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (i > 0 && FollowsWith(view, c.First))
            {
                return c;
            }

            if (!c.IsPlace && !IsTopic(view, c.First))
            {
                return null;
            }
        }

        return null;
    }

    private static bool FollowsWith(SentenceView view, int first)
    {
        var j = first - 1;
        while (j >= 0 && Determiners.IsArticleOrPossessive(view.Word(j)))
        {
            j--;
        }

        return j >= 0 && view.Word(j) is "with";
    }

    // The index of "resolution" or "resolutions" within a veto's object (up to the window's end), or null.
    private static int? ResolutionNoun(SentenceView view, int from, int windowEnd)
    {
        for (var k = from; k < Math.Min(windowEnd, view.Tokens.Count); k++)
        {
            if (view.Word(k) is "resolution" or "resolutions")
            {
                return k;
            }

            if (view.Word(k) is "," or ";" or "and" or "that" or "which")
            {
                return null;
            }
        }

        return null;
    }

    // The actor starting at `first` is the topic of "on", "about", "over" or "regarding" (an article or modifier between).
    private static bool IsTopic(SentenceView view, int first)
    {
        var j = SkipBack(view, first - 1);
        return j >= 0 && view.Word(j) is "on" or "about" or "over" or "regarding" or "concerning";
    }

    // "near the Polish border", "along the Chinese frontier", "off the Japanese coast": a state's adjective that places a joint act
    // by its frontier names where the parties acted, not a partner of theirs.
    private static bool IsNearFrontier(SentenceView view, ActorMention m)
    {
        var j = SkipBack(view, m.First - 1);
        return m.IsWeak && m.Last + 1 < view.Tokens.Count && s_frontierNouns.Contains(view.Word(m.Last + 1))
            && j >= 0 && (s_frontierPrepositions.Contains(view.Word(j)) || (view.Word(j) is "to" && j > 0 && s_frontierAdverbs.Contains(view.Word(j - 1))));
    }

    // Where the content of a charge noun opens ("that …", or "of" + a gerund: "accusations of arming the rebels"), when the noun
    // ends the phrase or heads its object a few words on ("rejected the U.S. accusations that…"); -1 when none does.
    private static int ChargeContentAt(SentenceView view, int start, int windowEnd)
    {
        var tokens = view.Tokens;
        for (var n = Math.Max(0, start - 1); n < Math.Min(windowEnd - 1, start + ChargeNounReach); n++)
        {
            if (!s_chargeNouns.Contains(view.Word(n)))
            {
                continue;
            }

            var w = view.Word(n + 1);
            return w is "that" || (w is "of" && n + 2 < tokens.Count && view.Word(n + 2).EndsWith("ing", StringComparison.Ordinal)) ? n + 1 : -1;
        }

        return -1;
    }

    // "the", a possessor or an adjective or two may stand between the act and its charge noun ("denied the Western allegations").
    private const int ChargeNounReach = 4;

    private static readonly WordSet s_chargeNouns = ClauseView.Words.Lookup("charge");

    private static readonly WordSet s_frontierNouns = PhraseGrammar.Words.Lookup("frontier-noun");
    private static readonly WordSet s_frontierPrepositions = PhraseGrammar.Words.Lookup("frontier-preposition");
    private static readonly WordSet s_frontierAdverbs = PhraseGrammar.Words.Lookup("frontier-adverb");

    // The actor starting at `first` follows "at" or "in": where an act took place.
    private static bool IsVenue(SentenceView view, int first)
    {
        var j = SkipBack(view, first - 1);
        return j >= 0 && view.Word(j) is "at" or "in";
    }

    // The actor starting at `first` is a route's waypoint: "through Kazakhstan", "via Georgia", "across Iran".
    private static bool IsRoute(SentenceView view, int first)
    {
        var j = SkipBack(view, first - 1);
        return j >= 0 && view.Word(j) is "through" or "via" or "across" or "transiting";
    }

    // Right after a visit noun's phrase ("tour of Japan", "visit by Xi to"), or after "to", "in", "into" or "at" before it.
    private static bool IsDestination(SentenceView view, int start, int first)
    {
        var j = SkipBack(view, first - 1);
        return j < start || view.Word(j) is "to" or "in" or "into" or "at";
    }

    private static int SkipBack(SentenceView view, int j)
    {
        while (j >= 0 && Determiners.IsArticle(view.Word(j)))
        {
            j--;
        }

        return j;
    }

    private static bool ClauseClosedBefore(SentenceView view, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (view.Word(k) is "," && view.Word(k + 1) is "and" or "but" or "while" or "whereas")
            {
                return true;
            }
        }

        return false;
    }

    private static bool AddressesOwnPeople(SentenceView view, Trigger trigger, int start) =>
        !trigger.Entry.IsNoun && trigger.Entry.Cameo.RootNumber is 1 or 2 or 10 or 11 or 12 or 13
        && start + 1 < view.Tokens.Count && view.MentionAt[start] < 0 && view.MentionAt[start + 1] < 0 && Determiners.IsPossessivePronoun(view.Word(start))
        && IsOwnPeople(view.Word(start + 1));

    // Force is aimed at where it lands: "struck targets inside Iran" is against Iran (never the actor's own ground,
    // which the caller drops as a pair of one country).
    private static bool IsForce(CameoCode code) => code.RootNumber is >= 18 and <= 20;

    /// <summary>
    /// The date of pair <paramref name="index"/>: with several pairs, "in 2010 and 2011, respectively" gives each its own year,
    /// and a destination followed by its own date ("Moscow on 8 July and Kyiv on 23 August") takes that date; else <paramref name="date"/>.
    /// </summary>
    public static FuzzyDate? DateOf(SentenceView view, List<ActorPair> pairs, int index, FuzzyDate? date, int windowEnd)
    {
        if (pairs.Count < 2)
        {
            return date;
        }

        var respectively = view.Times.FirstOrDefault(t => t.Respectively && t.Values.Count == pairs.Count);
        if (respectively is not null)
        {
            return respectively.Values[index];
        }

        var target = pairs[index].Target;
        // "A, B and C pledged on Monday to respect Mongolia's status, ending a campaign it began two decades ago": several
        // parties acting on one target act at one time; only destinations of one act ("Moscow on 8 July and Kyiv on 23
        // August") each take the time after them.
        if (pairs.All(p => p.Target.Code == target.Code))
        {
            return date;
        }

        // "A and B agreed to …", "the two met": a party that is also a source is one of a joint act's parties, all acting
        // at one time; only the objects of one act ("visited A on X and B on Y") each take the time after them.
        if (pairs.Any(p => p.Source.First == target.First && p.Source.Last == target.Last))
        {
            return date;
        }

        // Several parties acting on one object ("Britain and Australia held Russia responsible for the downing … in 2014")
        // are one act: no destination of its own takes a time of its own.
        if (pairs.All(p => p.Target.First == target.First && p.Target.Last == target.Last))
        {
            return date;
        }

        var next = index + 1 < pairs.Count && pairs[index + 1].Target.First > target.Last ? pairs[index + 1].Target.First : windowEnd;
        for (var k = target.Last + 1; k < Math.Min(next, view.Tokens.Count); k++)
        {
            if (view.TimeAt[k] >= 0 && !Time.DateAttacher.IsDeadline(view.Clauses, k))
            {
                return view.Times[view.TimeAt[k]].Value;
            }
        }

        return date;
    }
}
