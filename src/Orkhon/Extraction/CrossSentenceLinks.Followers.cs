using Orkhon.Domain;
using Orkhon.Extraction.Time;

namespace Orkhon.Extraction;

/// <summary>
/// An act repeated after the one told last: by its followers ("followed by Sweden in March 2024") and in kind ("Paris
/// responded in kind the next day").
/// </summary>
internal static partial class CrossSentenceLinks
{
    /// <summary>
    /// "He was followed by President Tokayev of Kazakhstan in October 2024, President Berdimuhamedov of Turkmenistan
    /// in June 2025…", "followed by Sweden in March 2024": each follower repeats the last event, with its own date.
    /// </summary>
    /// <remarks>
    /// With <paramref name="sameSentence"/>, the act was told earlier in the same sentence: only ", followed by X" after that act
    /// counts, with X right after "by" ("…, followed by talks with Xi" names no follower).
    /// </remarks>
    public static IEnumerable<EventMention> Followers(SentenceView view, EventMention last, bool sameSentence = false)
    {
        // The search for "followed by" runs before the list's enumerator is made: this runs on every sentence with no event,
        // and most have none.
        var (text, tokens) = (view.Text, view.Tokens);
        var by = -1;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].In(text) is "by" && tokens[k - 1].In(text) is "followed"
                && (!sameSentence || (k >= 2 && tokens[k - 2].In(text) is "," && tokens[k - 1].Start >= last.PhraseEnd)))
            {
                by = k;
                break;
            }
        }

        return by < 0 ? [] : FollowersAfter(view, last, sameSentence, by);
    }

    private static IEnumerable<EventMention> FollowersAfter(SentenceView view, EventMention last, bool sameSentence, int by)
    {
        var (text, tokens, found, times, timeAt) = (view.Text, view.Tokens, view.Found, view.Times, view.TimeAt);
        var (start, end) = (view.Start, view.End);
        var first = by + 1 < tokens.Count && view.Word(by + 1) is "the" ? by + 2 : by + 1;
        if (by < 0 || (sameSentence && (first >= tokens.Count || view.MentionAt[first] < 0)))
        {
            yield break;
        }

        // Cut only here: most sentences have no "followed by", and this runs on every sentence with no event.
        var sentence = text[start..end];
        var followers = found.Where(m => m.First > by && !m.IsPlace && !m.IsWeak && m.Code != last.Target.Code && !(sameSentence && m.Code == last.Source.Code)).ToList();
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
