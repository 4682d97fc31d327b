using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Kyiv said Moscow was behind the attack", "Baku said Yerevan was to blame for the clashes", "Israel said Hamas bore full
/// responsibility for the incursion": a speaker who says another party did a hostile act, or is to blame for one, accuses it
/// (112). The accused is the first actor of the reported clause, right after the verb of saying (or its "that"), and the blame
/// follows it within a few words with no negation between; the speaker is that verb's subject; the two must be different
/// parties. "Behind", "responsible" and "responsibility" blame only for an armed or hostile act named right after them ("behind
/// the attack", not "behind schedule" or "responsible for security"); "to blame" needs no noun. Nothing when the sentence
/// already codes an accusation between them.
/// </summary>
internal static class ReportedBlame
{
    private static readonly CameoCode s_accuse = CameoCode.Parse("112");

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

        var result = new List<EventMention>();
        var tokens = view.Tokens;
        for (var k = 2; k + 2 < tokens.Count; k++)
        {
            var end = BlameEnd(view, k);
            if (end < 0 || ReportingSpeakers.First(view, k) is not var (verb, speaker))
            {
                continue;
            }

            var p = verb + 1;
            while (p < k && view.MentionAt[p] < 0 && (view.TimeAt[p] >= 0 || view.Word(p) is "that" or "on" or "in"))
            {
                p++;
            }

            if (p >= k || view.MentionAt[p] < 0 || view.Found[view.MentionAt[p]] is not { IsPlace: false } accused || accused.Codes.Count != 1
                || accused.Code == speaker.Code || k - accused.Last - 1 > BlameReach || Negated(view, accused.Last + 1, k)
                || Accuses(events, speaker.Code, accused.Code))
            {
                continue;
            }

            result.Add(new EventMention(new ActorRef(speaker.Code, speaker.Role), new ActorRef(accused.Code, accused.Role), s_accuse, sentenceDate,
                view.Start, view.End, view.SentenceText, tokens[k].Start, tokens[end].End, "accuse-reported-blame",
                view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
        }

        return result;
    }

    // The last token of a blame starting at k ("behind the attack", "to blame", "responsible for the strikes", "responsibility for
    // the incursion"), or -1.
    private static int BlameEnd(SentenceView view, int k)
    {
        var word = view.Word(k);
        if (word is "to" && view.Word(k + 1) is "blame" && view.Word(k - 1) is "was" or "were" or "is" or "are" or "been" or "be")
        {
            return k + 1;
        }

        if (word is "behind" && view.Word(k - 1) is "was" or "were" or "is" or "are" or "been" or "be")
        {
            return HostileActAfter(view, k + 1);
        }

        if (word is "responsible" && view.Word(k - 1) is "was" or "were" or "is" or "are" or "been" or "be" or "directly" or "fully"
            && view.Word(k + 1) is "for")
        {
            return HostileActAfter(view, k + 2);
        }

        return word is "responsibility" && view.Word(k + 1) is "for" && view.Word(k - 1) is "bore" or "bears" or "bear" or "full" or "sole"
            ? HostileActAfter(view, k + 2)
            : -1;
    }

    // The armed or hostile act noun after a determiner at k ("the attack", "this provocation"), or -1.
    private static int HostileActAfter(SentenceView view, int k)
    {
        if (k >= view.Tokens.Count || view.Word(k) is not ("the" or "this" or "that" or "these" or "those" or "a" or "an"))
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
            if (view.Word(j) is "not" or "never" or "n't")
            {
                return true;
            }
        }

        return false;
    }

    // Whether the sentence already codes an accusation (11) from source to target. A loop, not a lambda: see PriceThreats.
    private static bool Accuses(List<EventMention> events, string source, string target)
    {
        foreach (var e in events)
        {
            if (e.Cameo.RootNumber == 11 && e.Source.Code == source && e.Target.Code == target)
            {
                return true;
            }
        }

        return false;
    }
}
