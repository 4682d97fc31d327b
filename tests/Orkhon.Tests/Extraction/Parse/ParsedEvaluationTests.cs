using System.Diagnostics;
using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using static Orkhon.Tests.Extraction.EvaluationCorpus;
using static Orkhon.Tests.Extraction.EvaluationScore;

namespace Orkhon.Tests.Extraction.Parse;

/// <summary>
/// The three corpora scored with the parse on (<see cref="ExtractionOptions.ParseHardSentences"/>), beside the default:
/// the report goes to extraction-report-parse.txt, with the time the parse-on run took. The parse only adds events to a
/// sentence, so no item may lose a true event the default finds.
/// </summary>
public sealed class ParsedEvaluationTests
{
    [Fact]
    public void Corpora_WithTheParse_KeepEveryTrueEventOfTheDefault()
    {
        var extractor = new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default,
            ExtractionOptions.Default with { ParseHardSentences = true }));
        var watch = Stopwatch.StartNew();
        var parsed = Evaluate(LoadAll(), extractor);
        watch.Stop();
        var report = EvaluationReport.Render(parsed);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "extraction-report-parse.txt"),
            $"parse on: {watch.Elapsed.TotalSeconds:0.0} s for {parsed.Count} items\n" + report);

        var baseline = EvaluationTests.DefaultResults.ToDictionary(r => r.Item.Id, StringComparer.Ordinal);
        var lost = parsed.Where(r => r.Matched.Count < baseline[r.Item.Id].Matched.Count).Select(r => r.Item.Id).ToList();
        Assert.True(lost.Count == 0, "items that lost a true event with the parse on: " + string.Join(", ", lost));
    }
}
