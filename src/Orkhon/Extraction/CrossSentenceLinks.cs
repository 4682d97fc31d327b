using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// What a sentence takes from the one before it (its date is carried by <see cref="MentionContext.CarriedDate"/>): the last act against a phrase's subject
/// as the target of its reaction ("Tehran promised a response."), an act repeated by its followers ("followed by
/// Sweden in March 2024") and a reply in kind ("Paris responded in kind the next day").
/// </summary>
internal static class CrossSentenceLinks
{
    /// <summary>
    /// The source of the last event aimed at the phrase's subject, as a mention, when the phrase is a directed verb with one
    /// subject and no actor after it; the event is this sentence's or the previous sentence's. Without a coded event nothing is
    /// guessed: in real excerpts the party a reaction answers ("Washington welcomed the report") is often named sentences earlier.
    /// </summary>
    public static ActorMention? ReactionTarget(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        var (text, start, mentionAt) = (view.Text, view.Start, view.MentionAt);
        // A passive with no agent ("officials said one man was killed") names no one who reacts.
        // Several subjects: coordinated donors share the last aid's recipient, other parties answer an act noun's author (below).
        if (trigger.Entry.IsNoun || trigger.Passive || trigger.Entry.Frame != EventFrame.AgentTheme || subject.Count == 0)
        {
            return null;
        }

        // "appealed to international partners for aid": a phrase ending in its preposition whose object is a group of parties
        // no name gives ("partners", "donors", "the international community") has told whom it is aimed at; nobody is borrowed
        // from the sentence before. An act named there instead ("retaliated against the tariffs") still answers its author.
        if (EndsInPreposition(view, trigger) && NamesUnnamedParties(view, trigger.End))
        {
            return null;
        }

        // An actor after the verb is its object, unless it opens a clause of its own (", and Russia delivered…").
        for (var k = trigger.End; k < phrase.ObjectEnd; k++)
        {
            if (mentionAt[k] >= 0)
            {
                return null;
            }
        }

        if (subject.Count > 1 && !IsAid(phrase.Cameo))
        {
            // "Argentina, Chile and Peru condemned the decision": several parties answer the previous sentence's actor together;
            // who acted against whom is told only of one party, so only a definite act or statement links them.
            return (PreviousActor(view, phrase, context) ?? ActAuthors.Author(view, phrase, events, context)) is { } author && !subject.Any(s => s.Codes.Contains(author.Code))
                ? author
                : null;
        }

        var code = subject[0].Code;
        if (subject.Count > 1)
        {
            // Only the aid branch reads several donors: the recipient of another party's last aid.
            var donors = subject.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
            bool OtherDonorsAid(EventMention e) => IsAid(e.Cameo) && !donors.Contains(e.Source.Code) && !donors.Contains(e.Target.Code);
            var given = events.FindLast(OtherDonorsAid);
            for (var back = 1; given is null && back <= Math.Min(AidFollowUpSentences, context.EarlierEvents.Count); back++)
            {
                given = context.EarlierEvents[^back].LastOrDefault(OtherDonorsAid);
            }

            return given is null ? null
                : new ActorMention(subject[^1].First, subject[^1].Last, [given.Target.Code], given.Target.Role, MentionKind.Coreference, false, false);
        }

        // "The leaders demanded the release of the journalist": a release is asked of the captor (ReleaseCaptors).
        if (ReleaseCaptors.IsRelease(phrase) && ReleaseCaptors.Captor(subject[0], events, context) is { } captor)
        {
            return captor;
        }

        // "The Kremlin rejected the accusation": a denial answers those who made the charge (DeniedCharges), every party that
        // accused the denier in the nearest sentence telling an accusation, not the last act against it.
        if (DeniedCharges.IsDenial(phrase) && DeniedCharges.Accusers(subject[0], events, context, view.Options.DeniedAccusationSentences) is { } accusers)
        {
            return accusers;
        }

        // "…, a day after Minsk forced a jet to land and arrested a journalist": an act of coercion or force (roots 17-20) told in a
        // clause earlier than its main clause answers no act of that main clause. A cut in ties there ("Lithuania recalled its
        // envoy after China downgraded ties") is most often with the main clause's subject, which the reading below finds.
        var scope = view.Clauses.ScopeOf(trigger.First);
        // Its object is then someone new ("a journalist"); one owned by the main subject ("violated its airspace") is that subject.
        var earlierThanMain = phrase.Cameo.RootNumber >= 17 && scope >= 0 && view.Word(scope) is "after" or "since"
            && trigger.End < view.Tokens.Count && (view.Word(trigger.End) is "a" or "an" || view.Tokens[trigger.End].Kind == TokenKind.Number);
        EventMention? against = earlierThanMain ? null : events.FindLast(e => e.Target.Code == code && e.Source.Code != code);
        if (against is null && context.LastEvent is { } last && last.SentenceEnd <= start && text.AsSpan(last.SentenceEnd, start - last.SentenceEnd).IsWhiteSpace()
            && last.Target.Code == code && last.Source.Code != code)
        {
            against = last;
        }

        if (against is null && IsAid(phrase.Cameo))
        {
            // "Mongolia sent condolences to Japan after the quake. The government said it would give $100,000 for relief": aid
            // pledged with no recipient goes to the party the same actor addressed last, in this sentence or the one before.
            var addressed = events.FindLast(e => e.Source.Code == code && e.Target.Code != code);
            if (addressed is null && context.LastEvent is { } previous && previous.SentenceEnd <= start
                && text.AsSpan(previous.SentenceEnd, start - previous.SentenceEnd).IsWhiteSpace() && previous.Source.Code == code && previous.Target.Code != code)
            {
                addressed = previous;
            }

            // "Japan sent tents to Nepal after the floods. China also pledged $2 million in aid": aid to no one named goes where
            // the last aid given or pledged by another party went, in this sentence or one of the two before (a sentence on how
            // the first donor's aid is made up may stand between).
            bool OthersAid(EventMention e) => IsAid(e.Cameo) && e.Source.Code != code && e.Target.Code != code;
            addressed ??= events.FindLast(OthersAid);
            for (var back = 1; addressed is null && back <= Math.Min(AidFollowUpSentences, context.EarlierEvents.Count); back++)
            {
                addressed = context.EarlierEvents[^back].LastOrDefault(OthersAid);
            }

            if (addressed is not null)
            {
                return new ActorMention(subject[0].First, subject[0].Last, [addressed.Target.Code], addressed.Target.Role, MentionKind.Coreference, false, false);
            }
        }

        if (against is null && phrase.Cameo.RootNumber == 13 && ArmedActsAgainst(code, events, context, view.Options.ThreatenedAttackSentences) is { Count: > 0 } attacks)
        {
            // "U.S. and British warplanes struck targets across Yemen. … A Houthi spokesman vowed that the group would retaliate": a
            // threat with no one named answers whoever last used force against the one threatening (each of them, when several
            // struck together), a few sentences back at most.
            var attackers = attacks.Select(a => a.Source.Code).Distinct(StringComparer.Ordinal).ToList();
            return new ActorMention(subject[0].First, subject[0].Last, attackers, attackers.Count == 1 ? attacks[0].Source.Role : null, MentionKind.Coreference, false, false);
        }

        if (against is null)
        {
            // "Minsk called the verdict absurd" two sentences after the court's: the author of the act the noun names.
            return PreviousActor(view, phrase, context) ?? ActAuthors.Author(view, phrase, events, context)
                ?? (phrase.Cameo.RootNumber == 13 ? PressedParties(subject[0], events, context) : null);
        }

        // "A Moscow court charged four men from Tajikistan. … Rahmon condemned the attack": a reaction to an armed act answers no
        // one whose last act against the subject was no armed act.
        if (against.Cameo.RootNumber is not (18 or 19 or 20) && ActAuthors.NamesArmedAct(view, trigger.End))
        {
            return null;
        }

        return new ActorMention(subject[0].First, subject[0].Last, [against.Source.Code], against.Source.Role, MentionKind.Coreference, false, false);
    }

