using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;
using static Orkhon.Extraction.PhraseGrammar;

namespace Orkhon.Extraction;

// The objects of a phrase: who it is aimed at, after the trigger up to the window's end.
internal sealed partial class PairFinder
{
    // How many words a characterised object may take ("the latest round of sanctions as": 4).
    private const int CharacterisedObjectReach = 5;

    private static readonly WordSet s_compass = ClauseView.Words.Lookup("compass");

    private static List<ActorMention> Objects(SentenceView view, Trigger trigger, int windowEnd, IReadOnlyList<ActorMention> subject)
    {
        var start = ObjectStart(view, trigger, windowEnd);
        // "warned its citizens against all travel to Iran", "urged its nationals to leave Lebanon": a statement addressed to the
        // actor's own people has no foreign addressee; the place named later is where they are told to go or leave.
        if (AddressesOwnPeople(view, trigger, start))
        {
            return [];
        }

        windowEnd = ObjectWindowEnd(view, trigger, start, windowEnd);
        if (ObjectCandidates(view, start, windowEnd, subject, out var ownEmbeddedSubject) is not { } candidates)
        {
            return [];
        }

        RemoveNonParties(view, trigger, candidates, start, subject);

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

        var head = ObjectHead(view, trigger, candidates, start);
        // "…have pledged $3 billion of the package, and China's central bank agreed…": after a comma and a conjunction, an actor
        // right before the next phrase opens the next clause as its subject; it is never this phrase's object.
        if (head is null || (windowEnd < view.Tokens.Count && windowEnd - head.Last <= view.Options.SecondPhraseSubjectReach && ClauseClosedBefore(view, start, head.First)))
        {
            return [];
        }

        return CoordinatedObjects(view, trigger.Entry.Frame, head, candidates);
    }

    // Where the objects start: after the trigger, or past the agent of a noun's "by" or "of" ("visit by X to Y").
    private static int ObjectStart(SentenceView view, Trigger trigger, int windowEnd)
    {
        var (text, tokens) = (view.Text, view.Tokens);
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

        return start;
    }

    // Where the objects end: before a characterisation after "as" or the content of a charge.
    private static int ObjectWindowEnd(SentenceView view, Trigger trigger, int start, int windowEnd)
    {
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

        // "refused on Tuesday to sign into law a bill on repaying British and Dutch savers", "vetoed a bill granting tax breaks to
        // Argentine importers": refusing a law is a state's act on its own statute book, so the parties the law's description
        // names are its topic, not the ones refused; a party named before the law ("rejected Russia's new law") stays.
        if (view.Options.Runs(ExtractionGuards.DomesticLaws) && !trigger.Entry.IsNoun && trigger.Entry.Cameo.RootNumber == 12
            && LawNounAt(view, start, windowEnd) is var law and >= 0)
        {
            windowEnd = law;
        }

        return windowEnd;
    }

    // The first law noun in the window that names a law of no party: right after the phrase, or after "a", "an" or "into" ("sign
    // into law"); -1 when none does.
    private static int LawNounAt(SentenceView view, int start, int windowEnd)
    {
        for (var k = start; k < windowEnd; k++)
        {
            if (s_lawNouns.Contains(view.Word(k)) && (k == start || view.Word(k - 1) is "a" or "an" or "into"))
            {
                return k;
            }
        }

        return -1;
    }

    private static readonly WordSet s_lawNouns = PhraseGrammar.Words.Lookup("law-noun");
    private static readonly WordSet s_originParticiples = PhraseGrammar.Words.Lookup("origin-participle");

    // "killed a rebel commander trained in Venezuela", "jailed a journalist born in Iran": the place after a participle of origin
    // describes the person acted on; the act is not aimed at it.
    private static bool IsOrigin(SentenceView view, ActorMention candidate)
    {
        var j = SkipBack(view, candidate.First - 1);
        return j >= 1 && view.Word(j) is "in" or "from" && s_originParticiples.Contains(view.Word(j - 1));
    }

    // The actors in the window that may be acted on, in order; null when the act is aimed at an "it" no party stands for.
    // ownEmbeddedSubject is where the speaker, named again, opens an embedded clause (-1 when it does not).
    private static List<ActorMention>? ObjectCandidates(SentenceView view, int start, int windowEnd, IReadOnlyList<ActorMention> subject, out int ownEmbeddedSubject)
    {
        var (text, tokens, found, mentionAt) = (view.Text, view.Tokens, view.Found, view.MentionAt);
        var candidates = new List<ActorMention>();
        ownEmbeddedSubject = -1;
        for (var k = start; k < windowEnd; k++)
        {
            if (mentionAt[k] < 0)
            {
                // "accused it of helping Russia" with no party found for "it": the party acted on is "it", unknown; the
                // parties named in what it is accused of are not acted on.
                if (k == start && ItReferences.IsPartyObject(text, tokens, k))
                {
                    return null;
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

        return candidates;
    }

    // Drops the candidates that are no party to the act: onlookers, an absolute clause's subject, companions, venues.
    private static void RemoveNonParties(SentenceView view, Trigger trigger, List<ActorMention> candidates, int start, IReadOnlyList<ActorMention> subject)
    {
        var frame = trigger.Entry.Frame;
        // "signed the deal, with Borrell looking on": a party that only watched is no party to the act, in any frame.
        if (view.Options.Runs(ExtractionGuards.Onlookers))
        {
            candidates.RemoveAll(c => Onlookers.IsOnlooker(view, c, trigger.Entry.Cameo));
        }

        // "India and Pakistan agreed to a ceasefire, with Trump announcing it": when the pair is named, the subject of an
        // absolute clause after it is no third partner.
        var companions = view.Options.Runs(ExtractionGuards.CompanionsAndVenues);
        if (companions && frame == EventFrame.Symmetric && subject.Count >= 2)
        {
            candidates.RemoveAll(c => AbsoluteWithClauses.IsClauseSubject(view, c));
        }

        if (view.Options.Runs(ExtractionGuards.OriginPlaces))
        {
            candidates.RemoveAll(c => IsOrigin(view, c));
        }

        // "held drills near its border with China": a state beside a border or a sea is where a joint act was done, not a
        // partner in it; a fight's neighbour over the border may be its foe.
        if (view.Options.Runs(ExtractionGuards.FrontierLandmarks) && frame == EventFrame.Symmetric && trigger.Entry.Cameo.RootNumber != 19)
        {
            candidates.RemoveAll(c => FrontierLandmarks.IsBesideLandmark(view, c));
        }

        // "sent its troops into Manchuria alongside the Soviet army": a companion of the subject is not acted on.
        if (companions && frame != EventFrame.Symmetric)
        {
            candidates.RemoveAll(c => Companions.IsCompanion(view, c.First, start));
        }
        else if (companions)
        {
            // "held talks in the Mongolian capital": the venue's state is no partner of a meeting.
            candidates.RemoveAll(c => VenueAdjectives.IsVenue(view, c));
        }
    }

    // The first object by the frame's own reading: a partner after "with", a visit's destination, a host, a non-place.
    private static ActorMention? ObjectHead(SentenceView view, Trigger trigger, List<ActorMention> candidates, int start)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        var frame = trigger.Entry.Frame;
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
        return head;
    }

    // The head and the candidates coordinated after it ("A and B", "A, B and C", "A as well as B").
    private static List<ActorMention> CoordinatedObjects(SentenceView view, EventFrame frame, ActorMention head, List<ActorMention> candidates)
    {
        var (text, tokens, blocked) = (view.Text, view.Tokens, view.Blocked);
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
}
