using Orkhon.Claims;

namespace Orkhon.Contracts;

/// <summary>
/// One claim checked against the record, as <c>orkhon check</c> prints it and <c>POST /api/check</c> answers it
/// (fields in docs/formats.md). Offsets are character positions in the document's text.
/// </summary>
/// <param name="Doc">The file the claim is in (null for posted text).</param>
/// <param name="Claim">The claim's words, from its subject to its object.</param>
/// <param name="Claimed">What is claimed, in words: <c>member</c>, <c>observer</c>, a level, <c>treaty</c>, <c>first ever</c>, <c>first since 2008</c>.</param>
/// <param name="Record">What the record says, or why it cannot say.</param>
public sealed record ClaimRow(
    string? Doc,
    string Kind,
    string Rule,
    string Verdict,
    string Claim,
    int Start,
    int End,
    string Sentence,
    string? Subject,
    string? Object,
    string Claimed,
    bool Negated,
    string? Date,
    string Record,
    string? RecordDate,
    string? SourceUrl)
{
    public static ClaimRow From(string? doc, string text, ClaimFinding finding, ClaimRecord record)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(record);
        var c = finding.Claim;
        var claimed = c.Kind switch
        {
            ClaimKind.Member => "member",
            ClaimKind.Observer => "observer",
            ClaimKind.Partnership => record.Level(c.Rule.Value)?.Name ?? c.Rule.Value,
            ClaimKind.Treaty => "treaty",
            _ => c.Since is { } since ? $"first since {since}" : "first ever",
        };
        return new ClaimRow(doc, c.Kind.ToName(), c.Rule.Id, finding.Verdict.ToName(), text[c.Start..c.End], c.Start, c.End,
            text[c.SentenceStart..c.SentenceEnd], c.Subject, c.Object, claimed, c.Negated, c.Date?.ToString(),
            finding.Record, finding.RecordDate?.ToString(), finding.SourceUrl);
    }
}
