using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Gatherings and joint acts told across sentences: "the summit" standing for the organisation's meeting named before, "the
/// two sides" and "denounced the arrangement" aimed at the parties of a joint act told before, and the meeting of those who
/// attended one gathering.
/// </summary>
internal static partial class CrossSentenceLinks
{
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
}
