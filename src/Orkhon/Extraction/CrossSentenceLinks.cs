using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// What a sentence takes from the one before it: the previous sentence's date, the last act against a phrase's subject
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
        if (trigger.Entry.IsNoun || trigger.Entry.Frame != EventFrame.AgentTheme || subject.Count != 1)
        {
            return null;
        }

        for (var k = trigger.End; k < phrase.WindowEnd; k++)
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

    /// <summary>
    /// The previous sentence's date, when its last event is in the sentence right before this one ("Israel struck
    /// targets on Saturday, the military said. Tehran promised a response.").
    /// </summary>
    public static FuzzyDate? PreviousSentenceDate(SentenceView view, MentionContext context)
    {
        var (text, start) = (view.Text, view.Start);
        if (context.LastEvent is not { Date: { } date } last || last.SentenceEnd > start)
        {
            return null;
        }

        return text.AsSpan(last.SentenceEnd, start - last.SentenceEnd).IsWhiteSpace() ? date : null;
    }

    /// <summary>
    /// "He was followed by President Tokayev of Kazakhstan in October 2024, President Berdimuhamedov of Turkmenistan
    /// in June 2025…", "followed by Sweden in March 2024": each follower repeats the last event, with its own date.
    /// </summary>
    public static IEnumerable<EventMention> Followers(SentenceView view, EventMention last)
    {
        var (text, tokens, found, times, timeAt) = (view.Text, view.Tokens, view.Found, view.Times, view.TimeAt);
        var (start, end) = (view.Start, view.End);
        var sentence = text[start..end];
        var by = -1;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].In(text) is "by" && tokens[k - 1].In(text) is "followed")
            {
                by = k;
                break;
            }
        }

        if (by < 0)
        {
            yield break;
        }

        var followers = found.Where(m => m.First > by && !m.IsPlace && !m.IsWeak && m.Code != last.Target.Code).ToList();
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
