using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Text;

namespace Orkhon.Claims;

/// <summary>
/// The claims of a document checked against the record: what <c>orkhon check</c>, <c>ingest</c>, the API and
/// the dashboard's read page all call.
/// </summary>
public sealed class ClaimChecker(ClaimFinder finder, ClaimJudge judge)
{
    private static readonly Lazy<ClaimChecker> s_default = new(() => new ClaimChecker(ClaimFinder.Default, ClaimJudge.Default));

    private readonly ClaimFinder _finder = finder;
    private readonly ClaimJudge _judge = judge;

    public static ClaimChecker Default => s_default.Value;

    /// <summary>Checks the claims of a text already split and extracted (ingest has done both).</summary>
    /// <param name="today">The day claims without a date are checked on when the document has none.</param>
    public List<ClaimFinding> Check(SplitText split, IReadOnlyList<EventMention> events, DateOnly? documentDate, DateOnly today)
    {
        var findings = new List<ClaimFinding>();
        foreach (var claim in _finder.Find(split, events, documentDate, today))
        {
            findings.Add(_judge.Judge(claim));
        }

        return findings;
    }

    /// <summary>Splits, extracts and checks a document.</summary>
    public List<ClaimFinding> Check(Document document, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(document);
        var split = SplitText.Of(document.Text);
        var date = EventExtractor.AnchorDate(document);
        return Check(split, EventExtractor.Default.Extract(split, date), date, today);
    }
}
