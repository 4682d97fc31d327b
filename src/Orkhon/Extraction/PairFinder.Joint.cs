using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;
using static Orkhon.Extraction.PhraseGrammar;

namespace Orkhon.Extraction;

// Joint acts: a meeting's partners lent to the acts coordinated after it, shared targets, and the pairs of a group.
internal sealed partial class PairFinder
{
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
}
