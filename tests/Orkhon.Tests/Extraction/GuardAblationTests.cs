using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using static Orkhon.Tests.Extraction.EvaluationCorpus;
using static Orkhon.Tests.Extraction.EvaluationScore;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The guard ablation (docs/extraction.md, "Branch p34-balance"): each guard that drops or blocks candidate events is switched
/// off alone (<see cref="ExtractionOptions.Guards"/>), and each reach of <see cref="ExtractionOptions"/> is doubled alone, and
/// the tune part (fit and check folds; never the test part) is scored again. What changes against the shipped extractor is what
/// the guard was blocking: the true events it lets through (ΔTP) and the false ones (ΔFP), and the tune hard negatives that
/// then give an event. A guard whose blocked events are right more often than the break-even (half the tune F1: above it, an
/// added class of events raises F1) blocks too much.
/// The whole run is long (one evaluation of the tune part per row), so it runs only when asked:
/// <c>ORKHON_GUARD_ABLATION=guards</c> (the guards), <c>reaches</c> (the reaches) or <c>all</c>; the table is written to
/// guard-ablation.txt beside the test binaries. Unasked, a short run (one guard and one reach over the first tune items) keeps
/// the harness from rotting without a skipped test.
/// </summary>
public sealed class GuardAblationTests
{
    private const string Variable = "ORKHON_GUARD_ABLATION";

    // The short run's items: enough to exercise every step of the harness in seconds.
    private const int ShortRunItems = 60;

    [Fact]
    public void Guards_SwitchedOffOneAtATime_TabulateWhatEachBlocks()
    {
        var asked = Environment.GetEnvironmentVariable(Variable);
        var whole = asked is "guards" or "reaches" or "all";

        // The tune part only: the test part's items are never extracted here.
        var items = LoadAll().Where(i => i.Fold != Test).Take(whole ? int.MaxValue : ShortRunItems).ToList();
        var guardRows = Enum.GetValues<ExtractionGuards>().Where(g => g is not ExtractionGuards.None and not ExtractionGuards.All)
            .Select(g => ("guard " + g, ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~g }));
        var reachRows = Reaches().Select(p => ($"reach {p.Name} {p.GetValue(ExtractionOptions.Default)}→{Doubled(p)}", Widened(p)));
        var rows = new List<(string Name, ExtractionOptions Options)>();
        rows.AddRange(asked is "guards" or "all" ? guardRows : whole ? [] : guardRows.Take(1));
        rows.AddRange(asked is "reaches" or "all" ? reachRows : whole ? [] : reachRows.Take(1));

        // ORKHON_GUARD_ABLATION_ROW narrows the run to the rows whose name contains it.
        if (Environment.GetEnvironmentVariable(Variable + "_ROW") is { Length: > 0 } only)
        {
            rows.RemoveAll(r => !r.Name.Contains(only, StringComparison.Ordinal));
        }

