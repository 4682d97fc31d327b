namespace Orkhon.Extraction;

/// <summary>
/// "China said reports that Beijing would send troops to Russia were false", "Claims that Japan had expelled two diplomats
/// were baseless, a spokesman said": an act told in the content of a report or a claim (<c>report-noun</c> of
/// <c>data/lexicon/modality-cues.tsv</c>) whose own predicate denies it (<c>denial-predicate</c>: "false", "untrue",
/// "baseless") after the act was not done. The report noun stands within <see cref="ReportReach"/> words before the act and
/// the denial after it, both in the act's sentence part (a semicolon ends it); "were not false" denies nothing, and "reports
/// that … were true" or "reports said Beijing sent troops" tell the act second-hand, as the corpora code it.
/// </summary>
internal static class DeniedReports
{
    // "reports that the Chinese government would send": the words between the report noun and the act.
    private const int ReportReach = 10;

    /// <summary>Whether the phrase at <paramref name="trigger"/> is the content of a report its predicate calls false.</summary>
    public static bool IsContent(SentenceView view, Trigger trigger)
    {
        var tokens = view.Tokens;
        var report = -1;
        for (var k = trigger.First - 1; k >= Math.Max(0, trigger.First - ReportReach) && report < 0; k--)
        {
            var w = view.Word(k);
            if (w is ";")
            {
                return false;
            }

            report = ModalityCues.ReportNounLookup.Contains(w) ? k : -1;
        }

        if (report < 0)
        {
            return false;
        }

        for (var k = trigger.End; k < tokens.Count; k++)
        {
            var w = view.Word(k);
            if (w is ";")
            {
                return false;
            }

            if (ModalityCues.DenialPredicateLookup.Contains(w))
            {
                return view.Word(k - 1) is not ("not" or "n't" or "never");
            }
        }

        return false;
    }
}
