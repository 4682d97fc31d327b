using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

public sealed class EvaluationTests
{
    /// <summary>The bar the issue sets; the README reports the current figures.</summary>
    private const double MinimumF1 = 0.90;

    [Fact]
    public void Corpus_ScoresAboveTheBar()
    {
        var score = EvaluationCorpus.Evaluate(EvaluationCorpus.Load(), EventExtractor.Default);
        // The per-item errors are kept with the test output, for whoever improves the lexicon next.
        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "extraction-errors.txt"), [score.ToString(), .. score.Errors]);
        Assert.True(score.F1 >= MinimumF1, score.ToString());
        Assert.True(score.DateAccuracy >= 0.9, score.ToString());
    }

    [Fact]
    public void Corpus_HardNegatives_GiveNoEvents()
    {
        var negatives = EvaluationCorpus.Load().Where(i => i.Family == "negative").ToList();
        Assert.True(negatives.Count >= 30);
        var score = EvaluationCorpus.Evaluate(negatives, EventExtractor.Default);
        Assert.True(score.FalsePositives == 0, string.Join("\n", score.Errors));
    }

    [Fact]
    public void Corpus_HasAtLeast200ItemsCoveringEveryFamily()
    {
        var items = EvaluationCorpus.Load();
        Assert.True(items.Count >= 200);
        Assert.All(items.GroupBy(i => i.Family), g => Assert.True(g.Count() >= 10, g.Key));
    }
}