        var baseline = Evaluate(items, EventExtractor.Default);
        var results = new ConcurrentDictionary<string, IReadOnlyList<ItemResult>>(StringComparer.Ordinal);
        Parallel.ForEach(rows, new ParallelOptions { MaxDegreeOfParallelism = 2 }, row =>
            results[row.Name] = Evaluate(items, new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, row.Options))));

        var table = Render(baseline, rows.Select(r => (r.Name, results[r.Name])).ToList());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "guard-ablation.txt"), table);
        // What each row lets through, item by item, on the fit fold only (the check fold is counted, never read).
        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "guard-ablation-fit.txt"), rows.SelectMany(r => FitChanges(baseline, r.Name, results[r.Name])));
        TestContext.Current.TestOutputHelper?.WriteLine(table);
        Assert.All(rows, r => Assert.Contains(r.Name, table, StringComparison.Ordinal));

        // The switches change nothing when every guard runs: the ablation's baseline is the shipped extractor.
        var allOn = Evaluate(items.Take(40), new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default,
            ExtractionOptions.Default with { Guards = ExtractionGuards.All })));
        Assert.Equal(baseline.Take(40).Select(r => r.ErrorCount), allOn.Select(r => r.ErrorCount));
    }

    // The whole-number limits of the options, but the parse's (off by default).
    private static IEnumerable<PropertyInfo> Reaches() =>
        typeof(ExtractionOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(int) && !p.Name.StartsWith("Parse", StringComparison.Ordinal))
            .OrderBy(p => p.Name, StringComparer.Ordinal);

    private static int Doubled(PropertyInfo reach) => Math.Max(1, 2 * (int)reach.GetValue(ExtractionOptions.Default)!);

    private static ExtractionOptions Widened(PropertyInfo reach)
    {
        // A record's init-only property is set on a copy, as "with" would.
        var copy = ExtractionOptions.Default with { };
        reach.SetValue(copy, Doubled(reach));
        return copy;
    }

    private static string Render(IReadOnlyList<ItemResult> baseline, IReadOnlyList<(string Name, IReadOnlyList<ItemResult> Results)> rows)
    {
        var text = new StringBuilder();
        var tune = Score.Of(baseline);
        var breakEven = tune.F1 / 2;
        text.AppendLine(Invariant($"baseline (all guards), tune part of the three corpora: {tune}"));
        foreach (var corpus in Names)
        {
            foreach (var fold in new[] { Fit, Check })
            {
                text.AppendLine(Invariant($"  {corpus}/{fold}: {Score.Of(baseline.Where(r => r.Item.Corpus == corpus && r.Item.Fold == fold))}"));
            }
        }

        text.AppendLine(Invariant($"break-even precision of a blocked class: tune F1 / 2 = {breakEven:0.000}"));
        text.AppendLine(Invariant($"tune hard negatives giving an event: {Firing(baseline).Count}"));
        text.AppendLine();
        text.AppendLine("row (guard off, or reach doubled)                          fit ΔTP ΔFP   check ΔTP ΔFP   news ΔTP ΔFP   blocked P   negatives   verdict");
        var before = baseline.ToDictionary(r => r.Item.Id, StringComparer.Ordinal);
        var firingBefore = Firing(baseline);
        foreach (var (name, results) in rows)
        {
            var fit = Delta(before, results.Where(r => r.Item.Fold == Fit));
            var check = Delta(before, results.Where(r => r.Item.Fold == Check));
            var news = Delta(before, results.Where(r => r.Item.Corpus == News));
            var (tp, fp) = (fit.Tp + check.Tp, fit.Fp + check.Fp);
            var precision = tp + fp <= 0 || tp < 0 || fp < 0 ? double.NaN : (double)tp / (tp + fp);
            var firing = Firing(results);
            var newlyFiring = firing.Except(firingBefore).ToList();
            // Fit items are named; a check item is counted only, as the held-out discipline asks.
            var negatives = Invariant($"{firing.Count}") + (newlyFiring.Count == 0 ? "" : " +" + string.Join(",", newlyFiring.Select(i => i.Fold == Fit ? i.Id : "check")));
            text.AppendLine(Invariant($"{name,-58} {fit.Tp,4} {fit.Fp,4}   {check.Tp,5} {check.Fp,4}   {news.Tp,4} {news.Fp,4}   {(double.IsNaN(precision) ? "-" : precision.ToString("0.00", CultureInfo.InvariantCulture)),9}   {negatives,-9}   {Verdict(fit, check, breakEven, newlyFiring.Count)}"));
        }

        return text.ToString();
    }

    // Relax only what is right above the break-even on both folds, and lets no hard negative fire.
    private static string Verdict((int Tp, int Fp) fit, (int Tp, int Fp) check, double breakEven, int newlyFiring)
    {
        if (fit is { Tp: 0, Fp: 0 } && check is { Tp: 0, Fp: 0 })
        {
            return "blocks nothing here";
        }

        static bool Above((int Tp, int Fp) d, double even) => d.Tp > 0 && (d.Fp <= 0 || (double)d.Tp / (d.Tp + d.Fp) > even);
        if (Above(fit, breakEven) && Above(check, breakEven))
        {
            return newlyFiring > 0 ? "above break-even, but a hard negative fires" : "above break-even on fit and check";
        }

        return fit.Tp <= 0 && check.Tp <= 0 ? "keep (blocks no true event)" : "keep (below break-even on a fold)";
    }

    private static IEnumerable<string> FitChanges(IReadOnlyList<ItemResult> baseline, string name, IReadOnlyList<ItemResult> results)
    {
        var before = baseline.ToDictionary(r => r.Item.Id, StringComparer.Ordinal);
        foreach (var r in results.Where(r => r.Item.IsReadable))
        {
            var old = before[r.Item.Id];
            var gained = r.Matched.Select(m => m.Got).Except(old.Matched.Select(m => m.Got)).Select(p => "+TP " + Show(p))
                .Concat(old.Matched.Select(m => m.Got).Except(r.Matched.Select(m => m.Got)).Select(p => "-TP " + Show(p)))
                .Concat(r.FalsePositives.Except(old.FalsePositives).Select(p => "+FP " + Show(p)))
                .Concat(old.FalsePositives.Except(r.FalsePositives).Select(p => "-FP " + Show(p))).ToList();
            if (gained.Count > 0)
            {
                yield return $"{name} | {r.Item.Id} | {string.Join("; ", gained)} | {r.Item.Text}";
            }
        }

        static string Show(Predicted p) => $"{p.Source}->{p.Target} {p.Cameo}";
    }

    private static (int Tp, int Fp) Delta(Dictionary<string, ItemResult> before, IEnumerable<ItemResult> after)
    {
        int tp = 0, fp = 0;
        foreach (var r in after)
        {
            tp += r.Matched.Count - before[r.Item.Id].Matched.Count;
            fp += r.FalsePositives.Count - before[r.Item.Id].FalsePositives.Count;
        }

        return (tp, fp);
    }

    private static List<Item> Firing(IEnumerable<ItemResult> results) =>
        [.. results.Where(r => r.Item.IsHardNegative && r.FalsePositives.Count > 0).Select(r => r.Item)];

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
