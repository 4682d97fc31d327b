using Orkhon.Domain;

namespace Orkhon.Extraction.Time;

internal static partial class DateAttacher
{
    // How far back from a time phrase the "for the … of" that opens its noun phrase may stand: bounded so a long window
    // stays linear.
    private const int NominalComplementReach = 16;

    // How far after a phrase the time of a "before" clause is looked for: bounded so a long window stays linear.
    private const int BeforeClauseReach = 40;

    // How far back from a phrase an earlier day of its sentence is looked for, to count "the same day" or "the next day" from.
    private const int DayAnchorReach = 40;

    /// <summary>
    /// Whether the time phrase at token k, after the phrase, ends the complement of an act named by a noun after "for",
    /// "over", "about" or "into" (the preposition may be the phrase's own last word, as in "held … responsible for"): "held Russia responsible for the downing of the airliner in 2014", "sanctioned Moscow over
    /// the annexation of Crimea in 2014". A year or a month there dates the act the noun names, not the accusation; a day
    /// may still be the verb's own ("criticised the seizure of the tanker on Saturday").
    /// </summary>
    private static bool EndsNominalComplement(ClauseView view, Trigger trigger, int k)
    {
        if (view.Times[view.TimeAt[k]].Value.Precision == DatePrecision.Day)
        {
            return false;
        }

        var start = PhraseStart(view, k);
        for (var j = start - 1; j >= 3 && j >= trigger.First + 3 && j >= start - NominalComplementReach; j--)
        {
            var w = view.Tokens[j].In(view.Text);
            if (w is "," or ";" or ":" || view.IsReportingVerb(j))
            {
                return false;
            }

            if (w is "of" && view.Tokens[j - 2].In(view.Text) is "the" && view.Tokens[j - 3].In(view.Text) is "for" or "over" or "about" or "into"
                && view.MentionAt[j - 1] < 0 && view.TimeAt[j - 1] < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The day an earlier time phrase of the sentence tells, to count "the same day" or "the next day" from: "Trudeau told
    /// parliament on Monday that …, and Ottawa expelled a diplomat the same day". The nearest time phrase before the phrase
    /// decides, the dateline and a year used as an adjective ("the June murder") aside; when it is no single day (a month, a
    /// span), nothing in the sentence is counted from and the caller's day stands.
    /// </summary>
    private static FuzzyDate? EarlierDay(ClauseView view, Trigger trigger) =>
        EarlierTime(view, trigger) is { Precision: DatePrecision.Day, IsSpan: false } day ? day : null;

    /// <summary>
    /// The nearest time phrase before the phrase in its sentence, at whatever precision, the dateline and a year used as an
    /// adjective aside: "In February, Sandu accused Russia …; Moscow dismissed the claim the following day" counts its day
    /// within February, not from the day the story was filed.
    /// </summary>
    private static FuzzyDate? EarlierTime(ClauseView view, Trigger trigger)
    {
        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - DayAnchorReach; k--)
        {
            if (view.TimeAt[k] < 0 || IsDateline(view, k) || view.IsAttributiveTime(k) || IsComparison(view, k) || IsYearOfANoun(view, k))
            {
                continue;
            }

            return view.Times[view.TimeAt[k]].Value;
        }

        return null;
    }

    // A year that completes a noun ("the dictatorship of 1917", "the war of 1812", "the constitution of 1992") names the noun,
    // not a time of the sentence's acts to count days from.
    private static bool IsYearOfANoun(ClauseView view, int k)
    {
        var start = k;
        while (start > 0 && view.TimeAt[start - 1] == view.TimeAt[k])
        {
            start--;
        }

        return start > 0 && view.Times[view.TimeAt[k]].Value.Precision == DatePrecision.Year
            && view.Tokens[start - 1].In(view.Text).Equals("of", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the phrase is followed, in its sentence, by a "before" clause that carries a time phrase: "had killed 400
    /// civilians before withdrawing from the region last week". The act came before that time, so the day it was reported
    /// on, the day carried from before and the dateline's day are all too late to be its date; it has none.
    /// </summary>
    private static bool PrecedesDatedAct(ClauseView view, Trigger trigger)
    {
        for (var k = trigger.End; k < view.Tokens.Count && k < trigger.End + BeforeClauseReach; k++)
        {
            var scope = view.ScopeOf(k);
            if (view.TimeAt[k] >= 0 && scope >= trigger.End && view.Tokens[scope].In(view.Text) is "before" && !IsDateline(view, k))
            {
                return true;
            }
        }

        return false;
    }
}
