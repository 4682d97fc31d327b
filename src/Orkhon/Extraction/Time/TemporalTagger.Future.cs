using System.Text.RegularExpressions;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

// Whether a phrase tells of what lies ahead: a month with no year is next year's when a future cue stands before it
// ("will visit in May"), unless a verb of saying or a relative clause told in the past comes between.
public static partial class TemporalTagger
{
    // Words that put what follows in the future: "will travel to Tokyo in May" is next May, not last May; so do verbs of
    // intent before their infinitive ("agreed to meet again in June", "pledged to send troops in March") and reported
    // futures ("said he would visit in May"), and a present that runs to an end ("drills that run until May 10").
    [GeneratedRegex(@"\b(?:will|shall|would|plans?\s+to|planned|scheduled|(?:is|are)\s+(?:due|set|expected|scheduled|to)|to\s+be\s+held|upcoming|(?:runs?|lasts?|continues?)\s+(?:until|till|through)(?=\s*$)|(?:runs?|lasts|continues?)(?=\s+$)|forthcoming|(?:agree[ds]?|pledge[ds]?|promise[ds]?|vow(?:s|ed)?|intend(?:s|ed)?|undert(?:ake|akes|ook)|aim(?:s|ed)?)\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureCue();

    /// <summary>How far before a time phrase a future cue is looked for: about a clause, and bounded so the cost stays linear.</summary>
    private const int FutureCueWindow = 60;

    // The irregular pasts that tell a relative clause in the past (", which took hold"): date-words.tsv, told-past.
    private static readonly WordSet s_toldPasts = DateAttacher.Words.Lookup("told-past");

    // Whether a future cue ("will", "plans to", "is due to") stands shortly before the phrase, in the same sentence part.
    private static bool IsFuture(string text, int stretchStart, int phraseStart)
    {
        var from = Math.Max(stretchStart, phraseStart - FutureCueWindow);
        var window = text.AsSpan(from, phraseStart - from);
        var clause = window.LastIndexOfAny(';', '.');
        var start = clause < 0 ? from : from + clause + 1;
        // "will travel to Seoul in November, the ministry said on Tuesday": a verb of saying after the cue opens the
        // reporting clause, which tells of the past.
        var cue = -1;
        foreach (var m in FutureCue().EnumerateMatches(text.AsSpan(start, phraseStart - start)))
        {
            cue = start + m.Index + m.Length;
        }

        // "agreed to a ceasefire, which took hold on Tuesday": a relative clause told in the past after the cue is no plan.
        return cue >= 0 && !ReportingVerb().IsMatch(text.AsSpan(cue, phraseStart - cue)) && !HasPastRelative(text, cue, phraseStart - cue);
    }

    // A relative clause opened after a comma whose verb, within two words of the pronoun, is in the past: "…, which took hold",
    // "…, which the government announced". "…, which will be held" is no past: the words before the verb may not be "will" or "is".
    private static bool HasPastRelative(string text, int start, int length)
    {
        for (var m = RelativeOpening().Match(text, start, length); m.Success; m = m.NextMatch())
        {
            foreach (Capture word in m.Groups["before"].Captures)
            {
                if (IsToldPast(word.ValueSpan))
                {
                    return true;
                }
            }

            if (IsToldPast(m.Groups["verb"].ValueSpan))
            {
                return true;
            }
        }

        return false;
    }

    // "announced", "took": any -ed form, or an irregular past of date-words.tsv.
    private static bool IsToldPast(ReadOnlySpan<char> word) =>
        (word.Length > 2 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) || s_toldPasts.Contains(word);

    // The pronoun of a relative clause after a comma and its first three words at most: the verb may be any of them, as long as
    // none before it is "will", "would", "shall", "is" or "are". The greedy count keeps every word the verb may be.
    [GeneratedRegex(@",\s*(?:which|who|where|when)(?:\s+(?<before>(?!(?:will|would|shall|is|are)\b)\w+)(?=\s)){0,2}\s+(?<verb>\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeOpening();

    // The words that open a start: "from" (date-words.tsv, start-preposition).
    private static readonly WordSet s_startWords = DateAttacher.Words.Lookup("start-preposition");

    // Whether the phrase text[phraseStart..phraseEnd] is a bare start: opened by "from" and closed by no end ("from May 1", not
    // "from May 1 to 5" or "from May 1 until June"). A state told from a point on, with no end, is one yet to begin: what has
    // already begun is told "since" ("has been closed since May 1"). So the day or month, its year not written, is the next
    // one ahead of the publication day: "will halt broadcasts from May 1" in late April is this May, "an end to visa-free
    // travel from Jan. 1" in November is next January.
    private static bool OpensAStart(string text, int stretchStart, int stretchEnd, int phraseStart, int phraseEnd)
    {
        var before = text.AsSpan(stretchStart, phraseStart - stretchStart).TrimEnd();
        var space = before.LastIndexOfAny(' ', '\n', '\t');
        return s_startWords.Contains(before[(space + 1)..]) && !StartClosed().IsMatch(text.AsSpan(phraseEnd, stretchEnd - phraseEnd));
    }

    /// <summary>How many months ahead of the publication month a bare start may lie: a measure is announced a season ahead at most.</summary>
    private const int StartMonthsAhead = 3;

    // Whether the month of the match (its "month" or first month "m1", year not written) lies one to three months after the
    // publication month: only then can a start be read ahead ("from Jan. 1" in November). A start in an earlier month ("from
    // March 1" in May) is read back, as any bare date: it may be a measure already in force.
    private static bool StartsSoon(Match m, TimeAnchor anchor)
    {
        var month = m.Groups["month"].Success ? m.Groups["month"] : m.Groups["m1"];
        if (anchor.DocumentDate is not { } doc || !month.Success || m.Groups["year"].Success)
        {
            return false;
        }

        var ahead = (MonthNumber(month.Value) - doc.Month + 12) % 12;
        return ahead is >= 1 and <= StartMonthsAhead;
    }

    // What closes a start into a span: "to", "until", "till", "through", "and", a dash.
    [GeneratedRegex(@"^\s*(?:(?:to|until|till|through|thru|and)\b|[-\u2013\u2014])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartClosed();

    [GeneratedRegex(@"\b(?:said|says|told|announced|stated|confirmed|reported|added)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportingVerb();
}
