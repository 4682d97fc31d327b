using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction.Time;

// A temporal subordinate clause's time counted from its main clause ("a day after …", "five months after …", "Two weeks
// after …, X did Y on Tuesday"): the main clause's day moved by the interval, at the precision it is counted in. Apart
// because it is the only reading that dates one clause from another clause's day by arithmetic.
internal static partial class DateAttacher
{
    // "a day after …", "two days before …", "hours after …", "five months after …", "a year before …": the subordinate
    // clause's time, from the main clause's day, at the precision the interval is counted in.
    // When the main clause has no time phrase at all ("The approval came a day after Riyadh deposited…"), it tells of the
    // act the story is on: the day carried from the sentence before is the day counted from.
    private static FuzzyDate? Shifted(ClauseView view, int subordinator, FuzzyDate? previousSentence)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        var sign = tokens[subordinator].In(text) switch
        {
            "after" => -1,
            "before" => 1,
            _ => 0,
        };
        if (sign == 0 || subordinator < 1)
        {
            return null;
        }

        var unit = tokens[subordinator - 1].In(text);
        var sameDay = s_sameDay.Contains(unit);
        var count = sameDay ? 0
            : subordinator >= 2 && (s_days.Contains(unit) || s_weeks.Contains(unit) || s_months.Contains(unit) || s_years.Contains(unit))
                ? (tokens[subordinator - 2].In(text) is "a" or "one" or "One" or "A" ? 1 : DayCount(tokens[subordinator - 2].In(text)))
            : -1;
        if (count < 0 || (count == 0 && !sameDay))
        {
            return null;
        }

        // The main clause's day: its first day-precise time phrase before the subordinator, the dateline aside; with no
        // time phrase there at all, the day carried from the sentence before. A count that opens the sentence ("Five days
        // after Kenya expelled a Somali envoy, Somalia expelled a Kenyan diplomat on Tuesday") counts from the main clause's
        // own time after the comma that ends the subordinate clause.
        var timed = false;
        var fronted = FrontedMainTime(view, subordinator);
        for (var k = 0; k <= subordinator; k++)
        {
            timed |= k < subordinator && view.TimeAt[k] >= 0 && !IsDateline(view, k);
            var told = k < subordinator
                ? view.TimeAt[k] >= 0 && view.ScopeOf(k) < 0 && !IsDateline(view, k) && !view.IsAttributiveTime(k) ? view.Times[view.TimeAt[k]].Value : null
                : timed ? null : fronted ?? previousSentence;
            if (told is { Precision: DatePrecision.Day, IsSpan: false } day)
            {
                var from = day.Earliest;
                if (s_months.Contains(unit))
                {
                    return MonthsOn(from.Year, from.Month, sign * count);
                }

                if (s_years.Contains(unit))
                {
                    return FuzzyDate.TryOfYear(from.Year + ((long)sign * count), out var year) ? year : null;
                }

                var shifted = (long)from.DayNumber + (sign * count * (s_weeks.Contains(unit) ? 7L : 1L));
                return shifted >= DateOnly.MinValue.DayNumber && shifted <= DateOnly.MaxValue.DayNumber ? FuzzyDate.OfDay(DateOnly.FromDayNumber((int)shifted)) : null;
            }

            // "applied to join in May 2022, three months after Russia's invasion", "in 2019, two years after the coup": months
            // count from a month, years from a month or a year, at the precision the main clause gives.
            if (told is { Precision: DatePrecision.Month } monthTold && s_months.Contains(unit) && count > 0)
            {
                return MonthsOn(monthTold.Earliest.Year, monthTold.Earliest.Month, sign * count);
            }

            if (told is { Precision: DatePrecision.Month or DatePrecision.Year, IsSpan: false } coarse && s_years.Contains(unit) && count > 0)
            {
                return FuzzyDate.TryOfYear(coarse.Earliest.Year + ((long)sign * count), out var year) ? year : null;
            }
        }

        return null;
    }

    // How far into the sentence a fronted count may stand: after a dateline ("TOKYO, May 3 (Kyodo) - Two days after …").
    private const int FrontedCountReach = 12;

    // The main clause's own time after a count that opens the sentence ("Two weeks after …, X did Y on Tuesday"): the first
    // time phrase outside any subordinate clause after the comma that closes the count's clause, before a reporting verb;
    // null when the count does not open the sentence or the main clause tells no time.
    private static FuzzyDate? FrontedMainTime(ClauseView view, int subordinator)
    {
        var countStart = subordinator - 2;
        var opens = countStart == 0 || (countStart > 0 && countStart < FrontedCountReach && Dateline.IsClosingDash(view.Tokens[countStart - 1].In(view.Text)));
        if (!opens)
        {
            return null;
        }

        var comma = subordinator + 1;
        while (comma < view.Tokens.Count && view.Tokens[comma].In(view.Text) is not ("," or ";" or "."))
        {
            comma++;
        }

        for (var k = comma + 1; comma < view.Tokens.Count && view.Tokens[comma].In(view.Text) is "," && k < view.Tokens.Count; k++)
        {
            if (view.IsReportingVerb(k) || view.Tokens[k].In(view.Text) is ";" or ".")
            {
                return null;
            }

            if (view.TimeAt[k] >= 0 && view.ScopeOf(k) < 0 && !IsDateline(view, k) && !view.IsAttributiveTime(k) && !IsPossessiveTime(view, k))
            {
                return view.Times[view.TimeAt[k]].Value;
            }
        }

        return null;
    }

    // The month `months` months on from the month of `year` (negative: back), or null past the calendar's ends.
    private static FuzzyDate? MonthsOn(int year, int month, long months)
    {
        var index = (year * 12L) + month - 1 + months;
        return index >= 0 && FuzzyDate.TryOfMonth(index / 12, (index % 12) + 1, out var shifted) ? shifted : null;
    }

    // "a day after the French leader arrived for a three-day state visit": the day counted back, widened by the stay's length.
    private static FuzzyDate? ShiftedStay(ClauseView view, int subordinator, FuzzyDate? previousSentence, Trigger? trigger)
    {
        var shifted = Shifted(view, subordinator, previousSentence);
        return shifted is { } day && trigger is not null ? WithDuration(view, trigger, view.Tokens.Count, day) : shifted;
    }
}
