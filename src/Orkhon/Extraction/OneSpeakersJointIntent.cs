using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// A joint intent told by one of its parties: "Rahmon said the two countries would work together on water", "the Russian
/// commander said the two navies would patrol together". A joint intent is each party's to the other ("A and B agreed
/// to …"), but here only the speaker's side has stated it; the other party's intent is the speaker's report of it, so
/// only the speaker's intent towards the others is coded. Speakers named together ("A and B said their countries would …")
/// each state it, and keep both directions.
/// </summary>
internal static class OneSpeakersJointIntent
{
    // How many words (an owner's unit: "Russia's Pacific Fleet") may stand between the speaker's name and the reporting verb.
    private const int SpeakerToVerb = 4;

    /// <summary>The pairs of <paramref name="phrase"/> kept: the speaker's own when one party told a future joint intent of a group; else all.</summary>
    public static List<ActorPair> Keep(SentenceView view, CodedPhrase phrase, List<ActorPair> pairs)
    {
        if (phrase.Cameo.RootNumber != 3 || pairs.Count < 2 || phrase.Subject.Count == 0
            || !phrase.Subject.All(m => m.Kind == MentionKind.Coreference))
        {
            return pairs;
        }

        var parties = phrase.Subject.SelectMany(m => m.Codes).Distinct().ToList();
        if (parties.Count < 2 || SpeakerBefore(view, phrase.Subject[0].First) is not var (speaker, verb)
            || !parties.Contains(speaker.Code) || !FutureBetween(view, verb + 1, phrase.Trigger.First))
        {
            return pairs;
        }

        var own = pairs.FindAll(p => p.Source.Code == speaker.Code);
        return own.Count > 0 ? own : pairs;
    }

    // The one actor that reports the clause the subject opens: a mention, then at most a few words of its own unit, then a
    // reporting verb, with the subject right after the verb (or after "that"). Null when speakers are named together.
    private static (ActorMention Speaker, int Verb)? SpeakerBefore(SentenceView view, int subjectFirst)
    {
        // "said on Tuesday that the two …": the reporting verb's time phrase may stand before the clause.
        var verb = subjectFirst - 1;
        while (verb >= 0 && (view.Blocked[verb] || view.Word(verb) is "that"))
        {
            verb--;
        }

        if (verb < 1 || !ClauseView.IsReportingWord(view.Word(verb)))
        {
            return null;
        }

        for (var k = verb - 1; k >= 0 && k >= verb - 1 - SpeakerToVerb; k--)
        {
            if (view.MentionAt[k] < 0)
            {
                var w = view.Word(k);
                if (w.Length == 0 || !(char.IsUpper(w[0]) || w is "'s"))
                {
                    return null;
                }

                continue;
            }

            var m = view.Found[view.MentionAt[k]];
            if (m.IsPlace || m.IsWeak || m.Codes.Count != 1)
            {
                return null;
            }

            // "Harris and Oyun-Erdene said their countries would …": two speakers, each stating it.
            var before = m.First - 1;
            if (before > 0 && view.Word(before) is "and" or "," && view.MentionAt[before - 1] >= 0)
            {
                return null;
            }

            return (m, verb);
        }

        return null;
    }

    private static bool FutureBetween(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Word(k) is "would" or "will" or "'ll" || ModalityCues.PlanLookup.Contains(view.Word(k)))
            {
                return true;
            }
        }

        return false;
    }
}
