using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;

namespace Orkhon.Extraction.Time;

// What the verb's own form tells of its time: an intent's infinitive ("offered to mediate talks next month"), a reporting
// verb within a stretch, a perfect ("has given"), a habitual perfect ("has repeatedly praised") and a vague "years ago".
// Apart because these are tests of the verb group, read by the own-time reading and the precedence alike.
internal static partial class DateAttacher
{
    // The first "to" and a verb in [from, to) before any comma: "invitation to pay a visit", not "agreed to a truce" (a
    // determiner after "to" makes it a preposition); -1 when there is none.
    private static int FirstInfinitive(ClauseView view, int from, int to)
    {
        for (var j = Math.Max(0, from); j + 1 < to && j + 1 < view.Tokens.Count; j++)
        {
            var w = view.Tokens[j].In(view.Text);
            if (w is "," or ";")
            {
                return -1;
            }

            var next = view.Tokens[j + 1].In(view.Text);
            if (w is "to" && next.Length > 1 && char.IsLower(next[0]) && view.MentionAt[j + 1] < 0 && view.TimeAt[j + 1] < 0
                && next is not ("a" or "an" or "the" or "its" or "their" or "his" or "her" or "this" or "that" or "these" or "those" or "our" or "my" or "your"))
            {
                return j;
            }
        }

        return -1;
    }

    // Whether a reporting verb stands in [from, to): phrases are in text order, so the spans checked over a sentence do not
    // overlap and the checks stay linear in its length.
    private static bool ReportingBetween(ClauseView view, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to; k++)
        {
            if (view.IsReportingVerb(k))
            {
                return true;
            }
        }

        return false;
    }

    // "has repeatedly praised", "have long called for": a perfect with a habitual adverb tells a repeated act over a span the
    // text does not give, so it borrows no day from another clause or sentence.
    private static bool IsHabitual(ClauseView view, Trigger trigger) =>
        trigger.First >= 2 && s_habituals.Contains(view.Tokens[trigger.First - 1].In(view.Text)) && Inflection.IsFiniteHave(view.Tokens[trigger.First - 2].In(view.Text));

    // How far after a phrase an uncounted "decades ago" may stand in its clause ("abducted by North Korea decades ago").
    private const int VagueAgoReach = 8;

    // "abducted by North Korea decades ago", "expelled years ago": an interval that counts nothing places the act at an untold
    // time, so it borrows no day from another clause or sentence. A counted one ("30 years ago") is a time phrase of its own.
    private static bool IsVaguelyAgo(ClauseView view, Trigger trigger)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        for (var k = trigger.End; k + 1 < tokens.Count && k < trigger.End + VagueAgoReach; k++)
        {
            var w = tokens[k].In(text);
            if (w is "," or ";" || view.TimeAt[k] >= 0 || view.IsReportingVerb(k))
            {
                return false;
            }

            if (w is "decades" or "years" or "months" or "weeks" or "centuries" or "long" && tokens[k + 1].In(text) is "ago" && view.TimeAt[k + 1] < 0)
            {
                return true;
            }
        }

        return false;
    }

    // How far before a phrase its perfect auxiliary may stand ("has also given", "have long been").
    private const int PerfectReach = 3;

    // Whether the phrase's verb is in the perfect: "has given", "had also been".
    private static bool InPerfect(ClauseView view, Trigger trigger)
    {
        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - PerfectReach; k--)
        {
            if (Inflection.IsFiniteHave(view.Tokens[k].In(view.Text)))
            {
                return true;
            }
        }

        return false;
    }
}
