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
internal sealed partial class PairFinder(ReferenceData reference)
{
    private readonly ReferenceData _reference = reference;

    /// <summary>Source–target pairs for a coded phrase with its subject, by its frame, looking for objects up to its window's end.</summary>
    public IEnumerable<ActorPair> Find(SentenceView view, CodedPhrase phrase)
    {
        var (trigger, subject, windowEnd) = (phrase.Trigger, phrase.Subject, phrase.ObjectEnd);
        var (text, tokens, found) = (view.Text, view.Tokens, view.Found);
        var frame = trigger.Entry.Frame;
        subject = EachSubjectOfSeveral(view, trigger, subject, windowEnd);

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

        objects = EachObjectOfSeveral(view, trigger, subject, objects);
        objects = VetoTarget(view, trigger, windowEnd, objects);
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

        var pairs = trigger.Passive ? PassivePairs(view, phrase, subject, objects, place, joint, most)
            : frame == EventFrame.ThemeAgent ? ThemeAgentPairs(view, phrase, subject, objects, place)
            : ActivePairs(view, phrase, subject, objects, place, joint, most);
        foreach (var pair in pairs)
        {
            yield return pair;
        }
    }

    // A theme-agent phrase ("a protest from Tokyo", "was admitted to"): the object acts on the subject.
    private static IEnumerable<ActorPair> ThemeAgentPairs(SentenceView view, CodedPhrase phrase, IReadOnlyList<ActorMention> subject, List<ActorMention> objects, string? place)
    {
        var trigger = phrase.Trigger;
        var found = view.Found;
        var frame = trigger.Entry.Frame;
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
    }

    // An active phrase of any other frame: pairs in order ("respectively"), joint acts of the parties brought together or
    // named as several, an agreement on a third state, then the group and directed readings.
    private static IEnumerable<ActorPair> ActivePairs(SentenceView view, CodedPhrase phrase, IReadOnlyList<ActorMention> subject, List<ActorMention> objects, string? place, bool joint, int most)
    {
        var (trigger, windowEnd) = (phrase.Trigger, phrase.ObjectEnd);
        var frame = trigger.Entry.Frame;
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
        // objects to one another too, every two of the parties once (MultiPartyActs); so does an exercise held with several
        // forces ("Russian troops took part with Chinese and Mongolian units in Vostok-2018").
        if (frame == EventFrame.Symmetric && subject.Count == 1 && objects.Count >= 2 && !objects.Any(o => o.IsPlace)
            && (MultiPartyActs.IsMultiParty(view, trigger) || MultiPartyActs.IsSharedMilitaryAct(trigger, objects)
                || MultiPartyActs.HasMultiPartyAdjunct(view, objects[^1].Last + 1, windowEnd)))
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

        // "A, B and C signed a declaration on Mongolia's nuclear-weapon-free status": an agreement on a third state's standing is
        // each party's towards that state, not the parties' with one another (ThirdStateStatus); talks about it stay theirs.
        if (frame == EventFrame.Symmetric && phrase.Cameo.RootNumber == 5 && subject.Count >= 2 && ThirdStateStatus.Of(view, subject, trigger.End, windowEnd) is { } third)
        {
            foreach (var s in subject)
            {
                yield return new ActorPair(s, third, place);
            }

            yield break;
        }

        objects = JointActObjects(view, phrase, subject, objects);

        foreach (var pair in GroupAndDirectedPairs(view, phrase, subject, objects, place, joint, most))
        {
            yield return pair;
        }
    }

    // The objects of a joint act of two or more named subjects, less those that are no partner: an actor far from the phrase,
    // the subjects named again, a topic, a route, a venue, a frontier.
    private static List<ActorMention> JointActObjects(SentenceView view, CodedPhrase phrase, IReadOnlyList<ActorMention> subject, List<ActorMention> objects)
    {
        var trigger = phrase.Trigger;
        var (text, tokens) = (view.Text, view.Tokens);
        var frame = trigger.Entry.Frame;
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

        return objects;
    }

