using Orkhon.Domain;
using Orkhon.Text;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Kyiv said Moscow was behind the attack", "Baku said Yerevan was to blame for the clashes", "Israel said Hamas bore full
/// responsibility for the incursion": a speaker who says another party did a hostile act, or is to blame for one, accuses it
/// (112). The accused is the first actor of the reported clause, right after the verb of saying (or its "that"), and the blame
/// follows it within a few words with no negation between; the speaker is that verb's subject; the two must be different
/// parties; a participle of saying after a comma ("expelled 23 diplomats, saying Moscow was culpable for the attack") is the
/// main subject's. "Behind", "responsible" ("culpable") and "responsibility" blame only for an armed or hostile act named right after them ("behind
/// the attack", not "behind schedule" or "responsible for security"); "to blame" needs no noun. Nothing when the sentence
/// already codes an accusation (112) between them; a protest or summons (114) says something else.
/// </summary>
internal static class ReportedBlame
{
    private static readonly CameoCode s_accuse = CameoCode.Parse("112");

    private static readonly WordSet s_blameCopulas = PhraseGrammar.Words.Lookup("blame-copula");
    private static readonly WordSet s_blameAdverbs = PhraseGrammar.Words.Lookup("blame-adverb");
    private static readonly WordSet s_blameAdjectives = PhraseGrammar.Words.Lookup("blame-adjective");
    private static readonly WordSet s_responsibilityBearers = PhraseGrammar.Words.Lookup("responsibility-bearer");
    private static readonly WordSet s_actDeterminers = PhraseGrammar.Words.Lookup("act-determiner");
    private static readonly WordSet s_blameNegations = PhraseGrammar.Words.Lookup("blame-negation");
    private static readonly WordSet s_reportFillers = PhraseGrammar.Words.Lookup("report-filler");

    // Words between the accused and the blame ("Moscow had also been behind": 3).
    private const int BlameReach = 3;

    /// <summary>The accusations the sentence makes this way, after its own events were coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events, FuzzyDate? sentenceDate)
    {
        // Every event this stage makes has an actor mention of the sentence for a party: a sentence with none (most) is not scanned.
        if (view.Found.Count < 2)
        {
            return [];
        }

        // The sentence's first verb of saying and its speaker, found once: a blame after it reports that speaker's words. A
        // participle of saying after a comma reports the main subject's ("announced the expulsions, saying Moscow was culpable…").
        var tokens = view.Tokens;
        var result = new List<EventMention>();
        foreach (var report in (ReadOnlySpan<(int Verb, ActorMention Speaker)?>)[ReportingSpeakers.First(view, tokens.Count), ParticipialSpeaker(view)])
        {
            if (report is var (verb, speaker))
            {
                AddBlames(view, events, sentenceDate, verb, speaker, result);
            }
        }

        return result;
    }

    private static void AddBlames(SentenceView view, List<EventMention> events, FuzzyDate? sentenceDate, int verb, ActorMention speaker, List<EventMention> result)
    {
        var tokens = view.Tokens;
        for (var k = Math.Max(2, verb + 1); k + 2 < tokens.Count; k++)
        {
            var end = BlameEnd(view, k);
            if (end < 0)
            {
                continue;
            }

            if (ReportingSpeakers.ReportedSubject(view, verb, k, s_reportFillers) is not { } accused
                || accused.Code == speaker.Code || k - accused.Last - 1 > BlameReach || Negated(view, accused.Last + 1, k)
                || events.Exists(e => e.Cameo.Value.StartsWith("112", StringComparison.Ordinal) && e.Source.Code == speaker.Code && e.Target.Code == accused.Code)
                || result.Exists(e => e.Source.Code == speaker.Code && e.Target.Code == accused.Code))
            {
                continue;
            }

            result.Add(new EventMention(new ActorRef(speaker.Code, speaker.Role), new ActorRef(accused.Code, accused.Role), s_accuse, sentenceDate,
                view.Start, view.End, view.SentenceText, tokens[k].Start, tokens[end].End, "accuse-reported-blame",
                view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
        }
    }

    // "Britain expelled 23 diplomats, saying Moscow was culpable for the attack": a participle of saying after a comma, spoken by
    // the main clause's subject.
    private static (int Verb, ActorMention Speaker)? ParticipialSpeaker(SentenceView view)
    {
        for (var r = 2; r < view.Tokens.Count; r++)
        {
            if (view.Word(r) is "saying" && Clauses.ParticipialClauses.IsAdjunct(view, r))
            {
                return Clauses.ParticipialClauses.Subject(view, r, null) is [{ IsPlace: false, IsWeak: false, Codes.Count: 1 } speaker] ? (r, speaker) : null;
            }
        }

        return null;
    }

    // The last token of a blame starting at k ("behind the attack", "to blame", "responsible for the strikes", "responsibility for
    // the incursion"), or -1.
    private static int BlameEnd(SentenceView view, int k)
    {
        var word = view.Word(k);
        if (word is "to" && view.Word(k + 1) is "blame" && s_blameCopulas.Contains(view.Word(k - 1)))
        {
            return k + 1;
        }

        if (word is "behind" && s_blameCopulas.Contains(view.Word(k - 1)))
        {
            return HostileActAfter(view, k + 1);
        }

        if (s_blameAdjectives.Contains(word) && (s_blameCopulas.Contains(view.Word(k - 1)) || s_blameAdverbs.Contains(view.Word(k - 1)))
            && view.Word(k + 1) is "for")
        {
            return HostileActAfter(view, k + 2);
        }

        return word is "responsibility" && view.Word(k + 1) is "for" && s_responsibilityBearers.Contains(view.Word(k - 1))
            ? HostileActAfter(view, k + 2)
            : -1;
    }

    // The armed or hostile act noun after a determiner at k ("the attack", "this provocation"), or -1.
    private static int HostileActAfter(SentenceView view, int k)
    {
        if (k >= view.Tokens.Count || !s_actDeterminers.Contains(view.Word(k)))
        {
            return -1;
        }

        return PhraseGrammar.NounAfterDeterminer(view, k, static w => ActAuthors.IsArmedActNoun(w) || ActAuthors.IsHostileActNoun(w));
    }

    // Whether a negation stands between the accused and the blame ("was not behind", "had never been responsible").
    private static bool Negated(SentenceView view, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (s_blameNegations.Contains(view.Word(j)))
            {
                return true;
            }
        }

        return false;
    }
}
