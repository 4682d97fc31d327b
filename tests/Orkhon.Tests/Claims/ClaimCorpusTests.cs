using System.Globalization;
using System.Text;
using System.Text.Json;
using Orkhon.Claims;
using Orkhon.Domain;
using Orkhon.Reading;

namespace Orkhon.Tests.Claims;

/// <summary>
/// The claim corpus (<c>TestData/claims/claims.jsonl</c>): sentences of our own, half of them false, each with the verdict
/// the record gives. Every item must come out right; the figures go to <c>claims-report.txt</c> in the test output.
/// </summary>
public sealed class ClaimCorpusTests
{
    private static readonly string s_corpus = Path.Combine(RepositoryRoot.Path, "tests", "Orkhon.Tests", "TestData", "claims", "claims.jsonl");

    [Fact]
    public void Corpus_IsLargeEnoughAndHalfFalse()
    {
        var items = Items();
        Assert.True(items.Count >= 60, $"{items.Count} items");
        var contradicted = items.Count(i => i.Verdict == "contradicted");
        Assert.True(contradicted * 2 >= items.Count - 4, $"{contradicted} of {items.Count} items are false");
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Corpus_EveryClaimGetsItsVerdict()
    {
        var items = Items();
        var report = new StringBuilder();
        var failures = new List<string>();
        var byKind = new SortedDictionary<string, (int Items, int Right)>(StringComparer.Ordinal);
        var confusion = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var findings = Check(item.Text, item.DocDate);
            var first = findings.FirstOrDefault();
            var kind = first?.Claim.Kind.ToName() ?? "(none)";
            var verdict = first?.Verdict.ToName() ?? "(none)";
            var right = kind == item.Kind && verdict == item.Verdict;
            var (n, r) = byKind.GetValueOrDefault(item.Kind);
            byKind[item.Kind] = (n + 1, r + (right ? 1 : 0));
            confusion[$"{item.Verdict} -> {verdict}"] = confusion.GetValueOrDefault($"{item.Verdict} -> {verdict}") + 1;
            if (!right)
            {
                failures.Add($"{item.Id}: expected {item.Kind}/{item.Verdict}, got {kind}/{verdict} ({first?.Record}): {item.Text}");
            }
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"claim corpus: {items.Count} items, {items.Count - failures.Count} right ({(items.Count - failures.Count) / (double)items.Count:P1})");
        foreach (var (kind, (n, r)) in byKind)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {kind,-12} {r}/{n}");
        }

        report.AppendLine("expected -> found:");
        foreach (var (pair, count) in confusion)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {pair,-32} {count}");
        }

        failures.ForEach(f => report.AppendLine(f));
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "claims-report.txt"), report.ToString());
        Assert.True(failures.Count == 0, report.ToString());
    }

    internal static List<ClaimFinding> Check(string text, string docDate)
    {
        var read = DocumentReader.ReadText(text, DocumentFormat.PlainText, "claim.txt", new ReadOptions { PublishedDate = FuzzyDate.Parse(docDate) });
        return ClaimChecker.Default.Check(read.Document!, new DateOnly(2025, 3, 1));
    }

    private static List<Item> Items() =>
        [.. File.ReadLines(s_corpus).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<Item>(l, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!)];

    private sealed record Item(string Id, string Text, string DocDate, string Kind, string Verdict);
}
