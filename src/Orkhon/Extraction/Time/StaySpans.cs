using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

/// <summary>
/// A stay told by its length and by the day a relative clause says it began or ends: "Putin, on a four-day visit to China
/// that began on Sunday, attended…", "…, is on a five-day trip that began on Wednesday", "is in Shanghai for a two-day summit
/// of the CICA that ends on Wednesday". The visits (042) the sentence tells of that stay, and the hostings (043) of such a
/// gathering, span all of it:
/// with the stay's place named ("a visit to China"), the acts aimed at that place dated by a day or by none; without, the
/// acts dated by days inside the stay.
/// </summary>
internal static class StaySpans
{
    // How far after the stay's noun the relative clause telling its first or last day may start ("a two-day summit of the
    // Conference on Interaction and Confidence-Building Measures in Asia that ends on Wednesday"): bounded, so a sentence
    // with many stays stays linear.
    private const int ClauseReach = 16;

    // How far after "began"/"ends" the day may stand ("that began on Sunday", "which ended early on Thursday").
    private const int DayReach = 4;

    /// <summary>The stay the sentence tells with its length and one end, and the place it names, if any; null when it tells none.</summary>
    public static (FuzzyDate Days, string? Place, bool Gathering)? Find(SentenceView sentence)
    {
        var view = sentence.Clauses;
        var (text, tokens) = (view.Text, view.Tokens);
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            var w = tokens[k].In(text);
            if (StayLength.Of(w) is var length && length < 2)
            {
                continue;
            }

            // "a four-day visit", "a three-day state visit", "a two-day summit".
            var noun = PhraseGrammar.IsStay(tokens[k + 1].In(text)) || GatheringSpans.IsGathering(tokens[k + 1].In(text)) ? k + 1
                : k + 2 < tokens.Count && (PhraseGrammar.IsStay(tokens[k + 2].In(text)) || GatheringSpans.IsGathering(tokens[k + 2].In(text))) ? k + 2 : -1;
            if (noun < 0)
            {
                continue;
            }

            string? place = null;
            for (var j = noun + 1; j < tokens.Count && j <= noun + ClauseReach; j++)
            {
                var x = tokens[j].In(text);
                if (x is "," or ";" or "." || view.IsReportingVerb(j))
                {
                    break;
                }

                // "a visit to China", "a summit of the CICA": the first actor after the noun is where the stay is.
                place ??= view.MentionAt[j] >= 0 && j > 0 && tokens[j - 1].In(text) is "to" or "of" or "in" ? sentence.Found[view.MentionAt[j]].Code : null;
                if (x is not ("that" or "which") || j + 1 >= tokens.Count)
                {
                    continue;
                }

                var verb = tokens[j + 1].In(text);
                var begins = DateAttacher.IsBeginning(verb);
                if (!begins && !DateAttacher.IsEnding(verb))
                {
                    break;
                }

                for (var d = j + 2; d < tokens.Count && d <= j + 1 + DayReach; d++)
                {
                    if (view.TimeAt[d] >= 0 && view.Times[view.TimeAt[d]].Value is { Precision: DatePrecision.Day, IsSpan: false } day)
                    {
                        return Span(day.Earliest, length, begins) is { } days ? (days, place, GatheringSpans.IsGathering(tokens[noun].In(text))) : null;
                    }
                }

                break;
            }
        }

