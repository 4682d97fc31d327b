using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
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

    // "Azerbaijan expelled two French diplomats on Tuesday. Paris responded in kind the next day.": a reply in kind repeats
    // the last act, from the one it was aimed at back to the one who did it. Only right after that act's sentence.
    private static EventMention? InKind(string text, List<Token> tokens, List<ActorMention> found, int[] mentionAt, List<TemporalExpression> times, int[] timeAt, EventMention last, int start, int end)
    {
        if (last.SentenceEnd > start || !text.AsSpan(last.SentenceEnd, start - last.SentenceEnd).IsWhiteSpace())
        {
            return null;
        }

        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            var reply = tokens[k - 1].In(text) is "responded" or "retaliated" or "reciprocated" or "replied" && tokens[k].In(text) is "in" && tokens[k + 1].In(text) is "kind";
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
                Confidence = last.Confidence - 0.1,
                Location = null,
            };
        }

        return null;
    }
}
