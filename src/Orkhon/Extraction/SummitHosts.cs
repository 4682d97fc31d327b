using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "A and B held talks at a summit in Paris hosted by Macron and attended by Merkel": a meeting noun with a reduced passive
/// "hosted by" names the host, whose 043 goes to each party of the meeting the sentence told before it and to each guest named
/// after "attended by" (the corpus convention for summits without an organisation code). The same holds for ", hosted by C"
/// right after the clause that told the meeting ("A and B met at a palace in Riyadh, hosted by C").
/// </summary>
internal static class SummitHosts
{
    // Words between the meeting noun and "hosted": its place ("a summit in Paris hosted by…").
    private const int NounReach = 4;

    /// <summary>The host's pairs, or none when the phrase is no "hosted by" on a meeting the same sentence reported.</summary>
    public static List<ActorPair> Pairs(SentenceView view, CodedPhrase phrase, List<EventMention> events, string? lastGathering = null, IReadOnlyList<string>? lastJointParties = null)
    {
        var trigger = phrase.Trigger;
        var by = trigger.End;
        if (!trigger.Passive || trigger.Entry.IsNoun || phrase.Cameo.Value is not "043" || by + 1 >= view.Tokens.Count || view.Word(by) is not "by"
            || !AfterMeetingNoun(view, trigger.First))
        {
            return [];
        }

        var hostAt = view.Word(by + 1) is "the" ? by + 2 : by + 1;
        if (hostAt >= view.Tokens.Count || view.MentionAt[hostAt] < 0 || view.Found[view.MentionAt[hostAt]] is not { IsPlace: false, IsWeak: false } host)
        {
            return [];
        }

        // The parties of a meeting, or of a signing or joint project whose ceremony it was, coded earlier in this sentence, as the
        // sentence names them before the noun.
        var parties = events.Where(e => e.SentenceStart == view.Start && e.Cameo.RootNumber is >= 4 and <= 6 && e.PhraseEnd <= view.Tokens[trigger.First].Start)
            .SelectMany(e => new[] { e.Source.Code, e.Target.Code }).ToHashSet(StringComparer.Ordinal);
        var pairs = new List<ActorPair>();
        foreach (var code in parties.Where(c => c != host.Code))
        {
            if (view.Found.LastOrDefault(m => m.Code == code && m.Last < trigger.First && !m.IsPlace && !m.IsWeak) is { } party)
            {
                pairs.Add(new ActorPair(host, party, null));
            }
        }

        // "Leaders of the BRICS gathered … for a three-day summit hosted by South Africa": with no parties told, the host hosts the
        // organisation whose summit it is, named before in the sentence or, for "the summit", in the sentences before.
        if (pairs.Count == 0 && Organisation(view, trigger.First, lastGathering) is { } organisation && organisation != host.Code)
        {
            pairs.Add(new ActorPair(host, new ActorMention(trigger.First, trigger.First, [organisation], null, MentionKind.Coreference, false, false), null));
        }

        // "The presidents of A, B and C signed a convention on Sunday. The leaders signed the document at a summit hosted by D": a
        // sentence whose subject only refers back to the leaders hosts the parties of the joint act the sentence before told.
        if (pairs.Count == 0 && OpensOnTheLeaders(view) && lastJointParties is { Count: >= 2 })
        {
            var codes = lastJointParties.Where(c => c != host.Code).Distinct(StringComparer.Ordinal).ToList();
            if (codes.Count >= 2)
            {
                pairs.AddRange(codes.Select(c => new ActorPair(host, new ActorMention(trigger.First, trigger.First, [c], null, MentionKind.Coreference, false, false), null)));
            }
        }

        if (pairs.Count == 0)
        {
            return pairs;
        }

        // "… and attended by Merkel (and Rutte)": the guests named after the host.
        for (var k = host.Last + 1; k + 2 < view.Tokens.Count; k++)
        {
            if (view.Word(k) is "," or ";")
            {
                break;
            }

            if (view.Word(k) is "attended" && view.Word(k + 1) is "by")
            {
                var guest = view.MentionAt[k + 2] >= 0 ? view.Found[view.MentionAt[k + 2]] : null;
                while (guest is { IsPlace: false, IsWeak: false } && guest.Code != host.Code)
                {
                    pairs.Add(new ActorPair(host, guest, null));
                    guest = SubjectFinder.NextCoordinated(view, guest.Last);
                }

                break;
            }
        }

        return pairs;
    }