    // The joint acts of a group with no one else acted on: every two of the subjects, of the parties a reference stands for,
    // of the parties after "between", or of a compound's two names.
    private static IEnumerable<ActorPair> GroupAndDirectedPairs(SentenceView view, CodedPhrase phrase, IReadOnlyList<ActorMention> subject, List<ActorMention> objects, string? place, bool joint, int most)
    {
        var trigger = phrase.Trigger;
        var (text, found) = (view.Text, view.Found);
        var frame = trigger.Entry.Frame;
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

        foreach (var pair in DirectedPairs(view, phrase, subject, objects, place, joint, most))
        {
            yield return pair;
        }
    }

    // The last readings: a pledge on a third state's standing, a joint undertaking, an intent or a visit aimed at the state
    // the sentence is about, a joint intent of the subjects; else each subject acts on each object.
    private static IEnumerable<ActorPair> DirectedPairs(SentenceView view, CodedPhrase phrase, IReadOnlyList<ActorMention> subject, List<ActorMention> objects, string? place, bool joint, int most)
    {
        var trigger = phrase.Trigger;
        var found = view.Found;
        var frame = trigger.Entry.Frame;

        // "A, B and C signed a declaration on Mongolia's neutral status, pledging to respect it": a participial intent after an
        // act on a third state's standing shares its topic, so it is each party's towards that state (ThirdStateStatus).
        if (objects.Count == 0 && IsJointUndertaking(phrase.Cameo) && subject.Count >= 2 && Clauses.ParticipialClauses.IsAdjunct(view, trigger.First)
            && ThirdStateStatus.BeforeParticiple(view, subject, trigger.First) is { } topicState)
        {
            foreach (var s in subject.Where(m => !m.IsPlace).DistinctBy(m => m.Code))
            {
                yield return new ActorPair(s, topicState, place);
            }

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
                && (phrase.ObjectEnd == phrase.WindowEnd || m.First < trigger.First) && !AnchorsATime(view, m)
                // "promised more aid at a summit in Baku": the gathering's venue is not whom the intent addresses.
                && !(view.Options.Runs(ExtractionGuards.GatheringVenues) && GatheringVenues.IsVenue(view, m)));
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

    // A subject that stands for several parties (a group counted, a collective) acts as each of them.
    private static IReadOnlyList<ActorMention> EachSubjectOfSeveral(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject, int windowEnd)
    {
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

        // "Saikhanbileg agreed with Abe to speed up work": the partner "with" names inside the phrase acts with the subject, as
        // in "Saikhanbileg and Abe agreed to" (CompiledPhrase lets the gap pass it).
        if (frame == EventFrame.Symmetric && subject.Count > 0 && ComitativePartner(view, trigger) is { } partner && !subject.Any(s => s.Code == partner.Code))
        {
            subject = [.. subject, partner];
        }

        return subject;
    }

    // The actor right after "with" right after the phrase's first word, inside the phrase, or null.
    private static ActorMention? ComitativePartner(SentenceView view, Trigger trigger) =>
        trigger.First + 2 < trigger.End && view.Word(trigger.First + 1) is "with" && view.MentionOf(trigger.First + 2) is { IsPlace: false, IsPossessive: false } partner
        && partner.First == trigger.First + 2 && partner.Last < trigger.End ? partner : null;

    private static List<ActorMention> EachObjectOfSeveral(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject, List<ActorMention> objects)
    {
        // "congratulated both leaders", "urged both sides to…": a reference right after the verb that stands for several parties is
        // each of them.
        // So is one after a preposition that governs it: "brokered a ceasefire between the two sides", "spoke to both leaders".
        if (subject.Count > 0 && !trigger.Entry.IsNoun && objects.Exists(o => IsSeveralRightAfter(o, trigger) || IsSeveralAfterPreposition(view, o)))
        {
            objects = [.. objects.SelectMany(o => IsSeveralRightAfter(o, trigger) || IsSeveralAfterPreposition(view, o) ? o.Codes.Select(c => o with { Codes = [c] }) : [o])];
        }

        return objects;
    }

    private static List<ActorMention> VetoTarget(SentenceView view, Trigger trigger, int windowEnd, List<ActorMention> objects)
    {
        var found = view.Found;
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

        return objects;
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
}
