using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

public sealed class EvaluationTests
{
    [Fact]
    public void Corpus_ScoresAboveTheBar()
    {
        var score = EvaluationCorpus.Evaluate(EvaluationCorpus.Load(), EventExtractor.Default);
        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "extraction-errors.txt"), [score.ToString(), .. score.Errors]);
        TestContext.Current.SendDiagnosticMessage(score.ToString());
        Assert.True(score.F1 >= 0.0, score.ToString());
    }
}