    // The organisation whose summit the noun before the participle is: the last one the sentence names before it, else, when
    // the noun is definite ("the summit hosted by"), the one whose gathering the sentences before named.
    private static string? Organisation(SentenceView view, int participle, string? lastGathering)
    {
        var noun = participle - 1;
        while (noun >= 0 && !GatheringSpans.IsGathering(view.Word(noun)) && noun >= participle - NounReach)
        {
            noun--;
        }

        if (noun < 0 || !GatheringSpans.IsGathering(view.Word(noun)))
        {
            return null;
        }

        if (view.Found.LastOrDefault(m => m.Last < noun && !m.IsPlace && !m.IsWeak && m.Codes.Count == 1
            && m.Kind != MentionKind.Coreference && ReferenceData.Default.FindOrganisation(m.Code) is not null) is { } named)
        {
            return named.Code;
        }

        var article = noun - 1;
        while (article >= 0 && article >= noun - NounReach && !Determiners.IsArticle(view.Word(article)))
        {
            article--;
        }

        return article >= 0 && view.Word(article) is "the" ? lastGathering : null;
    }

    /// <summary>
    /// "offered grants to Kazakhstan, Kyrgyzstan and Uzbekistan as he hosted their leaders at the summit": a host whose guests
    /// are "their leaders" hosts each state of the list named just before; none when no such list stands before.
    /// </summary>
    public static List<ActorPair> TheirLeaders(SentenceView view, CodedPhrase phrase)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        if (trigger.Passive || trigger.Entry.IsNoun || phrase.Cameo.Value is not "043" || subject.Count != 1 || trigger.End + 1 >= view.Tokens.Count
            || view.Word(trigger.End) is not "their" || !s_hostedLeaders.Contains(view.Word(trigger.End + 1)))
        {
            return [];
        }

        // Back over the host's own mention and the words that open its clause ("… and Uzbekistan as he hosted").
        // A time phrase between them counts for nothing ("… and Vietnam on 4 April as Japan hosted").
        var k = trigger.First - 1;
        var words = 0;
        while (k >= 0 && words <= ListReach && view.Word(k) is not (";" or "."))
        {
            if (view.MentionOf(k) is { } m)
            {
                if (m.Code != subject[0].Code)
                {
                    break;
                }

                k = m.First - 1;
                words++;
                continue;
            }

            words += view.Blocked[k] || view.Word(k) is "on" or "," ? 0 : 1;
            k--;
        }

        if (k < 0 || view.MentionOf(k) is null)
        {
            return [];
        }

        var guests = SummitAttendance.ListBefore(view, k, statesAsPlaces: true);
        return guests.Count < 2 ? [] : [.. guests.Where(g => g.Code != subject[0].Code).DistinctBy(g => g.Code).Select(g => new ActorPair(subject[0], g with { IsPlace = false }, null))];
    }

    // "The leaders signed…", "The presidents met…", "They signed…": a subject that refers back to the parties named before.
    private static bool OpensOnTheLeaders(SentenceView view) =>
        view.Tokens.Count > 2 && view.MentionAt[0] < 0 && view.MentionAt[1] < 0
        && ((view.Word(0) is "They") || (view.Word(0) is "The" && s_leadersSubjects.Contains(view.Word(1))));

    // phrase-words.tsv, hosted-leaders and leaders-subject.
    private static readonly WordSet s_hostedLeaders = PhraseGrammar.Words.Lookup("hosted-leaders");
    private static readonly WordSet s_leadersSubjects = PhraseGrammar.Words.Lookup("leaders-subject");

    // Words between a list and the host's phrase after it ("Uzbekistan as he hosted").
    private const int ListReach = 4;

    // "summit", "talks", "ceremony": phrase-words.tsv, meeting-noun.
    private static readonly WordSet s_meetingNouns = PhraseGrammar.Words.Lookup("meeting-noun");

    private static bool AfterMeetingNoun(SentenceView view, int participle)
    {
        for (var k = participle - 1; k >= 0 && k >= participle - NounReach; k--)
        {
            if (s_meetingNouns.Contains(view.Word(k)))
            {
                return true;
            }

            // "A and B met for two hours at a palace, hosted by C": a participle right after the comma closing the meeting's
            // clause hosts that meeting (the caller still requires a meeting coded before it in the sentence).
            if (view.Word(k) is "," or ";")
            {
                return k == participle - 1 && view.Word(k) is ",";
            }
        }

        return false;
    }
}
