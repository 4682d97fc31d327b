using System.Text.Json;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The four articles the product was specified from (read from ../shared/seeds, never copied), against
/// the team's expected events in TestData/seeds: every dated visit, treaty and proposal found with the
/// right actors, CAMEO root and month; no event from a negated or hypothetical sentence.
/// </summary>
public sealed class SeedArticleTests
{
    private static readonly string s_expected = Path.Combine(RepositoryRoot.Path, "tests", "Orkhon.Tests", "TestData", "seeds");

    public static TheoryData<string> Articles() =>
        [.. Directory.GetFiles(s_expected, "*.expected.jsonl").Select(f => Path.GetFileName(f).Replace(".expected.jsonl", "", StringComparison.Ordinal)).Order()];

    [Theory]
    [MemberData(nameof(Articles))]
    public void DatedVisitsTreatiesAndProposals_AreFoundWithActorsRootAndMonth(string article)
    {
        var text = File.ReadAllText(SharedData.Path($"seeds/{article}.txt"));
        var found = EventExtractor.Default.Extract(text);
        var missing = new List<string>();
        foreach (var gold in Read($"{article}.expected.jsonl"))
        {
            var start = gold.GetProperty("sentence_start").GetInt32();
            Assert.Contains(SentenceSplitter.Split(text), s => s.Start == start); // the annotation points at a sentence
            var kind = gold.GetProperty("kind").GetString();
            var date = gold.GetProperty("date").ValueKind == JsonValueKind.Null ? null : gold.GetProperty("date").GetString();
            if (date is null || kind is not ("visit" or "treaty" or "proposal"))
            {
                continue;
            }

            var source = gold.GetProperty("source").GetString()!;
            var target = gold.GetProperty("target").GetString()!;
            var root = CameoCode.Parse(gold.GetProperty("cameo").GetString()!).Root;
            var month = FuzzyDate.Parse(date);
            var hit = found.Any(e => e.SentenceStart == start && e.Source.Code == source && e.Target.Code == target && e.Cameo.Root == root
                && e.Date is { } d && d.Earliest.Year == month.Earliest.Year && (month.Precision == DatePrecision.Year || d.Earliest.Month == month.Earliest.Month));
            if (!hit)
            {
                missing.Add($"{source}->{target} {root} {date} at {start}");
            }
        }

        Assert.True(missing.Count == 0, "missing: " + string.Join("; ", missing) + "\nfound: " + string.Join("; ", found.Select(e => $"{e.Source.Code}->{e.Target.Code} {e.Cameo} {e.Date} at {e.SentenceStart}")));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void NegatedAndHypotheticalSentences_GiveNoEvent(string article)
    {
        var text = File.ReadAllText(SharedData.Path($"seeds/{article}.txt"));
        var found = EventExtractor.Default.Extract(text);
        var negatives = Read($"{article}.negatives.jsonl").Select(n => n.GetProperty("sentence_start").GetInt32()).ToHashSet();
        var wrong = found.Where(e => negatives.Contains(e.SentenceStart)).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Select(e => $"{e.Source.Code}->{e.Target.Code} {e.Cameo} from: {e.Sentence}")));
    }

    [Fact]
    public void Annotations_UseKnownCodes()
    {
        foreach (var file in Directory.GetFiles(s_expected, "*.expected.jsonl"))
        {
            foreach (var gold in Read(Path.GetFileName(file)))
            {
                Assert.NotNull(ReferenceData.Default.FindActor(gold.GetProperty("source").GetString()!));
                Assert.NotNull(ReferenceData.Default.FindActor(gold.GetProperty("target").GetString()!));
                Assert.True(CameoCatalog.Default.Contains(gold.GetProperty("cameo").GetString()!));
            }
        }
    }

    private static List<JsonElement> Read(string name) =>
        [.. File.ReadLines(Path.Combine(s_expected, name)).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement)];
}
