using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

// The occasions that date a phrase without a time phrase of its own: a time opening a coordinated clause ("…, and in 1955
// China vetoed…"), a day counted into a stay ("on the third day of the visit"), and a subordinate clause that names the
// meeting the main act took place at ("signed 13 agreements after their talks"). The time phrases that sit near a phrase
// without dating it are in DateAttacher.NearbyTimes.cs.
internal static partial class DateAttacher
{
    // Read on first use, once the date words are loaded (static fields of partial files initialise in no set order).
    private static class OccasionWords
    {
        public static readonly WordSet Superlatives = Words.Lookup("superlative");
        public static readonly WordSet Ordinals = Words.Lookup("ordinal");
        public static readonly WordSet ClauseJoiners = Words.Lookup("clause-joiner");
        public static readonly WordSet Occasions = Words.Lookup("occasion");
        public static readonly WordSet Validity = Words.Lookup("validity");
        public static readonly WordSet ClauseSubjects = Words.Lookup("clause-subject");
    }

    // How far back from a phrase a time phrase opening its coordinated clause may stand ("and in 1955 the Republic of China,
    // which then held China's seat on the Security Council, vetoed"): past the subject and a relative clause.
    private const int ClauseOpeningReach = 24;

    // How far before a stay noun "the third day of" may stand ("on the third day of the first state visit").
    private const int DayOfStayReach = 6;

    /// <summary>
    /// The time phrase that opens the coordinated clause a verb stands in: "…, and in 1955 the Republic of China, which then
    /// held the seat, vetoed Mongolia's membership". The time follows a joiner ("and", "but", ";") and is followed by the
    /// clause's subject; nothing between it and the verb reports or opens another clause of the main line.
    /// </summary>
    private static FuzzyDate? ClauseOpening(ClauseView view, Trigger trigger)
    {
        var ownRelative = view.Relatives.DatedClauseOf(trigger.First);
        for (var k = trigger.First - 1; k > 0 && k >= trigger.First - ClauseOpeningReach; k--)
        {
            var w = view.Tokens[k].In(view.Text);
            if (view.IsReportingVerb(k) || (w is "." or ":"))
            {
                return null;
            }

            if (view.TimeAt[k] < 0)
            {
                continue;
            }

            var start = PhraseStart(view, k);
            var end = PhraseEnd(view, k);
            var joinerAt = BeforePhrase(view, start);
            var joiner = joinerAt >= 0 ? view.Tokens[joinerAt].In(view.Text) : "";
            if (joinerAt < 0 || !OccasionWords.ClauseJoiners.Contains(joiner) || view.Relatives.DatedClauseOf(k) != ownRelative || IsDateline(view, k)
                || end + 1 >= trigger.First || (view.MentionAt[end + 1] < 0 && !OccasionWords.ClauseSubjects.Contains(view.Tokens[end + 1].In(view.Text))
                    && !(end + 2 < trigger.First && view.MentionAt[end + 2] >= 0)))
            {
                return null;
            }

            return view.Times[view.TimeAt[k]].Value;
        }

        return null;
    }

    /// <summary>
    /// "on the third day of the visit": a stay noun counted into, whose first day lies that many days before the day the
    /// sentence tells of (its nearest earlier day-precise time phrase, else <paramref name="previous"/>); the stay spans
    /// its first day to that day.
    /// </summary>
    private static FuzzyDate? DayOfStay(ClauseView view, Trigger trigger, FuzzyDate? previous)
    {
        for (var k = trigger.First - 2; k >= 1 && k >= trigger.First - DayOfStayReach; k--)
        {
            if (view.Tokens[k].In(view.Text) is not ("day" or "days") || view.Tokens[k + 1].In(view.Text) is not "of" || !OccasionWords.Ordinals.Contains(view.Tokens[k - 1].In(view.Text)))
            {
                continue;
            }

            // An ordinal the lexicon lists but this count does not know is no count at all, rather than a guessed one.
            var nth = NumberWords.Ordinals.NumberOf(view.Tokens[k - 1].In(view.Text));
            if (nth == 0)
            {
                continue;
            }

            FuzzyDate? day = null;
            for (var j = k - 2; j >= 0 && day is null; j--)
            {
                if (view.TimeAt[j] >= 0 && !IsDateline(view, j) && view.Times[view.TimeAt[j]].Value is { Precision: DatePrecision.Day } d)
                {
                    day = d;
                }
            }

            if ((day ?? previous) is not { Precision: DatePrecision.Day } on)
            {
                return null;
            }

            // The stay so far: from its first day to the day told ("on Wednesday, the second day of the visit" is Tuesday–Wednesday).
            var first = (long)on.Earliest.DayNumber - (nth - 1);
            return first < DateOnly.MinValue.DayNumber ? null
                : nth == 1 ? on
                : FuzzyDate.Between(FuzzyDate.OfDay(DateOnly.FromDayNumber((int)first)), on);
        }

        return null;
    }

    /// <summary>
    /// Whether the subordinator is a bare "after" or "before" joined to its main clause without a comma ("closed the crossing
    /// on Wednesday after troops exchanged fire", "announced extra duties after Washington raised tariffs", "greeted Putin
    /// before the two held talks"): wire copy tells such an act as part of the main clause's news, on its day. Set off by a
    /// comma ("withdrew its ambassador on 30 July, after France backed the plan") it gives the cause or background, at some
    /// earlier time; an interval that counts nothing ("long after", "years before", "soon after") leaves the time open too.
    /// </summary>
    private static bool IsBareSequence(ClauseView view, int subordinator)
    {
        if (subordinator < 1 || view.Tokens[subordinator].In(view.Text) is not ("after" or "before"))
        {
            return false;
        }

        var before = view.Tokens[subordinator - 1].In(view.Text);
        return !(before is "," or ";" or "-" or "--" or "\u2014" or "long" or "soon" or "just" or "well" or "even" or "only" or "ever" || s_days.Contains(before)
            || s_weeks.Contains(before) || s_months.Contains(before) || s_years.Contains(before) || s_sameDay.Contains(before)
            || before.EndsWith("ly", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a temporal subordinate clause names the occasion of the main act rather than an earlier event: "signed 13
    /// agreements after their talks", "said after hosting Yoon in Tokyo" (the main subject's own act, just before), "held talks,
    /// after which the two sides signed…" (the act that followed on the same occasion). Such a
    /// clause shares the main clause's date. Opening the sentence ("After the talks, the two sides signed…") it names the
    /// occasion a sentence before told, so only when one did (<paramref name="told"/>, the day carried from it): "After talks
    /// in Doha, Qatar said on Sunday…" opening a story names talks of no known day.
    /// </summary>
    private static bool IsOccasion(ClauseView view, int subordinator, FuzzyDate? told)
    {
        if (subordinator + 1 >= view.Tokens.Count)
        {
            return false;
        }

        var subordinatorWord = view.Tokens[subordinator].In(view.Text);
        if (subordinatorWord is not ("after" or "before") && (told is null || subordinatorWord is not ("After" or "Before")))
        {
            return false;
        }

        var next = view.Tokens[subordinator + 1].In(view.Text);
        // "held talks with Han, after which the two governments signed agreements": what came next on the same occasion.
        if (next is "which")
        {
            return true;
        }

        if (PhraseGrammar.IsLowerIngForm(next) && !s_notGerunds.Contains(next))
        {
            return true;
        }

        var noun = s_appositives.Contains(next) && subordinator + 2 < view.Tokens.Count ? view.Tokens[subordinator + 2].In(view.Text) : next;
        return OccasionWords.Occasions.Contains(noun);
    }
}
