using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

// Time phrases that sit near a phrase without dating it, and the occasions that date a phrase without a time phrase
// of its own: a comparison ("the worst fighting since 2020"), a participle's own time ("ties severed in 2016", "an
// exchange the two neighbours agreed last week"), a validity ("a plan for 2024-2025"), a time opening a coordinated
// clause ("…, and in 1955 China vetoed…"), a day counted into a stay ("on the third day of the visit"), and a
// subordinate clause that names the meeting the main act took place at ("signed 13 agreements after their talks").
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

    // How far back from "since" a superlative may stand in its noun phrase ("the first visit by a top U.S. diplomat since",
    // "the first Mongolian head of government to travel to Washington since").
    private const int ComparisonReach = 12;

    // How far back from a phrase a time phrase opening its coordinated clause may stand ("and in 1955 the Republic of China,
    // which then held China's seat on the Security Council, vetoed"): past the subject and a relative clause.
    private const int ClauseOpeningReach = 24;

    // How far back from a participle its clause's comma or an actor is looked for: bounded so a long window stays linear.
    private const int ParticipleReach = 30;

    // How far before a stay noun "the third day of" may stand ("on the third day of the first state visit").
    private const int DayOfStayReach = 6;

    /// <summary>
    /// Whether the time phrase at token k is a comparison inside a noun phrase, "since" after a superlative or "first":
    /// "the worst fighting between them since 2020", "the first visit by a U.S. secretary of state since 2012". It says
    /// how rare the act is, not when it took place.
    /// </summary>
    internal static bool IsComparison(ClauseView view, int k)
    {
        var start = SinceBefore(view, PhraseStart(view, k));
        if (!view.Tokens[start].In(view.Text).Equals("since", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var j = start - 1; j >= 0 && j >= start - ComparisonReach; j--)
        {
            var w = view.Tokens[j].In(view.Text);
            if (w is "," or ";" or ":" || view.TimeAt[j] >= 0 || view.IsReportingVerb(j))
            {
                return false;
            }

            if (OccasionWords.Superlatives.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the time phrase at token k stands inside the standard of a comparison that the phrase is compared by: "his
    /// first trip to Ukraine since Russia's invasion nearly a year ago", "on his first visit since taking office in
    /// November". The time dates the standard ("Clinton's trip in 2012" is dated by it), never the act compared with it.
    /// </summary>
    private static bool ComparedAfter(ClauseView view, Trigger trigger, int k)
    {
        var start = PhraseStart(view, k);
        for (var s = start - 1; s > trigger.First && s >= start - ComparisonReach; s--)
        {
            var w = view.Tokens[s].In(view.Text);
            if (w is "," or ";" or ":" || view.TimeAt[s] >= 0 || view.IsReportingVerb(s))
            {
                return false;
            }

            if (w is "since")
            {
                for (var j = s - 1; j >= 0 && j >= s - ComparisonReach; j--)
                {
                    var v = view.Tokens[j].In(view.Text);
                    if (v is "," or ";" or ":" || view.TimeAt[j] >= 0 || view.IsReportingVerb(j))
                    {
                        return false;
                    }

                    if (OccasionWords.Superlatives.Contains(v))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the time phrase at token k, after a phrase, is the time of a participle or a verb just before it that is not the
    /// phrase's: "restored ties severed in 2016", "in an exchange the two neighbours agreed last week", "freed a tanker seized
    /// in April". A reporting verb ends the phrase's reach already; a verb of its own is a phrase of its own.
    /// </summary>
    private static bool FollowsAnotherVerb(ClauseView view, Trigger trigger, int k)
    {
        var verb = BeforePhrase(view, PhraseStart(view, k));
        if (verb < trigger.End || verb < 1)
        {
            return false;
        }

        var w = view.Tokens[verb].In(view.Text);
        var before = view.Tokens[verb - 1].In(view.Text);
        // The word before is a noun ("ties severed", "the two neighbours agreed"), not an auxiliary: "was welcomed on Monday"
        // is a passive of its own clause, read elsewhere.
        if (!PhraseGrammar.IsLowerPastForm(w) || view.MentionAt[verb] >= 0
            || view.IsReportingVerb(verb) || Inflection.IsBe(before) || Inflection.IsFiniteHave(before)
            || before.Length <= 2 || !char.IsLetter(before[0]) || s_attributiveBefore.Contains(before))
        {
            return false;
        }

        // After a comma, a segment opened by a preposition holds a contact relative clause (", in an exchange the two
        // neighbours agreed last week"); one opened by its subject says who told the act (", a court in Almaty ruled on Thursday").
        var from = Math.Max(trigger.End, verb - ParticipleReach);
        for (var j = verb - 1; j >= from; j--)
        {
            if (view.Tokens[j].In(view.Text) is ",")
            {
                return j + 1 < verb && view.Tokens[j + 1].In(view.Text) is "in" or "under" or "as" or "at" or "for" or "after" or "within";
            }
        }

        // Without a comma, only when no actor stands between the phrase and the participle, which could be its subject
        // ("met Xi, Beijing's envoy … arrived on Monday" reads too loosely to tell).
        for (var j = from; j < verb; j++)
        {
            if (view.MentionAt[j] >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the time phrase at token k, after a phrase, says how long what was agreed holds: "a plan for 2024-2025".</summary>
    private static bool IsValidity(ClauseView view, Trigger trigger, int k)
    {
        var start = PhraseStart(view, k);
        return start > trigger.End && OccasionWords.Validity.Contains(view.Tokens[start - 1].In(view.Text));
    }

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