    /// <summary>
    /// "Russia asked Mongolia to suspend the dams. The ministry warned that it would take the matter to international bodies": a
    /// threat aimed at no one named, after the same party pressed others (an appeal, a demand, a criticism, a rejection, a threat,
    /// a protest, a cut or coercion: roots 02 and 10-17) earlier in its sentence or in the one before, backs that pressure and is
    /// aimed at those it pressed. Null when the threatening party pressed no one there.
    /// </summary>
    private static ActorMention? PressedParties(ActorMention subject, List<EventMention> events, MentionContext context)
    {
        var code = subject.Code;
        bool Pressed(EventMention e) => e.Source.Code == code && e.Target.Code != code && e.Cameo.RootNumber is 2 or (>= 10 and <= 14) or 16 or 17;
        IReadOnlyList<EventMention> from = events;
        var last = events.FindLast(Pressed);
        if (last is null && context.EarlierEvents.Count > 0)
        {
            from = context.EarlierEvents[^1];
            last = from.LastOrDefault(Pressed);
        }

        if (last is null)
        {
            return null;
        }

        // "urged Israel and Hamas to…": each party the one pressing phrase was aimed at.
        var pressed = from.Where(e => e.PhraseStart == last.PhraseStart && e.SentenceStart == last.SentenceStart && Pressed(e)).Select(e => e.Target.Code)
            .Distinct(StringComparer.Ordinal).ToList();
        return new ActorMention(subject.First, subject.Last, pressed, pressed.Count == 1 ? last.Target.Role : null, MentionKind.Coreference, false, false);
    }

