using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "China imposed fees on Kazakh lorries. Astana said the move violated a bilateral agreement.": a party that says an earlier
/// act broke a rule ("the move violated…", "the sanctions breached…", "the decision contravened…") criticises (111) whoever did
/// it. The speaker is the actor right before the reporting verb; the act's author is whoever last acted against the speaker,
/// in this sentence or the one before, else the author of the last act of the noun's kind (<see cref="ActAuthors"/>). Nothing
/// when no such act was coded.
/// </summary>
internal static class UnlawfulActClaims
{
    private static readonly CameoCode s_criticise = CameoCode.Parse("111");

    /// <summary>The criticisms the sentence makes this way, dated <paramref name="date"/> (the sentence's own or carried date).</summary>
    public static IReadOnlyList<EventMention> Find(SentenceView view, List<EventMention> events, MentionContext context, FuzzyDate? date)
    {
        // Every event this stage makes has an actor mention of the sentence for a party: a sentence with none (most) is not scanned.
        if (view.Found.Count == 0)
        {
            return [];
        }

        // Made only for a sentence that has one: nearly none do, and this runs on every sentence.
        List<EventMention>? found = null;
        var (tokens, found0) = (view.Tokens, view.Found);
        for (var k = 1; k + 3 < tokens.Count; k++)
        {
            if (view.Word(k) is not ("said" or "says" or "argued" or "complained" or "insisted" or "charged") || view.MentionAt[k - 1] < 0)
            {
                continue;
            }

            var speaker = found0[view.MentionAt[k - 1]];
            if (speaker.IsPlace || speaker.IsWeak || speaker.Codes.Count != 1)
            {
                continue;
            }

            // "said on Tuesday that the move…": a time phrase and "that" may stand between.
            var d = k + 1;
            while (d < tokens.Count && (view.TimeAt[d] >= 0 || view.Word(d) is "that"
                || (view.Word(d) is "on" or "in" && d + 1 < tokens.Count && view.TimeAt[d + 1] >= 0)))
            {
                d++;
            }

            var noun = ActAuthors.ActNounAfter(view, d);
            if (noun < 0 || noun + 1 >= tokens.Count || !IsBreach(view.Word(noun + 1)))
            {
                continue;
            }

            var code = speaker.Code;
            var author = AgainstSpeaker(events, code) ?? AgainstSpeaker(context.EarlierEvents.LastOrDefault(), code)
                ?? ActAuthors.AuthorOf(view, noun, code, events, context);
            if (author is not { } a || a.Code == code)
            {
                continue;
            }

            (found ??= []).Add(new EventMention(new ActorRef(code, speaker.Role), a, s_criticise, date, view.Start, view.End, view.SentenceText,
                tokens[noun].Start, tokens[noun + 1].End, "criticise-unlawful-act", view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
        }

        return found ?? (IReadOnlyList<EventMention>)[];
    }

    // The source of the last event aimed at the speaker by another party. A loop, not a lambda: a lambda over the loop's
    // locals in Find would allocate its closure at every word of every sentence.
    private static ActorRef? AgainstSpeaker(IReadOnlyList<EventMention>? events, string code)
    {
        if (events is null)
        {
            return null;
        }

        for (var e = events.Count - 1; e >= 0; e--)
        {
            var x = events[e];
            if (x.Target.Code == code && x.Source.Code != code)
            {
                return x.Source;
            }
        }

        return null;
    }

    // A verb that says an act broke a rule or a right ("violated", "flouts"): phrase-words.tsv, breach-verb.
    private static readonly WordSet s_breachVerbs = PhraseGrammar.Words.Lookup("breach-verb");

    private static bool IsBreach(ReadOnlySpan<char> word) => s_breachVerbs.Contains(word);
}