        return null;
    }

    /// <summary>
    /// The sentence's visits and hostings of the stay it tells, dated by days inside it, given all its days. A stay told in
    /// the present with no first day ("who is paying a five-day state visit") begins on the day the visit is dated by, else
    /// the sentence's day, else <paramref name="storyDay"/>: writers date such a stay from the day of the story.
    /// </summary>
    public static void Widen(SentenceView sentence, List<EventMention> events, FuzzyDate? sentenceDate = null, DateOnly? storyDay = null)
    {
        if (events.Count == 0)
        {
            return;
        }

        if (Find(sentence) is not { } stay)
        {
            if (FindPresent(sentence) is { } present)
            {
                WidenPresent(events, present, sentenceDate, storyDay);
            }

            return;
        }

        var (days, place, gathering) = stay;

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            // With its place named, the sentence's visit there is the stay, whatever day it borrowed; without, only an act dated
            // inside the stay is taken for it. A month or a year is another, earlier visit's ("the first since 2012"). A host
            // hosts a gathering's days, but welcomes a visitor on one day.
            var visit = e.Cameo == CameoCode.MakeVisit;
            if (!visit && !gathering)
            {
                continue;
            }

            var there = place is not null && (visit ? e.Target.Code : e.Source.Code) == place;
            if ((visit || e.Cameo == CameoCode.HostVisit) && e.Date != days && (place is null || there)
                && (e.Date is null ? there : e.Date is { Precision: DatePrecision.Day or DatePrecision.Span } date && (there || days.Contains(date))))
            {
                events[i] = e with { Date = days };
            }
        }
    }

    // How far before a stay's length its present "is" may stand ("who is in the Japanese capital Tokyo for a two-day visit").
    private const int PresentReach = 8;

    // How many days before the story's day a present stay may have begun: a visit dated further back is another, told as background.
    private const int PresentStayAge = 7;

    private static readonly WordSet s_presentBe = DateAttacher.Words.Lookup("present-be");
    private static readonly WordSet s_presentFillers = DateAttacher.Words.Lookup("present-stay");

    /// <summary>
    /// The length of a stay the sentence tells in the present with no day of its own ("who is paying a five-day state visit
    /// to Vietnam", "is on a three-day visit", "are attending the two-day summit"), the place it names and whether it is a
    /// gathering; null when it tells none. "is due to make a three-day visit" is a plan: "due" and "to" stand in no present stay.
    /// </summary>
    public static (int Length, string? Place, bool Gathering)? FindPresent(SentenceView sentence)
    {
        var view = sentence.Clauses;
        var (text, tokens) = (view.Text, view.Tokens);
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            if (StayLength.Of(tokens[k].In(text)) is var length && (length < 2 || length > view.Options.LongestDuration) || !IsToldInThePresent(view, k))
            {
                continue;
            }

            // "a five-day state visit", "the two-day BRICS summit": the stay's noun, past an actor's name standing as its modifier.
            var noun = k + 1;
            while (noun < tokens.Count && noun <= k + PresentReach && view.MentionAt[noun] >= 0)
            {
                noun++;
            }

            noun = noun < tokens.Count && IsStayNoun(tokens[noun].In(text)) ? noun : noun + 1 < tokens.Count && IsStayNoun(tokens[noun + 1].In(text)) ? noun + 1 : -1;
            if (noun < 0)
            {
                continue;
            }

            string? place = null;
            for (var j = noun + 1; j < tokens.Count && j <= noun + ClauseReach && place is null; j++)
            {
                if (tokens[j].In(text) is "," or ";" or "." || view.IsReportingVerb(j))
                {
                    break;
                }

                place = view.MentionAt[j] >= 0 && tokens[j - 1].In(text) is "to" or "of" or "in" ? sentence.Found[view.MentionAt[j]].Code : null;
            }

            return (length, place, GatheringSpans.IsGathering(tokens[noun].In(text)));
        }

        return null;
    }

    private static bool IsStayNoun(ReadOnlySpan<char> w) => PhraseGrammar.IsStay(w) || GatheringSpans.IsGathering(w);

    // Whether the length at token k stands in a present "be" clause: only fillers and actors between "is" and the length.
    private static bool IsToldInThePresent(ClauseView view, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - PresentReach; j--)
        {
            var w = view.Tokens[j].In(view.Text);
            if (s_presentBe.Contains(w))
            {
                return true;
            }

            if (!s_presentFillers.Contains(w) && view.MentionAt[j] < 0)
            {
                return false;
            }
        }

        return false;
    }

    // The visits (and a gathering's hostings) of a present stay span its length from the day they are dated by.
    private static void WidenPresent(List<EventMention> events, (int Length, string? Place, bool Gathering) stay, FuzzyDate? sentenceDate, DateOnly? storyDay)
    {
        var (length, place, gathering) = stay;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var visit = e.Cameo == CameoCode.MakeVisit;
            if (!visit && !(gathering && e.Cameo == CameoCode.HostVisit))
            {
                continue;
            }

            // With its place named, only the visit there; without, only an act dated by a day (a year or a month is another visit's).
            var there = place is not null && (visit ? e.Target.Code : e.Source.Code) == place;
            if (place is not null && !there)
            {
                continue;
            }

            DateOnly? first = e.Date is { Precision: DatePrecision.Day, IsSpan: false } day ? day.Earliest
                : e.Date is null && there ? (sentenceDate is { Precision: DatePrecision.Day, IsSpan: false } told ? told.Earliest : storyDay) : null;
            if (first is not { } start || (storyDay is { } story && (start > story || start.DayNumber < story.DayNumber - PresentStayAge))
                || Span(start, length, begins: true) is not { } days)
            {
                continue;
            }

            events[i] = e with { Date = days };
        }
    }

    // The days of a stay of the given length that began on, or ends on, the day; null past the calendar's ends.
    private static FuzzyDate? Span(DateOnly day, int length, bool begins)
    {
        var (first, last) = begins ? ((long)day.DayNumber, (long)day.DayNumber + length - 1) : ((long)day.DayNumber - length + 1, (long)day.DayNumber);
        return first < DateOnly.MinValue.DayNumber || last > DateOnly.MaxValue.DayNumber ? null
            : FuzzyDate.Between(FuzzyDate.OfDay(DateOnly.FromDayNumber((int)first)), FuzzyDate.OfDay(DateOnly.FromDayNumber((int)last)));
    }
}