    // The armed acts (roots 18-20) by other parties against the state coded in the last sentence that tells any, this one or
    // up to a few before.
    private static List<EventMention> ArmedActsAgainst(string code, List<EventMention> events, MentionContext context, int sentences)
    {
        bool Armed(EventMention e) => e.Cameo.RootNumber is 18 or 19 or 20 && e.Target.Code == code && e.Source.Code != code;
        var attacks = events.Where(Armed).ToList();
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count - 1; attacks.Count == 0 && s >= Math.Max(0, earlier.Count - sentences); s--)
        {
            attacks = earlier[s].Where(Armed).ToList();
        }

        return attacks;
    }

    // Unnamed parties heading the noun phrase at k, within a few words of modifiers and no actor ("international partners",
    // "all donors", "the international community").
    private static bool NamesUnnamedParties(SentenceView view, int k)
    {
        for (var j = k; j < view.Tokens.Count && j < k + UnnamedPartiesReach; j++)
        {
            if (view.MentionAt[j] >= 0 || view.Tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }

            if (s_unnamedParties.Contains(view.Word(j)))
            {
                return true;
            }
        }

        return false;
    }

    private const int UnnamedPartiesReach = 4;

    private static readonly WordSet s_unnamedParties = ClauseView.Words.Lookup("unnamed-party");

    private static bool EndsInPreposition(SentenceView view, Trigger trigger) =>
        trigger.End > trigger.First + 1 && view.Word(trigger.End - 1) is "to" or "on" or "at" or "with" or "against" or "upon";

    // How many sentences back another party's aid lends its recipient to aid told with none.
    private const int AidFollowUpSentences = 2;

    // Aid given (07) or pledged (033, "said it would give"): acts that always have a recipient.
    private static bool IsAid(CameoCode cameo) => cameo.RootNumber == 7 || cameo.Value.StartsWith("033", StringComparison.Ordinal);

    /// <summary>
    /// "Mongolia's foreign minister made the pledge on Tuesday. … China welcomed the remarks": a reaction whose object is a
    /// definite act or statement ("the remarks", "the decision", "this move") with nothing of its own after it answers the
    /// previous sentence's actor (its speaker, else its first state or person), when that actor is another party than the
    /// subject. Null when the object is no such noun or the previous sentence named no other actor.
    /// </summary>
    private static ActorMention? PreviousActor(SentenceView view, CodedPhrase phrase, MentionContext context)
    {
        var k = phrase.Trigger.End;
        if (k >= view.Tokens.Count || !PhraseGrammar.IsDefiniteDeterminer(view.Word(k)))
        {
            return null;
        }

        var noun = -1;
        for (var j = k + 1; j < Math.Min(view.Tokens.Count, k + 4) && view.MentionAt[j] < 0 && view.Tokens[j].Kind == TokenKind.Word; j++)
        {
            if (s_reportedActs.Contains(view.Word(j)))
            {
                noun = j;
                break;
            }
        }

        // "welcomed the decision by Japan", "the remarks of the envoy", "the move to…": the noun names its own author or content.
        if (noun < 0 || (noun + 1 < view.Tokens.Count && view.Word(noun + 1) is "by" or "of" or "from" or "to" or "on" or "that" or "with" or "between"))
        {
            return null;
        }

        var code = phrase.Subject[0].Code;
        var actor = context.PreviousSpeaker is { IsPlace: false, Codes.Count: 1 } speaker && speaker.Codes[0] != code
            ? speaker
            : context.PreviousSentence.FirstOrDefault(m => !m.IsPlace && m.Codes.Count == 1 && m.Kind is MentionKind.Name or MentionKind.Capital or MentionKind.Adjective or MentionKind.Person);
        if (actor is null || actor.Codes[0] == code)
        {
            return null;
        }

        return new ActorMention(noun, noun, [actor.Codes[0]], actor.Role, MentionKind.Coreference, false, false);
    }

    /// <summary>
    /// "The SCO summit opened in Astana. … Modi, who attended the meeting, …", "Merkel also took part in the two-day summit": a
    /// definite gathering ("the summit", "the meeting", "its session") attended or hosted with no organisation after the phrase is
    /// the meeting of the organisation the text named with a gathering last, earlier in this sentence or in one before it. Null
    /// when the phrase is no attendance or hosting of a meeting, names its own organisation, or none was named.
    /// </summary>
    public static ActorMention? Gathering(SentenceView view, CodedPhrase phrase, MentionContext context)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        if (trigger.Entry.IsNoun || trigger.Passive || trigger.Entry.Frame != EventFrame.Attend || phrase.Cameo.RootNumber != 4 || subject.Count == 0)
        {
            return null;
        }

        // The object: a gathering word after "the", "its", "this" or "that", with only modifiers ("two-day", "annual") between.
        var end = Math.Min(view.Tokens.Count, trigger.End + view.Options.RequiredObjectReach);
        var definite = false;
        var noun = -1;
        for (var k = trigger.End; k < end && noun < 0; k++)
        {
            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word)
            {
                if (view.MentionAt[k] >= 0 || view.Word(k) is "," or ";" or "." or ":")
                {
                    return null;
                }

                continue;
            }

            var w = view.Word(k);
            if (s_gatherings.Contains(w))
            {
                noun = k;
            }
            else if (w is "the" or "its" or "this" or "that")
            {
                definite = true;
            }
        }

        if (noun < 0 || !definite)
        {
            return null;
        }

        // An organisation anywhere in the phrase's clause is its own ("attended the summit of the SCO in Astana").
        for (var k = noun + 1; k < phrase.WindowEnd; k++)
        {
            if (view.MentionAt[k] >= 0 && IsOrganisation(view.Found[view.MentionAt[k]]))
            {
                return null;
            }
        }

        var code = GatheringBefore(view, trigger.First) ?? context.LastGathering;
        if (code is null || subject.Any(s => s.Code == code))
        {
            return null;
        }

        return new ActorMention(noun, noun, [code], null, MentionKind.Coreference, false, false);
    }

    /// <summary>
    /// "South Korea, the United States and Japan began sharing missile data. … North Korea denounced the arrangement": a directed
    /// act whose object is a joint act named by a definite noun ("the arrangement", "the drills", "the pact"), with no actor of
    /// its own attached, is aimed at each party of the last joint act told (<see cref="MentionContext.LastJointParties"/>). Empty
    /// otherwise, and when the subject is itself a party.
    /// </summary>
    public static List<ActorMention> JointActParties(SentenceView view, CodedPhrase phrase, MentionContext context, List<EventMention> events)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        // "India and China agreed to resume patrols, and Pakistan welcomed the deal": the joint act may be this sentence's own.
        IReadOnlyList<ActorRef> parties = events.Count > 0 ? JointParties(events) : context.LastJointParties;
        if (parties.Count < 2 || trigger.Entry.IsNoun || trigger.Passive || trigger.Entry.Frame != EventFrame.AgentTheme || subject.Count != 1
            || parties.Any(p => p.Code == subject[0].Code))
        {
            return [];
        }

        // "the arrangement", "the joint drills", "the new pact": a definite noun right after the verb, modifiers between.
        var k = trigger.End;
        if (k >= view.Tokens.Count || view.Word(k) is not "the")
        {
            return [];
        }

        var noun = -1;
        for (var j = k + 1; j < Math.Min(view.Tokens.Count, k + 1 + view.Options.JointActModifierReach) && view.MentionAt[j] < 0 && view.Tokens[j].Kind == TokenKind.Word; j++)
        {
            if (s_jointActs.Contains(view.Word(j)))
            {
                noun = j;
                break;
            }
        }

        // "condemned the deal with Iran", "the pact between A and B", "the drills by Russia": the noun names its own parties.
        if (noun < 0 || (noun + 1 < view.Tokens.Count && view.Word(noun + 1) is "with" or "between" or "by" or "of" or "among"))
        {
            return [];
        }

        return parties.Select(p => new ActorMention(noun, noun, [p.Code], p.Role, MentionKind.Coreference, false, false)).ToList();
    }

    /// <summary>
    /// Remembers the parties of the sentence's last act when it is one joint act of several parties (roots 03–06: agreements,
    /// meetings, exercises, shared information told as every pair), or forgets them when the sentence tells another act.
    /// </summary>
    public static void NoteJointAct(List<EventMention> events, MentionContext context)
    {
        if (events.Count == 0)
        {
            return;
        }

        context.LastJointParties = JointParties(events);
    }

    // The parties of the last act of `events` when it is one joint act of several parties, else none.
    private static List<ActorRef> JointParties(List<EventMention> events)
    {
        var last = events[^1];
        var parties = new List<ActorRef>();
        foreach (var e in events)
        {
            if (e.PhraseStart != last.PhraseStart || !e.Cameo.SameRootAs(last.Cameo))
            {
                continue;
            }

            foreach (var a in (ActorRef[])[e.Source, e.Target])
            {
                if (!parties.Exists(p => p.Code == a.Code))
                {
                    parties.Add(a);
                }
            }
        }

        // A symmetric act (a meeting, an agreement signed, an exercise) is joint as told; a directed one only when more than one
        // party acts ("A and B agreed to…", each to the other), not when one actor aims at several ("A urged B and C").
        var sources = events.Where(e => e.PhraseStart == last.PhraseStart && e.Cameo.SameRootAs(last.Cameo)).Select(e => e.Source.Code).Distinct(StringComparer.Ordinal).Count();
        var joint = last.Cameo.RootNumber is >= 3 and <= 6 && (last.Cameo.IsSymmetric || sources >= 2);
        return joint && parties.Count >= 2 ? parties : [];
    }

    /// <summary>
    /// "After their meeting, Putin, Erdogan and the Iranian president issued…", "After their talks, the two leaders agreed…": a
    /// sentence opening with the meeting of "their" tells that the main clause's parties met, every two of them (040), dated as
    /// the main clause. Empty when the main clause's first phrase is not coded (negated, planned) or names one party.
    /// </summary>
    public static List<EventMention> TheirMeeting(SentenceView view, List<Trigger> triggers, CodedPhrase?[] coded, FuzzyDate?[] dates)
    {
        if (view.Tokens.Count < 5 || view.Word(0) is not ("After" or "Following") || view.Word(1) is not "their")
        {
            return [];
        }

        var noun = 2;
        while (noun < Math.Min(view.Tokens.Count, 2 + view.Options.JointActModifierReach) && !(view.Word(noun) is "talks" || s_gatherings.Contains(view.Word(noun)))
            && view.MentionAt[noun] < 0 && view.Word(noun) is not ",")
        {
            noun++;
        }

        if (noun + 1 >= view.Tokens.Count || !(view.Word(noun) is "talks" || s_gatherings.Contains(view.Word(noun))))
        {
            return [];
        }

        // "After their meeting in Baku on Monday,": where and when pass; a party named there ("their talks with Iran") does not.
        var comma = noun + 1;
        while (comma < Math.Min(view.Tokens.Count, noun + 1 + view.Options.GatheringWordReach) && view.Word(comma) is not ",")
        {
            if (view.MentionAt[comma] >= 0 && !view.Found[view.MentionAt[comma]].IsPlace)
            {
                return [];
            }

            comma++;
        }

        if (comma >= view.Tokens.Count || view.Word(comma) is not ",")
        {
            return [];
        }

        var t = triggers.FindIndex(x => x.First > comma);
        if (t < 0 || coded[t] is not { } main || main.Trigger.Entry.IsNoun)
        {
            return [];
        }

        var subject = main.Subject;
        var pairs = subject.Count == 1 && subject[0].Kind == MentionKind.Coreference && subject[0].Codes.Count == 2
            ? [new ActorPair(subject[0] with { Codes = [subject[0].Codes[0]] }, subject[0] with { Codes = [subject[0].Codes[1]] }, null)]
            : PairFinder.JointPairs(subject, directed: false, view.Options.JointActParties);
        var (tokens, text) = (view.Tokens, view.Text);
        return pairs.Where(p => p.Source.Code != p.Target.Code).Select(p => new EventMention(new ActorRef(p.Source.Code, p.Source.Role), new ActorRef(p.Target.Code, p.Target.Role),
            s_meeting, dates[t], view.Start, view.End, view.SentenceText, tokens[noun].Start, tokens[noun].End, "meet-n-meeting",
            view.Options.DirectConfidence - view.Options.IndirectPenalty, null)).ToList();
    }

    private static readonly CameoCode s_meeting = CameoCode.Parse("040");

    /// <summary>Remembers the organisation whose gathering the sentence names last, for <see cref="Gathering"/> in later sentences.</summary>
    public static void NoteGathering(SentenceView view, MentionContext context)
    {
        if (GatheringBefore(view, view.Tokens.Count) is { } code)
        {
            context.LastGathering = code;
        }
    }

    // The organisation of the last gathering named before token `end`: "the SCO summit", "the 11th Asia-Europe Meeting summit",
    // "NATO leaders gathered … for a two-day summit" (the gathering word a few words after the organisation, no actor between),
    // or "a summit of the Organization of Turkic States" (the organisation right after "of").
    internal static string? GatheringBefore(SentenceView view, int end)
    {
        string? last = null;
        for (var k = 0; k < end; k++)
        {
            if (view.MentionAt[k] < 0)
            {
                continue;
            }

            var m = view.Found[view.MentionAt[k]];
            k = m.Last;
            if (!IsOrganisation(m))
            {
                continue;
            }

            var reach = Math.Min(end, m.Last + 1 + view.Options.GatheringWordReach);
            for (var j = m.Last + 1; j < reach && view.MentionAt[j] < 0 && view.Word(j) is not ("." or ";"); j++)
            {
                if (s_gatherings.Contains(view.Word(j)))
                {
                    last = m.Code;
                    break;
                }
            }

            var of = m.First - 1;
            if (of >= 0 && view.Word(of) is "the")
            {
                of--;
            }

            if (of >= 1 && view.Word(of) is "of" && s_gatherings.Contains(view.Word(of - 1)))
            {
                last = m.Code;
            }
        }

        return last;
    }

    private static bool IsOrganisation(ActorMention m) =>
        !m.IsPlace && !m.IsWeak && m.Kind != MentionKind.Coreference && m.Codes.Count == 1 && ReferenceData.Default.FindOrganisation(m.Code) is not null;

    private static readonly WordSet s_gatherings = PhraseGrammar.Words.Lookup("gathering");
    private static readonly WordSet s_jointActs = PhraseGrammar.Words.Lookup("joint-act");
    private static readonly WordSet s_reportedActs = MentionFinder.Words.Lookup("reported-act");

    /// <summary>
    /// "He was followed by President Tokayev of Kazakhstan in October 2024, President Berdimuhamedov of Turkmenistan
    /// in June 2025…", "followed by Sweden in March 2024": each follower repeats the last event, with its own date.
    /// </summary>
    /// <remarks>
    /// With <paramref name="sameSentence"/>, the act was told earlier in the same sentence: only ", followed by X" after that act
    /// counts, with X right after "by" ("…, followed by talks with Xi" names no follower).
    /// </remarks>
    public static IEnumerable<EventMention> Followers(SentenceView view, EventMention last, bool sameSentence = false)
    {
        var (text, tokens, found, times, timeAt) = (view.Text, view.Tokens, view.Found, view.Times, view.TimeAt);
        var (start, end) = (view.Start, view.End);
        var by = -1;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].In(text) is "by" && tokens[k - 1].In(text) is "followed"
                && (!sameSentence || (k >= 2 && tokens[k - 2].In(text) is "," && tokens[k - 1].Start >= last.PhraseEnd)))
            {
                by = k;
                break;
            }
        }

        var first = by + 1 < tokens.Count && view.Word(by + 1) is "the" ? by + 2 : by + 1;
        if (by < 0 || (sameSentence && (first >= tokens.Count || view.MentionAt[first] < 0)))
        {
            yield break;
        }

        // Cut only here: most sentences have no "followed by", and this runs on every sentence with no event.
        var sentence = text[start..end];
        var followers = found.Where(m => m.First > by && !m.IsPlace && !m.IsWeak && m.Code != last.Target.Code && !(sameSentence && m.Code == last.Source.Code)).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f < followers.Count; f++)
        {
            var m = followers[f];
            // "President X of Kazakhstan" names one follower twice.
            if (!seen.Add(m.Code))
            {
                continue;
            }

            var next = followers.Skip(f + 1).FirstOrDefault(o => o.Code != m.Code)?.First ?? tokens.Count;
            FuzzyDate? date = null;
            for (var k = m.Last + 1; k < next && date is null; k++)
            {
                if (timeAt[k] >= 0)
                {
                    date = times[timeAt[k]].Value;
                }
            }

            yield return last with
            {
                Source = new ActorRef(m.Code, m.Role ?? last.Source.Role),
                Date = date,
                SentenceStart = start,
                SentenceEnd = end,
                Sentence = sentence,
                PhraseStart = tokens[by - 1].Start,
                PhraseEnd = tokens[by].End,
                Confidence = last.Confidence - view.Options.IndirectPenalty,
            };
        }
    }

    /// <summary>
    /// "Azerbaijan expelled two French diplomats on Tuesday. Paris responded in kind the next day.": a reply in kind repeats
    /// the last act, from the one it was aimed at back to the one who did it. Only right after that act's sentence.
    /// </summary>
    public static EventMention? InKind(SentenceView view, EventMention last)
    {
        var (text, tokens, found, mentionAt, times, timeAt) = (view.Text, view.Tokens, view.Found, view.MentionAt, view.Times, view.TimeAt);
        var (start, end) = (view.Start, view.End);
        if (last.SentenceEnd > start || !text.AsSpan(last.SentenceEnd, start - last.SentenceEnd).IsWhiteSpace())
        {
            return null;
        }

        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            var reply = PhraseGrammar.IsReply(tokens[k - 1].In(text)) && tokens[k].In(text) is "in" && tokens[k + 1].In(text) is "kind";
            if (!reply)
            {
                continue;
            }

            // The subject right before the verb, and it must be the one the last act was aimed at.
            var s = k - 2;
            if (s < 0 || mentionAt[s] < 0 || found[mentionAt[s]] is not { IsPlace: false } subject || subject.Code != last.Target.Code || subject.Code == last.Source.Code)
            {
                return null;
            }

            FuzzyDate? date = null;
            for (var j = 0; j < tokens.Count && date is null; j++)
            {
                if (timeAt[j] >= 0)
                {
                    date = times[timeAt[j]].Value;
                }
            }

            if (date is null && last.Date is { Precision: DatePrecision.Day } day)
            {
                foreach (var (_, _, offset) in TemporalTagger.DayReferences(text, start, end))
                {
                    date = day.Earliest.DayNumber + offset <= DateOnly.MaxValue.DayNumber ? FuzzyDate.OfDay(day.Earliest.AddDays(offset)) : null;
                    break;
                }
            }

            return last with
            {
                Source = new ActorRef(subject.Code, subject.Role),
                Target = new ActorRef(last.Source.Code, null),
                Date = date ?? last.Date,
                SentenceStart = start,
                SentenceEnd = end,
                Sentence = text[start..end],
                PhraseStart = tokens[k - 1].Start,
                PhraseEnd = tokens[k + 1].End,
                Confidence = last.Confidence - view.Options.IndirectPenalty,
                Location = null,
            };
        }

        return null;
    }
}
