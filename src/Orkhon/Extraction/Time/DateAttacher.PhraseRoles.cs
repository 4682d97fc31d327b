using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Extraction.Time;

// What a time phrase near the act says of it besides a day: a stated length widens the day into a stay ("arrived on 20
// March for a three-day visit"), "by" makes it a deadline, "during" an event frames the act, and the word before a stay
// says it ended. Apart because each is a reading of one time phrase, not of the clause around it.
internal static partial class DateAttacher
{
    // A day-precise date widened by a stated length: "arrived on 20 March for a three-day visit" is 20–22 March,
    // "ended two days of talks on Saturday" is Friday–Saturday.
    private static FuzzyDate WithDuration(ClauseView view, Trigger trigger, int windowEnd, FuzzyDate date)
    {
        if (date.Precision != DatePrecision.Day)
        {
            return date;
        }

        var (text, tokens) = (view.Text, view.Tokens);
        for (var k = trigger.First; k < Math.Min(windowEnd, trigger.End + view.Options.DurationReach); k++)
        {
            var w = tokens[k].In(text);
            if (StayLength.Of(w) is var stay && stay > 1 && stay <= view.Options.LongestDuration
                && k + 1 < tokens.Count && (PhraseGrammar.IsStay(tokens[k + 1].In(text)) || (k + 2 < tokens.Count && PhraseGrammar.IsStay(tokens[k + 2].In(text)))))
            {
                // "ended / concluded a four-day visit on Thursday": the stay ran up to the date, not from it.
                if (Ends(view, trigger))
                {
                    return date.Earliest.DayNumber - stay + 1 >= DateOnly.MinValue.DayNumber ? FuzzyDate.Between(FuzzyDate.OfDay(date.Earliest.AddDays(1 - stay)), date) : date;
                }

                return date.Earliest.DayNumber + stay - 1 <= DateOnly.MaxValue.DayNumber ? FuzzyDate.Between(date, FuzzyDate.OfDay(date.Earliest.AddDays(stay - 1))) : date;
            }
        }

        // "ended / wrapped up two days of talks … on Saturday": the talks ran up to the date.
        for (var k = Math.Max(1, trigger.First - view.Options.TalksLengthReach); k + 2 < Math.Min(tokens.Count, trigger.End + view.Options.TalksLengthReach); k++)
        {
            if (tokens[k].In(text) is "days" && DayCount(tokens[k - 1].In(text)) is var talks && talks > 1 && talks <= view.Options.LongestDuration && tokens[k + 1].In(text) is "of"
                && tokens[k + 2].In(text) is "talks" or "negotiations" or "consultations" or "meetings"
                && k >= 2 && tokens[k - 2].In(text) is "ended" or "concluded" or "up" or "closed" or "completed")
            {
                return date.Earliest.DayNumber - talks + 1 >= DateOnly.MinValue.DayNumber ? FuzzyDate.Between(FuzzyDate.OfDay(date.Earliest.AddDays(1 - talks)), date) : date;
            }
        }

        return date;
    }

    /// <summary>Whether the time phrase at token k is a deadline, opened by "by" ("to double trade by 2030"): when the act is to be done.</summary>
    internal static bool IsDeadline(ClauseView view, int k)
    {
        var start = k;
        while (start > 0 && view.TimeAt[start - 1] == view.TimeAt[k])
        {
            start--;
        }

        return view.Tokens[start].In(view.Text) is "by" || (start > 0 && view.Tokens[start - 1].In(view.Text) is "by");
    }

    // "sent fodder to Mongolia during the 2024 dzud": an event named after "during" is the act's time frame, unless a
    // reason stands between ("praised Turkey for its support during the 2020 war" dates the support).
    private static bool FramesTheAct(ClauseView view, Trigger trigger, int k)
    {
        var det = k;
        while (det > 0 && view.TimeAt[det - 1] == view.TimeAt[k])
        {
            det--;
        }

        if (det < 2 || view.Tokens[det - 2].In(view.Text) is not ("during" or "amid"))
        {
            return false;
        }

        for (var j = trigger.End; j < det - 2; j++)
        {
            if (view.Tokens[j].In(view.Text) is "for" or "over")
            {
                return false;
            }
        }

        return true;
    }

    // The phrase says a stay ended: its own verb ("concluded a visit") or the word right before it ("ended a four-day visit to").
    private static bool Ends(ClauseView view, Trigger trigger)
    {
        for (var k = Math.Max(0, trigger.First - 1); k < trigger.End; k++)
        {
            if (s_endings.Contains(view.Tokens[k].In(view.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A count of days written as a word or in digits, two to twelve ("two-day", "three days of talks"); 0 for any other word.</summary>
    internal static int DayCount(ReadOnlySpan<char> w) => w switch
    {
        "two" or "Two" or "2" => 2,
        "three" or "Three" or "3" => 3,
        "four" or "Four" or "4" => 4,
        "five" or "Five" or "5" => 5,
        "six" or "Six" or "6" => 6,
        "seven" or "Seven" or "7" => 7,
        "eight" or "Eight" or "8" => 8,
        "nine" or "Nine" or "9" => 9,
        "ten" or "Ten" or "10" => 10,
        "eleven" or "Eleven" or "11" => 11,
        "twelve" or "Twelve" or "12" => 12,
        _ => 0,
    };
}
