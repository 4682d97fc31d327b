using System.Globalization;
using System.Text;
using static Orkhon.Tests.Extraction.EvaluationCorpus;
using static Orkhon.Tests.Extraction.EvaluationScore;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The figures printed with the test output: for each corpus and split, the totals, then per CAMEO root and per
/// family. Only aggregates are printed for the test part and the check fold; item-level errors are written for the fit fold alone.
/// </summary>
internal static class EvaluationReport
{
    public static string Render(IReadOnlyList<ItemResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("corpus/split       items  events  negatives  score   (events as scored: gold that differs only by role counts once)");
        foreach (var corpus in Names)
        {
            foreach (var split in Splits.Append("all").Concat([Fit, Check]))
            {
                var part = Part(results, corpus, split);
                text.AppendLine(Invariant($"{corpus + "/" + split,-18} {part.Count,5}  {part.Sum(r => ScoredGold(r.Item).Count()),6}  {part.Count(r => r.Item.IsHardNegative),9}  {Score.Of(part)}"));
            }
        }

        text.AppendLine();
        text.AppendLine("== errors by kind (FN: a missed gold event; FP: a predicted event no gold event fits); see ErrorKinds");
        foreach (var corpus in Names)
        {
            foreach (var split in Splits.Concat([Fit, Check]))
            {
                text.AppendLine(Invariant($"  {corpus + "/" + split,-18} {ErrorKinds.Of(Part(results, corpus, split))}"));
            }
        }

        foreach (var corpus in Names)
        {
            foreach (var split in Splits)
            {
                var part = Part(results, corpus, split);
                text.AppendLine();
                text.AppendLine(Invariant($"== {corpus}/{split}: per CAMEO root (gold events; FP by predicted root)"));
                var roots = part.SelectMany(r => ScoredGold(r.Item).Select(e => e.Root).Concat(r.FalsePositives.Select(p => p.Root))).Distinct().Order(StringComparer.Ordinal);
                foreach (var root in roots)
                {
                    var gold = part.Sum(r => ScoredGold(r.Item).Count(e => e.Root == root));
                    text.AppendLine(Invariant($"  {root}  gold {gold,3}  {Score.Of(part, root)}  {ErrorKinds.MissedShort(ErrorKinds.Of(part, root))}"));
                }

                text.AppendLine(Invariant($"== {corpus}/{split}: per family (items failing / items)"));
                foreach (var family in part.GroupBy(r => r.Item.Family).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    text.AppendLine(Invariant($"  {family.Key,-20} {family.Count(r => r.Failed),3}/{family.Count(),3}  {Score.Of(family)}"));
                }
            }
        }

        return text.ToString();
    }

    /// <summary>Item-level errors of the fit folds only: the check folds and the test part stay unread.</summary>
    public static IEnumerable<string> ReadableErrors(IReadOnlyList<ItemResult> results) =>
        results.Where(r => r.Item.IsReadable).SelectMany(r => r.Errors());

    /// <summary>A corpus's items in a split (tune, test), a fold (fit, check) or "all".</summary>
    public static IReadOnlyList<ItemResult> Part(IReadOnlyList<ItemResult> results, string corpus, string split) =>
        [.. results.Where(r => r.Item.Corpus == corpus && (split == "all" || r.Item.Split == split || r.Item.Fold == split))];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
