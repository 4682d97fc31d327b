using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

// What a phrase takes from outside its own clause: the main clause's subject for an opening participial clause,
// the last act against its subject as the target of a reaction, the previous sentence's date.
public sealed partial class SentenceExtractor
{
    // The first actor after the comma that closes an opening clause, unless it is a place.
    private static ActorMention? MainClauseSubject(string text, List<Token> tokens, List<ActorMention> found, int[] mentionAt, int from)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            if (tokens[k].In(text) is not ",")
            {
                continue;
            }

            var j = k + 1;
            while (j < tokens.Count && mentionAt[j] < 0 && tokens[j].Kind == TokenKind.Word && char.IsLower(tokens[j].In(text)[0]) && j - k <= 3)
            {
                j++;
            }

            return j < tokens.Count && mentionAt[j] >= 0 && !found[mentionAt[j]].IsPlace ? found[mentionAt[j]] : null;
        }

        return null;
    }

    // The source of the last event aimed at the phrase's subject, as a mention, when the phrase is a directed verb with one
    // subject and no actor after it; the event is this sentence's or the previous sentence's.
    private static ActorMention? ReactionTarget(Trigger trigger, IReadOnlyList<ActorMention> subject, List<EventMention> events, MentionContext context, string text, int start, int windowEnd, int[] mentionAt)
    {
        if (trigger.Entry.IsNoun || trigger.Entry.Frame != EventFrame.AgentTheme || subject.Count != 1)
        {
            return null;
        }

        for (var k = trigger.End; k < windowEnd; k++)
        {
            if (mentionAt[k] >= 0)
            {
                return null;
            }
        }

        var code = subject[0].Code;
        EventMention? against = events.FindLast(e => e.Target.Code == code && e.Source.Code != code);
        if (against is null && context.LastEvent is { } last && last.SentenceEnd <= start && text.AsSpan(last.SentenceEnd, start - last.SentenceEnd).IsWhiteSpace()
            && last.Target.Code == code && last.Source.Code != code)
        {
            against = last;
        }

        return against is null ? null : new ActorMention(subject[0].First, subject[0].Last, [against.Source.Code], against.Source.Role, MentionKind.Coreference, false, false);
    }

    // The previous sentence's date, when its last event is in the sentence right before this one ("Israel struck
    // targets on Saturday, the military said. Tehran promised a response.").
    private static FuzzyDate? PreviousSentenceDate(string text, int start, MentionContext context)
    {
        if (context.LastEvent is not { Date: { } date } last || last.SentenceEnd > start)
        {
            return null;
        }

        return text.AsSpan(last.SentenceEnd, start - last.SentenceEnd).IsWhiteSpace() ? date : null;
    }
}
