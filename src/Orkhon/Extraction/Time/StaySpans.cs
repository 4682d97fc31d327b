using Orkhon.Domain;

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

    /// <summary>The sentence's visits and hostings of the stay it tells, dated by days inside it, given all its days.</summary>
    public static void Widen(SentenceView sentence, List<EventMention> events)
    {
        if (events.Count == 0 || Find(sentence) is not { } stay)
        {
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

    // The days of a stay of the given length that began on, or ends on, the day; null past the calendar's ends.
    private static FuzzyDate? Span(DateOnly day, int length, bool begins)
    {
        var (first, last) = begins ? ((long)day.DayNumber, (long)day.DayNumber + length - 1) : ((long)day.DayNumber - length + 1, (long)day.DayNumber);
        return first < DateOnly.MinValue.DayNumber || last > DateOnly.MaxValue.DayNumber ? null
            : FuzzyDate.Between(FuzzyDate.OfDay(DateOnly.FromDayNumber((int)first)), FuzzyDate.OfDay(DateOnly.FromDayNumber((int)last)));
    }
}
