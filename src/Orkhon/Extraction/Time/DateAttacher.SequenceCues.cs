using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Extraction.Time;

// Reactions and restatements: a sequence cue ("later", "responded") says an act came after the one before and takes no
// other event's date, unless the cue's own time or a date written beside it ("Days later, on 9 March 2019, …") says when.
// Apart because these cues decide whether a clause may borrow at all, not which date it borrows.
internal static partial class DateAttacher
{
    /// <summary>
    /// Whether a sequence cue ("later", "responded") stands between <paramref name="from"/> and <paramref name="to"/> that
    /// is not the reporting verb's own ("said later on Monday it was negotiating…" reports, it does not sequence), nor part
    /// of a time phrase ("A year later, …", "two decades later"), which gives the time itself.
    /// </summary>
    public static bool Sequenced(ClauseView view, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to && k < view.Tokens.Count; k++)
        {
            if (view.HasSequenceCue(k, k + 1) && (view.TimeAt[k] < 0 || ((k == 0 || !s_countedUnits.Contains(view.Tokens[k - 1].In(view.Text))) && !NamesToldPeriod(view, k)))
                && !view.IsReportingVerb(k - 1) && !view.IsReportingVerb(k + 1) && !IsGlossed(view, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The time phrase told with the sequence cue that sequences the phrase at <paramref name="to"/>: the cue verb's own time
    /// ("Belarus responded on Thursday by expelling two diplomats", "Tehran retaliated on Sunday by seizing a tanker", "Beijing
    /// hit back on Monday with tariffs", "later on Friday expelled"): the reaction took place then, not on the day carried.
    /// Null unless the phrase follows the last such cue directly (past a comma or a preposition): a time further on belongs to
    /// what the reaction answered ("responded to sanctions imposed on Tuesday by expelling").
    /// </summary>
    public static FuzzyDate? CueTime(ClauseView view, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(view);
        FuzzyDate? time = null;
        for (var k = Math.Max(0, from); k < to && k < view.Tokens.Count; k++)
        {
            if (view.TimeAt[k] < 0 && Sequenced(view, k, k + 1))
            {
                var j = k + 1;
                while (j < to && view.TimeAt[j] < 0 && view.Tokens[j].In(view.Text) is "," or "on" or "in" or "at")
                {
                    j++;
                }

                time = j < to && view.TimeAt[j] >= 0 && view.Times[view.TimeAt[j]].Value is { IsOpenStart: false, IsOpenEnd: false } value ? value : null;
            }
        }

        return time;
    }

    /// <summary>
    /// The finer time a phrase is restated by, after a comma: "Two years later, in May 2021, …", "a year later, on 3 June
    /// 2015": the count says how long after, the date written beside it says when, at the precision the text gives. Null when
    /// the phrase at token k is not so restated.
    /// </summary>
    private static FuzzyDate? Restated(ClauseView view, int k)
    {
        var end = PhraseEnd(view, k);
        if (end + 1 >= view.Tokens.Count || view.Tokens[end + 1].In(view.Text) is not "," || DateBeside(view, end + 2) is not { } at)
        {
            return null;
        }

        var (told, beside) = (view.Times[view.TimeAt[k]].Value, view.Times[view.TimeAt[at]].Value);
        return IsFiner(beside, told) && beside.Earliest >= told.Earliest && beside.Latest <= told.Latest ? beside : null;
    }

    // A day is finer than a month, a month than a year; spans count by their length.
    private static bool IsFiner(FuzzyDate finer, FuzzyDate than) =>
        finer.Latest.DayNumber - finer.Earliest.DayNumber < than.Latest.DayNumber - than.Earliest.DayNumber;

    /// <summary>
    /// Whether the sequence cue at token k is glossed by a date written beside it: "Days later, on 9 March 2019, …", "Less than
    /// a year later, in April 2013, …", "In February 2020, less than a year later, …". The date says when; the cue only how
    /// long after, so the act is not sequenced past the date told.
    /// </summary>
    private static bool IsGlossed(ClauseView view, int k)
    {
        var text = view.Text;
        if (k + 1 < view.Tokens.Count && view.Tokens[k + 1].In(text) is "," && DateBeside(view, k + 2) is not null)
        {
            return true;
        }

        // Back over the count's words ("less than a year") to a comma that closes a date written before it.
        var j = k - 1;
        while (j >= 0 && k - j <= GlossedCountReach && view.TimeAt[j] < 0 && s_glossedCounts.Contains(view.Tokens[j].In(text)))
        {
            j--;
        }

        return j < k - 1 && j >= 1 && view.Tokens[j].In(text) is "," && view.TimeAt[j - 1] >= 0 && !IsDateline(view, j - 1);
    }

    // The first token of a time phrase written at token k, or after its preposition there ("in May 2021", "on 9 March"); null
    // when none stands there or it is the dateline.
    private static int? DateBeside(ClauseView view, int k)
    {
        if (k < view.Tokens.Count && view.TimeAt[k] < 0 && view.Tokens[k].In(view.Text) is "in" or "on")
        {
            k++;
        }

        return k < view.Tokens.Count && view.TimeAt[k] >= 0 && !IsDateline(view, k) ? k : null;
    }

    // How many words a count before its "later" may hold ("less than a year", "just two days").
    private const int GlossedCountReach = 5;

    // "Later that month", "later in the week", "earlier that year": a "later" that opens a time phrase naming the period of a
    // date told before gives the act that period, as a count's "later" does ("A year later"); it is no sequence cue.
    private static bool NamesToldPeriod(ClauseView view, int k) =>
        k + 1 < view.Tokens.Count && view.TimeAt[k + 1] == view.TimeAt[k] && view.Tokens[k + 1].In(view.Text) is "that" or "in";
}
